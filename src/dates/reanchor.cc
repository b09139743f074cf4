#include "dates/reanchor.h"

#include <charconv>
#include <cstdio>

#include "dates/calendar.h"

namespace recoupe {
namespace dates {
namespace {

// The optional integer fields of a DateSpec a recipe carries, by key.
struct IntField {
  const char* key;
  std::optional<int> DateSpec::*field;
};
constexpr IntField kIntFields[] = {
    {"d", &DateSpec::day},       {"m", &DateSpec::month},       {"y", &DateSpec::year},
    {"wd", &DateSpec::weekday},  {"d2", &DateSpec::day2},       {"m2", &DateSpec::month2},
    {"y2", &DateSpec::year2},    {"wd2", &DateSpec::weekday2},  {"rel", &DateSpec::rel},
};

// Ops whose value is always counted from the anchor day.
bool AlwaysRelative(const std::string& op) {
  return op == "weekday" || op == "night" || op == "relday" || op == "offset" ||
         op == "period" || op == "vague";
}

// Ops that are absolute when fully stated and need the anchor otherwise.
bool RelativeWhenIncomplete(const std::string& op) {
  return op == "abs" || op == "feast" || op == "interval";
}

std::optional<int> ParseInt(std::string_view text) {
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

std::optional<double> ParseDouble(std::string_view text) {
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// Sets one `key=value` field of `spec`; false for an unknown key or a bad value.
bool SetField(DateSpec& spec, std::string_view key, std::string_view value) {
  for (const IntField& f : kIntFields) {
    if (key != f.key) continue;
    std::optional<int> v = ParseInt(value);
    if (!v) return false;
    spec.*f.field = *v;
    return true;
  }
  if (key == "dir" || key == "sign") {
    std::optional<int> v = ParseInt(value);
    if (!v) return false;
    (key == "dir" ? spec.dir : spec.sign) = *v;
    return true;
  }
  if (key == "n") {
    spec.n = ParseDouble(value);
    return spec.n.has_value();
  }
  if (key == "unit") {
    spec.unit = std::string(value);
    return true;
  }
  if (key == "feast") {
    spec.feast = std::string(value);
    return true;
  }
  if (key == "tense") {
    if (value == "past") spec.tense = Tense::kPast;
    else if (value == "future") spec.tense = Tense::kFuture;
    else return false;
    return true;
  }
  return false;
}

}  // namespace

bool DependsOnAnchor(const DateSpec& spec) {
  if (AlwaysRelative(spec.op)) return true;
  if (!RelativeWhenIncomplete(spec.op)) return false;
  // Incomplete exactly when it cannot be resolved without an anchor.
  return !ResolveRange(spec, std::nullopt, nullptr).ok;
}

std::string RelativeRecipe(const DateSpec& spec) {
  if (!DependsOnAnchor(spec)) return "";
  std::string recipe = spec.op;
  auto add = [&recipe](const char* key, const std::string& value) {
    recipe += ';';
    recipe += key;
    recipe += '=';
    recipe += value;
  };
  for (const IntField& f : kIntFields) {
    if (const std::optional<int>& v = spec.*f.field) add(f.key, std::to_string(*v));
  }
  if (spec.dir != 0) add("dir", std::to_string(spec.dir));
  if (spec.sign != 0) add("sign", std::to_string(spec.sign));
  if (spec.n) {
    char number[32];
    std::snprintf(number, sizeof number, "%.17g", *spec.n);
    add("n", number);
  }
  if (!spec.unit.empty()) add("unit", spec.unit);
  if (!spec.feast.empty()) add("feast", spec.feast);
  if (spec.tense == Tense::kPast) add("tense", "past");
  if (spec.tense == Tense::kFuture) add("tense", "future");
  return recipe;
}

std::optional<DateSpec> SpecFromRecipe(std::string_view recipe) {
  if (recipe.empty()) return std::nullopt;
  DateSpec spec;
  size_t cut = recipe.find(';');
  spec.op = std::string(recipe.substr(0, cut));
  if (!AlwaysRelative(spec.op) && !RelativeWhenIncomplete(spec.op)) return std::nullopt;
  while (cut != std::string_view::npos) {
    const size_t from = cut + 1;
    cut = recipe.find(';', from);
    const std::string_view field = recipe.substr(from, cut == std::string_view::npos ? cut : cut - from);
    const size_t equals = field.find('=');
    if (equals == std::string_view::npos) return std::nullopt;
    if (!SetField(spec, field.substr(0, equals), field.substr(equals + 1))) return std::nullopt;
  }
  return spec;
}

}  // namespace dates

std::string ReanchorDate(const DateMention& mention, std::string_view anchor_day) {
  std::optional<dates::DateSpec> spec = dates::SpecFromRecipe(mention.relative);
  if (!spec) return "";
  std::optional<int64_t> anchor = dates::ParseIsoDay(anchor_day);
  if (!anchor) return "";
  dates::Resolved r = dates::Resolve(*spec, anchor, nullptr);
  return r.ok ? r.value : "";
}

}  // namespace recoupe
