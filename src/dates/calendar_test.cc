#include "dates/calendar.h"

#include <gtest/gtest.h>

namespace recoupe::dates {
namespace {

struct DayCase {
  CivilDate date;
  int64_t days;
  int weekday;  // 1 = Monday
};

TEST(CalendarTest, DaysAndWeekdays) {
  const DayCase cases[] = {
      {{1970, 1, 1}, 0, 4},         {{2016, 3, 27}, 16887, 7},  {{2016, 12, 12}, 17147, 1},
      {{2000, 2, 29}, 11016, 2},    {{1969, 12, 31}, -1, 3},    {{2015, 9, 30}, 16708, 3},
      {{1900, 3, 1}, -25508, 4},    {{2100, 12, 31}, 47846, 5},
  };
  for (const DayCase& c : cases) {
    EXPECT_EQ(DaysFromCivil(c.date), c.days) << FormatDay(c.days);
    EXPECT_EQ(CivilFromDays(c.days), c.date) << c.days;
    EXPECT_EQ(Weekday(c.days), c.weekday) << FormatDay(c.days);
  }
}

TEST(CalendarTest, Easter) {
  const CivilDate cases[] = {{2016, 3, 27}, {2015, 4, 5}, {2019, 4, 21}, {2000, 4, 23},
                             {1999, 4, 4},  {2024, 3, 31}, {2038, 4, 25}, {1818, 3, 22}};
  for (const CivilDate& c : cases) EXPECT_EQ(EasterSunday(c.year), c) << c.year;
}

TEST(CalendarTest, MonthsLeapYearsAndWeeks) {
  EXPECT_EQ(AddMonths({2016, 1, 31}, 1), (CivilDate{2016, 2, 29}));
  EXPECT_EQ(AddMonths({2016, 3, 15}, -14), (CivilDate{2015, 1, 15}));
  EXPECT_EQ(AddMonths({2016, 12, 8}, 9), (CivilDate{2017, 9, 8}));
  EXPECT_TRUE(IsLeapYear(2000));
  EXPECT_FALSE(IsLeapYear(1900));
  EXPECT_EQ(DaysInMonth(2015, 2), 28);
  EXPECT_FALSE(IsValid({2015, 2, 29}));
  EXPECT_EQ(FormatWeek(IsoWeekOf(DaysFromCivil({2016, 3, 27}))), "2016-W12");
  EXPECT_EQ(FormatWeek(IsoWeekOf(DaysFromCivil({2016, 1, 1}))), "2015-W53");
  EXPECT_EQ(FormatWeek(IsoWeekOf(DaysFromCivil({2018, 12, 31}))), "2019-W01");
  EXPECT_EQ(ParseIsoDay("2016-03-27T10:00:00Z"), DaysFromCivil({2016, 3, 27}));
  EXPECT_FALSE(ParseIsoDay("2016-02-30").has_value());
  EXPECT_FALSE(ParseIsoDay("27/03/2016").has_value());
}

}  // namespace
}  // namespace recoupe::dates
