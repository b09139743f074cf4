#include "dates/publication.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "dates/calendar.h"

namespace recoupe::dates {
namespace {

// Bare day-month dates told in the past lie within this many days before
// publication ("le 7 mars" in an article of late March); said "dernier"
// ("le 7 mars dernier"), within a season.
constexpr int64_t kRecentDays = 31;
constexpr int64_t kLastDays = 92;
// The window of days considered, in years around the text's explicit years.
constexpr int kYearsBefore = 3;
constexpr int kYearsAfter = 2;

using Score = std::array<int, 4>;

bool YearExplicit(const DateSpec& s) {
  return (s.op == "abs" || s.op == "interval" || s.op == "feast") && s.year.has_value();
}
bool Told(const DateSpec& s) { return s.tense != Tense::kFuture && s.dir <= 0; }

// The constraints of one document, sorted by kind.
struct Constraints {
  std::vector<size_t> weekday_day;   // "Ce dimanche 27": publication that day or the next
  std::vector<DateSpec> weekday_day_past;  // the same, read as told in the past
  std::vector<size_t> dateline;      // "BEIRUT, Oct 15 (Reuters)": publication that day or the next
  std::vector<size_t> recent;        // "le 7 mars" in the past: within kRecentDays before
  std::vector<std::pair<size_t, size_t>> after;  // (X dernier, earlier explicit date before it)
  std::vector<std::pair<size_t, size_t>> elapsed;  // (duration, date it runs from)
  std::vector<size_t> explicit_past;  // explicit dates told in the past: on or before
  int expected_year = 0;              // see ExpectedYear
  // Per spec: its range when fully stated (the same on every candidate day).
  std::vector<std::optional<Resolved>> stated;

  Resolved At(const std::vector<DateSpec>& specs, size_t i, int64_t day) const {
    return stated[i] ? *stated[i] : ResolveRange(specs[i], day, nullptr);
  }
};

// The year the text's explicit dates suggest: a month or year given with its
// year ("en mai 2015") is usually not the current one (the year would be left
// out), while full dates carry their year in any case.
int ExpectedYear(const std::vector<DateSpec>& specs) {
  int year = 0;
  for (const DateSpec& s : specs) {
    if (!YearExplicit(s) || !Told(s) || s.op != "abs") continue;
    year = std::max(year, s.day ? *s.year : *s.year + 1);
  }
  return year;
}

Constraints Collect(const std::vector<DateSpec>& specs) {
  Constraints c;
  for (size_t i = 0; i < specs.size(); ++i) {
    const DateSpec& s = specs[i];
    if (s.op == "abs" && s.weekday && s.day && !s.year && Told(s)) {
      c.weekday_day.push_back(i);
      c.weekday_day_past.push_back(s);
      c.weekday_day_past.back().tense = Tense::kPast;
    }
    if (s.dateline && s.op == "abs" && s.day && s.month && !s.year) c.dateline.push_back(i);
    if (s.op == "abs" && s.day && s.month && !s.year && !s.weekday &&
        (s.dir < 0 || (s.dir == 0 && s.tense == Tense::kPast))) {
      c.recent.push_back(i);
    }
    if (s.op == "abs" && !s.year && s.dir < 0 && s.month) {
      for (size_t j = i; j-- > 0;) {
        if (specs[j].block != s.block) break;
        if (YearExplicit(specs[j]) && specs[j].op == "abs" && specs[j].month) {
          c.after.emplace_back(i, j);
          break;
        }
      }
    }
    if (s.op == "duration" && s.relation == "elapsed" && s.n && s.tense == Tense::kPast &&
        UnitDays(s.unit) >= 1 && UnitDays(s.unit) <= 31) {
      for (size_t j = i; j-- > 0;) {
        if (specs[j].block != s.block) break;
        if (specs[j].op == "abs" && specs[j].day && specs[j].month) {
          c.elapsed.emplace_back(i, j);
          break;
        }
      }
    }
    if (YearExplicit(s) && Told(s) && s.tense == Tense::kPast) c.explicit_past.push_back(i);
  }
  c.expected_year = ExpectedYear(specs);
  c.stated.resize(specs.size());
  for (size_t i = 0; i < specs.size(); ++i) {
    const std::string& op = specs[i].op;
    if (op != "abs" && op != "interval" && op != "feast") continue;
    Resolved r = ResolveRange(specs[i], std::nullopt, nullptr);
    if (r.ok) c.stated[i] = std::move(r);
  }
  return c;
}

Score ScoreDay(int64_t day, const std::vector<DateSpec>& specs, const Constraints& c,
               std::vector<size_t>* evidence) {
  Score score{0, 0, 0, 0};
  auto resolve = [&](size_t i) { return c.At(specs, i, day); };
  for (size_t k = 0; k < c.weekday_day.size(); ++k) {
    const size_t i = c.weekday_day[k];
    const DateSpec& s = c.weekday_day_past[k];
    Resolved r = ResolveRange(s, day, nullptr);
    if (r.ok && Weekday(r.start) == *s.weekday && day - r.start >= 0 && day - r.start <= 1) {
      ++score[0];
      if (evidence) evidence->push_back(i);
    }
  }
  for (size_t i : c.dateline) {
    Resolved r = resolve(i);
    if (r.ok && day - r.start >= 0 && day - r.start <= 1) {
      ++score[0];
      if (evidence) evidence->push_back(i);
    }
  }
  for (size_t i : c.recent) {
    Resolved r = resolve(i);
    const int64_t window = specs[i].dir < 0 ? kLastDays : kRecentDays;
    if (r.ok && day - r.start >= 0 && day - r.start <= window) {
      ++score[1];
      if (evidence) evidence->push_back(i);
    }
  }
  for (auto [i, j] : c.after) {
    Resolved r = resolve(i), before = resolve(j);
    if (r.ok && before.ok && r.start > before.end) {
      ++score[1];
      if (evidence) evidence->push_back(i);
    }
  }
  for (auto [i, j] : c.elapsed) {
    Resolved from = resolve(j);
    const double n = *specs[i].n;
    if (from.ok && from.start <= day &&
        static_cast<double>(day - from.start) >= n * UnitDays(specs[i].unit) - 1) {
      ++score[1];
      if (evidence) evidence->push_back(i);
    }
  }
  if (c.expected_year != 0 && CivilFromDays(day).year == c.expected_year) score[2] = 1;
  for (size_t i : c.explicit_past) {
    Resolved r = resolve(i);
    if (r.ok && r.start <= day) {
      ++score[3];
      if (evidence) evidence->push_back(i);
    }
  }
  return score;
}

}  // namespace

namespace {

// The days the page's bounds leave open: on or after the latest `earliest`,
// on or before the earliest `latest` (and today). `used` gets the bounds
// that decided.
struct Window {
  std::optional<int64_t> first, last;
  std::vector<const PublicationBound*> used;
};

Window PageWindow(const std::vector<PublicationBound>& bounds, std::optional<int64_t> today) {
  Window w;
  w.last = today;
  const PublicationBound* lower = nullptr;
  const PublicationBound* upper = nullptr;
  for (const PublicationBound& b : bounds) {
    if (b.earliest && (!w.first || *b.earliest > *w.first)) w.first = b.earliest, lower = &b;
    if (!w.last || b.latest < *w.last) w.last = b.latest, upper = &b;
  }
  if (lower) w.used.push_back(lower);
  if (upper && upper != lower) w.used.push_back(upper);
  return w;
}

// The candidate days: around the text's explicit years, within the page's
// window; the page's window alone when it is closed (a stamp's month).
std::optional<std::pair<int64_t, int64_t>> CandidateDays(const std::vector<DateSpec>& specs,
                                                        const Window& w) {
  if (w.first && w.last) return std::make_pair(*w.first, *w.last);
  int min_year = 0, max_year = 0;
  for (const DateSpec& s : specs) {
    if (!YearExplicit(s)) continue;
    const int y = s.year2 ? std::max(*s.year, *s.year2) : *s.year;
    min_year = min_year == 0 ? y : std::min(min_year, y);
    max_year = std::max(max_year, y);
  }
  if (max_year == 0) return std::nullopt;
  min_year = std::max(min_year, max_year - kYearsBefore);
  int64_t first = DaysFromCivil({min_year, 1, 1});
  int64_t last = DaysFromCivil({max_year + kYearsAfter, 12, 31});
  if (w.first) first = std::max(first, *w.first);
  if (w.last) last = std::min(last, *w.last);
  return std::make_pair(first, last);
}

}  // namespace

PublicationGuess InferPublication(const std::vector<DateSpec>& specs,
                                  const std::vector<std::string>& texts,
                                  const std::vector<PublicationBound>& bounds,
                                  std::optional<int64_t> today) {
  PublicationGuess guess;
  const Window window = PageWindow(bounds, today);
  PublishedDate& p = guess.published;
  const std::optional<std::pair<int64_t, int64_t>> days = CandidateDays(specs, window);
  if (!days) {
    if (!window.used.empty()) {
      if (window.first) p.earliest = FormatDay(*window.first);
      if (window.last) p.latest = FormatDay(*window.last);
      p.basis = "inferred";
      for (const PublicationBound* b : window.used) p.evidence.push_back(b->text);
    }
    return guess;
  }
  const auto [first, last] = *days;
  if (last < first) return guess;

  const Constraints c = Collect(specs);
  Score best{-1, -1, -1, -1};
  int64_t earliest = 0, latest = 0;
  int most_past = -1;       // most explicit past dates on or before one day
  int64_t after_past = 0;   // the first day with that many
  for (int64_t day = first; day <= last; ++day) {
    const Score score = ScoreDay(day, specs, c, nullptr);
    if (score > best) {
      best = score;
      earliest = latest = day;
    } else if (score == best) {
      latest = day;
    }
    if (score[3] > most_past) most_past = score[3], after_past = day;
  }
  p.basis = "inferred";
  // A single day when a day-precision constraint pins the start: the text's
  // latest dated event, reported the day it happened. Otherwise only the
  // text's latest past date bounds publication from below, and the page
  // (today, a notice, a stamp's month) from above: the expected year is
  // where relative dates hang, not a bound.
  if (best[0] > 0 || best[1] > 0) {
    p.value = FormatDay(earliest);
  } else if (window.last) {
    earliest = after_past;
    latest = *window.last;
  }
  p.earliest = FormatDay(earliest);
  p.latest = FormatDay(latest);
  std::vector<size_t> evidence;
  ScoreDay(earliest, specs, c, &evidence);
  std::sort(evidence.begin(), evidence.end());
  evidence.erase(std::unique(evidence.begin(), evidence.end()), evidence.end());
  for (size_t i : evidence) p.evidence.push_back(texts[i]);
  for (const PublicationBound* b : window.used) p.evidence.push_back(b->text);
  guess.anchor = earliest;
  return guess;
}

}  // namespace recoupe::dates
