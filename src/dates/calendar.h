// Proleptic Gregorian calendar arithmetic on day numbers (days since
// 1970-01-01), for the dates stage. Pure functions, thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace recoupe::dates {

struct CivilDate {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31
  friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

// Days since 1970-01-01 of a civil date (any valid date, negative before 1970).
int64_t DaysFromCivil(const CivilDate& date);
CivilDate CivilFromDays(int64_t days);
// ISO weekday: 1 = Monday ... 7 = Sunday.
int Weekday(int64_t days);
bool IsLeapYear(int year);
int DaysInMonth(int year, int month);
bool IsValid(const CivilDate& date);
// Gregorian Easter Sunday of `year` (anonymous Gregorian algorithm).
CivilDate EasterSunday(int year);
// `date` moved by `months`, the day clamped to the target month's length.
CivilDate AddMonths(const CivilDate& date, int months);
// ISO 8601 week-numbering year and week of a day.
struct IsoWeek {
  int year = 0;
  int week = 0;
};
IsoWeek IsoWeekOf(int64_t days);

// "2016-03-27", "2016-03", "2016", "2016-W12".
std::string FormatDay(int64_t days);
std::string FormatMonth(int year, int month);
std::string FormatYear(int year);
std::string FormatWeek(const IsoWeek& week);
// Reads the first ten characters "YYYY-MM-DD" of an ISO date or date-time.
std::optional<int64_t> ParseIsoDay(std::string_view text);

}  // namespace recoupe::dates
