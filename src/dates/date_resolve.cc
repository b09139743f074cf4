#include "dates/date_resolve.h"

#include <array>
#include <cmath>
#include <cstdlib>
#include <span>
#include <vector>

#include "dates/calendar.h"

namespace recoupe::dates {
namespace {

// Off while ResolveRange runs: the value strings are left empty (the
// publication search resolves every expression against thousands of days).
thread_local bool format_values = true;

Resolved Day(int64_t day, std::string anchor) {
  Resolved r;
  r.ok = true;
  r.start = r.end = day;
  r.precision = Precision::kDay;
  if (format_values) r.value = FormatDay(day);
  r.anchor = std::move(anchor);
  return r;
}

Resolved Month(int year, int month, std::string anchor) {
  Resolved r;
  r.ok = true;
  r.start = DaysFromCivil({year, month, 1});
  r.end = DaysFromCivil({year, month, DaysInMonth(year, month)});
  r.precision = Precision::kMonth;
  if (format_values) r.value = FormatMonth(year, month);
  r.anchor = std::move(anchor);
  return r;
}

Resolved Year(int year, std::string anchor) {
  Resolved r;
  r.ok = true;
  r.start = DaysFromCivil({year, 1, 1});
  r.end = DaysFromCivil({year, 12, 31});
  r.precision = Precision::kYear;
  if (format_values) r.value = FormatYear(year);
  r.anchor = std::move(anchor);
  return r;
}

Resolved Week(int64_t day, std::string anchor) {
  Resolved r;
  r.ok = true;
  r.start = day - Weekday(day) + 1;
  r.end = r.start + 6;
  r.precision = Precision::kWeek;
  if (format_values) r.value = FormatWeek(IsoWeekOf(day));
  r.anchor = std::move(anchor);
  return r;
}

// Direction in which an expression without a year or week points from the
// anchor: -1 back (said "dernier" or told in the past), +1 forward, 0 the
// nearest either way.
int Lean(const DateSpec& spec) {
  if (spec.dir != 0) return spec.dir;
  if (spec.tense == Tense::kPast) return -1;
  if (spec.tense == Tense::kFuture) return 1;
  return 0;
}

// A few candidate days, without allocating (resolution runs for thousands
// of days when the publication date is inferred).
class Days {
 public:
  void push_back(int64_t day) { days_[size_++] = day; }
  size_t size() const { return size_; }
  int64_t operator[](size_t i) const { return days_[i]; }
  bool empty() const { return size_ == 0; }
  operator std::span<const int64_t>() const { return {days_.data(), size_}; }

 private:
  std::array<int64_t, 16> days_{};
  size_t size_ = 0;
};

// A date told in the past may still be one announced for the coming weeks
// ("il a annoncé que le vote aura lieu le 30 juin"): a candidate this close
// after the anchor beats an older one.
constexpr int64_t kSoonDays = 60;

// Picks among candidate days the one `lean` wants around `anchor`.
std::optional<int64_t> Pick(std::span<const int64_t> candidates, int64_t anchor, int lean,
                            bool strict) {
  std::optional<int64_t> best;
  for (int64_t c : candidates) {
    if (lean < 0 && (strict ? c >= anchor : c > anchor)) continue;
    if (lean > 0 && (strict ? c <= anchor : c < anchor)) continue;
    if (!best || std::llabs(c - anchor) < std::llabs(*best - anchor)) best = c;
  }
  return best;
}

int64_t AddUnits(int64_t day, double n, const std::string& unit) {
  if (unit == "D") return day + std::llround(n);
  if (unit == "W") return day + std::llround(n * 7);
  if (unit == "M" || unit == "Y" || unit == "DE" || unit == "CE") {
    const int months = static_cast<int>(std::lround(
        n * (unit == "M" ? 1 : unit == "Y" ? 12 : unit == "DE" ? 120 : 1200)));
    return DaysFromCivil(AddMonths(CivilFromDays(day), months));
  }
  return day;  // hours and less stay on the day
}

Precision UnitPrecision(const std::string& unit) {
  if (unit == "M") return Precision::kMonth;
  if (unit == "Y" || unit == "DE" || unit == "CE") return Precision::kYear;
  return Precision::kDay;
}

Resolved AtPrecision(int64_t day, Precision precision, std::string anchor) {
  const CivilDate d = CivilFromDays(day);
  switch (precision) {
    case Precision::kMonth: return Month(d.year, d.month, std::move(anchor));
    case Precision::kYear: return Year(d.year, std::move(anchor));
    case Precision::kWeek: return Week(day, std::move(anchor));
    case Precision::kDay: break;
  }
  return Day(day, std::move(anchor));
}

std::optional<int64_t> FeastDay(const std::string& feast, int year) {
  if (feast.size() >= 3 && feast[0] == 'E') {
    return DaysFromCivil(EasterSunday(year)) + std::atoi(feast.c_str() + 1);
  }
  if (feast.size() == 5 && feast[2] == '-') {
    const CivilDate d{year, std::atoi(feast.substr(0, 2).c_str()), std::atoi(feast.c_str() + 3)};
    if (IsValid(d)) return DaysFromCivil(d);
  }
  return std::nullopt;
}

// A day and month without a year (and maybe a weekday): the year is the one
// that puts it where the tense points from the anchor.
Resolved DayMonthNoYear(const DateSpec& spec, int64_t anchor) {
  const int year = CivilFromDays(anchor).year;
  Days all, matching;
  for (int y = year - 1; y <= year + 1; ++y) {
    const CivilDate d{y, *spec.month, *spec.day};
    if (!IsValid(d)) continue;
    const int64_t day = DaysFromCivil(d);
    all.push_back(day);
    if (spec.weekday && Weekday(day) == *spec.weekday) matching.push_back(day);
  }
  // A stated weekday that fits one year settles it.
  if (matching.size() == 1) return Day(matching[0], "inferred");
  const int lean = Lean(spec);
  std::optional<int64_t> pick = Pick(all, anchor, lean, spec.dir != 0);
  if (spec.dir == 0 && lean < 0) {
    std::optional<int64_t> soon = Pick(all, anchor, 1, true);
    if (soon && *soon - anchor <= kSoonDays) pick = soon;
  }
  if (!pick) return {};
  return Day(*pick, "inferred");
}

// A weekday and a day number without a month ("Ce dimanche 27").
Resolved WeekdayDayNoMonth(const DateSpec& spec, int64_t anchor) {
  const CivilDate a = CivilFromDays(anchor);
  Days all, matching;
  for (int delta = -2; delta <= 1; ++delta) {
    CivilDate m = AddMonths({a.year, a.month, 1}, delta);
    m.day = *spec.day;
    if (!IsValid(m)) continue;
    const int64_t day = DaysFromCivil(m);
    all.push_back(day);
    if (Weekday(day) == *spec.weekday) matching.push_back(day);
  }
  const int lean = Lean(spec);
  std::optional<int64_t> pick;
  if (!matching.empty()) pick = Pick(matching, anchor, lean, false);
  if (!pick) pick = Pick(all, anchor, lean, false);
  if (!pick) return {};
  return Day(*pick, "publication");
}

Resolved ResolveAbs(const DateSpec& spec, std::optional<int64_t> anchor) {
  if (spec.year && spec.month && spec.day) {
    const CivilDate d{*spec.year, *spec.month, *spec.day};
    if (!IsValid(d)) return {};
    return Day(DaysFromCivil(d), "absolute");
  }
  if (spec.year && spec.month && !spec.day) return Month(*spec.year, *spec.month, "absolute");
  if (spec.year && !spec.month) return Year(*spec.year, "absolute");
  if (!anchor) return {};
  if (spec.month && spec.day) return DayMonthNoYear(spec, *anchor);
  if (spec.weekday && spec.day) return WeekdayDayNoMonth(spec, *anchor);
  if (spec.month) {
    const CivilDate a = CivilFromDays(*anchor);
    Days starts;
    for (int y = a.year - 1; y <= a.year + 1; ++y) starts.push_back(DaysFromCivil({y, *spec.month, 1}));
    const int64_t this_month = DaysFromCivil({a.year, a.month, 1});
    std::optional<int64_t> pick = Pick(starts, this_month, Lean(spec), spec.dir != 0);
    if (spec.dir == 0 && Lean(spec) < 0) {
      std::optional<int64_t> soon = Pick(starts, this_month, 1, true);
      if (soon && *soon - *anchor <= kSoonDays) pick = soon;
    }
    if (!pick) return {};
    const CivilDate d = CivilFromDays(*pick);
    return Month(d.year, d.month, "inferred");
  }
  return {};
}

Resolved ResolveWeekday(const DateSpec& spec, int weekday, int64_t anchor) {
  const int lean = Lean(spec);
  Days candidates;
  for (int delta = -7; delta <= 7; ++delta) {
    if (Weekday(anchor + delta) == weekday) candidates.push_back(anchor + delta);
  }
  // A weekday said "dernier" is never the anchor day itself; a bare one may be.
  std::optional<int64_t> pick = Pick(candidates, anchor, lean, spec.dir != 0);
  if (!pick) return {};
  return Day(*pick, "publication");
}

}  // namespace

double UnitDays(const std::string& unit) {
  if (unit == "D") return 1;
  if (unit == "W") return 7;
  if (unit == "M") return 30.44;
  if (unit == "Y") return 365.25;
  if (unit == "DE") return 3652.5;
  if (unit == "CE") return 36525;
  if (unit == "H") return 1.0 / 24;
  if (unit == "MIN") return 1.0 / 1440;
  if (unit == "S") return 1.0 / 86400;
  return 0;
}

std::string IsoDuration(double n, const std::string& unit) {
  char number[32];
  if (n == std::floor(n)) {
    std::snprintf(number, sizeof number, "%.0f", n);
  } else {
    std::snprintf(number, sizeof number, "%g", n);
  }
  if (unit == "H") return std::string("PT") + number + "H";
  if (unit == "MIN") return std::string("PT") + number + "M";
  if (unit == "S") return std::string("PT") + number + "S";
  if (unit == "DE") return "P" + std::to_string(static_cast<long>(n * 10)) + "Y";
  if (unit == "CE") return "P" + std::to_string(static_cast<long>(n * 100)) + "Y";
  if (unit == "D" || unit == "W" || unit == "M" || unit == "Y") return std::string("P") + number + unit;
  return "";
}

Resolved ResolveRange(const DateSpec& spec, std::optional<int64_t> anchor,
                      const Resolved* previous) {
  format_values = false;
  Resolved r = Resolve(spec, anchor, previous);
  format_values = true;
  return r;
}

Resolved Resolve(const DateSpec& spec, std::optional<int64_t> anchor, const Resolved* previous) {
  const std::string& op = spec.op;
  if (op == "abs") return ResolveAbs(spec, anchor);
  if (op == "ref") {
    Resolved r;
    r.ok = !spec.feast.empty();
    r.value = spec.feast;  // the reference value ("PRESENT_REF"), carried in `feast`
    r.anchor = "publication";
    r.start = r.end = anchor.value_or(0);
    return r;
  }
  if (op == "feast") {
    int year = 0;
    if (spec.year) {
      year = *spec.year;
    } else if (anchor) {
      year = CivilFromDays(*anchor).year;
      Days days;
      for (int y = year - 1; y <= year + 1; ++y) {
        if (auto d = FeastDay(spec.feast, y)) days.push_back(*d);
      }
      std::optional<int64_t> pick = Pick(days, *anchor, Lean(spec), false);
      if (!pick) return {};
      return Day(*pick, "inferred");
    } else {
      return {};
    }
    std::optional<int64_t> day = FeastDay(spec.feast, year);
    if (!day) return {};
    return Day(*day, "absolute");
  }
  if (op == "interval") {
    DateSpec end = spec;
    end.day = spec.day2;
    end.month = spec.month2;
    end.year = spec.year2 ? spec.year2 : spec.year;
    end.op = "abs";
    Resolved last = ResolveAbs(end, anchor);
    if (!last.ok) return {};
    DateSpec begin = spec;
    begin.op = "abs";
    if (!begin.month) begin.month = spec.month2;
    const CivilDate last_day = CivilFromDays(last.start);
    if (!begin.year) begin.year = last_day.year;
    Resolved first = ResolveAbs(begin, anchor);
    if (!first.ok) return {};
    if (first.start > last.start && !spec.year) {  // "du 28 décembre au 3 janvier"
      begin.year = *begin.year - 1;
      first = ResolveAbs(begin, anchor);
    }
    Resolved r = first;
    r.end = last.end;
    r.value = first.value + "/" + last.value;
    if (last.anchor != "absolute") r.anchor = last.anchor;
    return r;
  }
  if (op == "chain" || op == "chain_offset") {
    if (!previous || !previous->ok) return {};
    if (op == "chain") {
      if (!spec.rel || previous->precision != Precision::kDay) return {};
      return Day(previous->start + *spec.rel, "date");
    }
    if (!spec.n) return {};
    const int64_t day = AddUnits(previous->start, *spec.n * spec.sign, spec.unit);
    Precision p = UnitPrecision(spec.unit);
    if (previous->precision > p) p = previous->precision;
    return AtPrecision(day, p, "date");
  }
  if (!anchor) return {};
  if (op == "weekday") {
    if (!spec.weekday) return {};
    return ResolveWeekday(spec, *spec.weekday, *anchor);
  }
  if (op == "night") {
    if (!spec.weekday || !spec.weekday2) return {};
    Resolved first = ResolveWeekday(spec, *spec.weekday, *anchor);
    if (!first.ok) return {};
    Resolved r = first;
    r.end = first.start + 1;
    r.value = first.value + "/" + FormatDay(first.start + 1);
    return r;
  }
  if (op == "relday") return Day(*anchor + spec.rel.value_or(0), "publication");
  if (op == "offset") {
    if (!spec.n || spec.sign == 0) return {};
    // "il y a deux ans" names a day, however large the unit.
    return Day(AddUnits(*anchor, *spec.n * spec.sign, spec.unit), "publication");
  }
  if (op == "period") {
    if (spec.unit == "W") return Week(*anchor + 7 * spec.dir, "publication");
    if (spec.unit == "M") {
      const CivilDate d = AddMonths(CivilFromDays(*anchor), spec.dir);
      return Month(d.year, d.month, "publication");
    }
    if (spec.unit == "Y") return Year(CivilFromDays(*anchor).year + spec.dir, "publication");
    return {};
  }
  if (op == "vague") {
    // "dans les prochains jours": the next week; "ces dernières semaines":
    // the three weeks before. Units larger than a day count three.
    const double n = spec.unit == "D" ? 7 : 3;
    if (UnitDays(spec.unit) < 1) return {};
    int64_t a = *anchor, b = *anchor;
    if (spec.dir > 0) {
      a = *anchor + 1;
      b = spec.unit == "D" ? *anchor + 7 : AddUnits(*anchor, n, spec.unit);
    } else {
      a = spec.unit == "D" ? *anchor - 7 : AddUnits(*anchor, -n, spec.unit);
      b = *anchor;
    }
    Resolved r = Day(a, "publication");
    r.end = b;
    r.value = FormatDay(a) + "/" + FormatDay(b);
    return r;
  }
  return {};
}

}  // namespace recoupe::dates
