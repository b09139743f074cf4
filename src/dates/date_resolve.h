// What a temporal expression says (DateSpec, read from a pattern match) and
// how it lands on the calendar given an anchor day (Resolve). Pure
// functions, thread-safe. Rules and anchoring: docs/dates.md.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace recoupe::dates {

enum class Tense { kPresent, kPast, kFuture };

// The fields a rule's captures and tags give; absent fields were not said.
struct DateSpec {
  std::string op;    // rule tag "op": abs, weekday, relday, chain, offset, ...
  std::string kind;  // rule tag "kind": date, time, interval, duration
  std::string relation;  // rule tag "relation": after, elapsed, or empty
  std::optional<int> day, month, year, weekday;
  std::optional<int> day2, month2, year2, weekday2;  // end of an interval
  int dir = 0;                 // -1 "dernier", +1 "prochain", 0 unsaid
  std::optional<int> rel;      // day offset of relday / chain
  std::optional<double> n;     // count of units
  bool approx = false;         // "une vingtaine"
  bool approximate = false;    // the expression names its day only roughly
  bool year_from_sentence = false;  // `year` taken from a date before it in its sentence
  bool dateline = false;       // opens the text after its place: "BEIRUT, Oct 15 (Reuters)"
  std::string unit;            // S MIN H D W M Y DE CE
  int sign = 0;                // offset direction
  std::string feast;           // "E+49", "12-25"
  std::optional<int> hour, minute;
  std::string part;            // MO MI AF EV NI
  Tense tense = Tense::kPresent;
  uint32_t begin = 0, end = 0;  // raw span
  uint32_t block = 0, sentence = 0;
};

enum class Precision { kDay, kWeek, kMonth, kYear };

struct Resolved {
  bool ok = false;
  int64_t start = 0, end = 0;  // inclusive range of days
  Precision precision = Precision::kDay;
  std::string value;           // DateMention::value
  std::string anchor;          // absolute | publication | date | inferred
};

// Resolves `spec` against `anchor` (the publication day, when known) and
// `previous` (the date told just before, for chained expressions). Returns
// !ok when the expression needs an anchor it does not have, or names no
// real day.
Resolved Resolve(const DateSpec& spec, std::optional<int64_t> anchor, const Resolved* previous);

// Same range as Resolve, without building `value` (faster).
Resolved ResolveRange(const DateSpec& spec, std::optional<int64_t> anchor, const Resolved* previous);

// Days in `n` units (D W M Y, months as 30.44 days); 0 for an unknown unit.
double UnitDays(const std::string& unit);
// ISO 8601 duration of a count and unit: P3W, PT24H, P20D; "" when unknown.
std::string IsoDuration(double n, const std::string& unit);

}  // namespace recoupe::dates
