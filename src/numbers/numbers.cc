#include "numbers/numbers.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <utility>

namespace recoupe {
namespace {

using pattern::PatternCapture;
using pattern::PatternMatch;
using pattern::PatternSet;

std::optional<double> ParseValue(std::optional<std::string_view> text) {
  if (!text || text->empty()) return std::nullopt;
  std::string copy(*text);
  char* end = nullptr;
  double value = std::strtod(copy.c_str(), &end);
  if (end != copy.c_str() + copy.size()) return std::nullopt;
  return value;
}

// Composes the values of a number's words and digits, in order: below 100
// adds to the current group, 100 multiplies it, 1000 and above close it;
// "quatre" then "vingt" make 80.
std::optional<double> Compose(const std::vector<double>& values, double* last_scale = nullptr) {
  if (values.empty()) return std::nullopt;
  if (last_scale) {
    *last_scale = 1;
    for (double v : values) {
      if (v >= 1000) *last_scale = v;
    }
  }
  double total = 0, group = 0, last = -1;
  for (double v : values) {
    if (v >= 1000) {
      total += (group == 0 ? 1 : group) * v;
      group = 0;
    } else if (v == 100) {
      group = (group == 0 ? 1 : group) * 100;
    } else if (v == 20 && last == 4) {
      group += 76;
    } else {
      group += v;
    }
    last = v;
  }
  return total + group;
}

std::string FormatValue(double v) {
  char buffer[32];
  if (std::floor(v) == v && std::fabs(v) < 1e15) {
    std::snprintf(buffer, sizeof buffer, "%.0f", v);
  } else {
    std::snprintf(buffer, sizeof buffer, "%g", v);
  }
  return buffer;
}

void ApplyQualifier(NumberMention* m) {
  const std::string& q = m->qualifier;
  if (q == "at_least" || q == "more_than") {
    m->low = m->value;
    m->high.reset();
  } else if (q == "up_to") {
    m->low.reset();
    m->high = m->value;
  } else {
    m->low = m->value;
    m->high = m->value;
  }
}

bool HasWord(std::span<const Token> tokens) {
  for (const Token& t : tokens) {
    if (t.shape == TokenShape::kWord) return true;
  }
  return false;
}

// "10 à 3", "2016 - 2015", "5 sur 3": a phrase that is not one quantity but
// two numbers, the first with the phrase's qualifier.
void PushTwoNumbers(const NumberMention& phrase, const PatternCapture& a, double a_value,
                    const PatternCapture& b, double b_value, std::vector<NumberMention>* found) {
  NumberMention first = phrase, second = phrase;
  first.end = first.value_end = a.end;
  first.value_first = a.first;
  first.value = a_value;
  ApplyQualifier(&first);
  second.first = second.value_first = b.first;
  second.qualifier = "exact";
  second.value = b_value;
  ApplyQualifier(&second);
  found->push_back(std::move(first));
  found->push_back(std::move(second));
}

// Ordinals in digits that the lexicon does not list ("22e", "111e",
// "255eme", "21st"): the tokenizer makes a word of digits only when an
// ordinal suffix follows them (data/<lang>/abbreviations.txt), so a word
// that opens with a digit is one. Keeps `found` in text order.
void AddDigitOrdinals(std::span<const Token> tokens, std::vector<NumberMention>* found) {
  size_t next = 0;  // the first mention not ending before token t
  const size_t known = found->size();
  for (uint32_t t = 0; t < tokens.size(); ++t) {
    const Token& token = tokens[t];
    if (token.shape != TokenShape::kWord || token.norm.empty() || token.norm[0] < '0' ||
        token.norm[0] > '9') {
      continue;
    }
    while (next < known && (*found)[next].end <= t) ++next;
    if (next < known && (*found)[next].first <= t) continue;
    NumberMention m;
    m.first = m.value_first = t;
    m.end = m.value_end = t + 1;
    m.kind = NumberKind::kOrdinal;
    m.value = std::strtod(std::string(token.norm).c_str(), nullptr);
    ApplyQualifier(&m);
    found->push_back(std::move(m));
  }
  if (found->size() > known) {
    std::stable_sort(found->begin(), found->end(),
                     [](const NumberMention& a, const NumberMention& b) { return a.first < b.first; });
  }
}


}  // namespace

Result<NumberResources> NumberResources::Load(const std::string& data_dir,
                                              std::string_view language) {
  std::string dir = data_dir + "/" + std::string(language) + "/";
  Result<PatternSet> phrases = PatternSet::LoadFile(dir + "numbers.patterns");
  if (!phrases.ok()) return phrases.status();
  Result<PatternSet> words = PatternSet::LoadFile(dir + "number-value.patterns");
  if (!words.ok()) return words.status();
  NumberResources resources;
  resources.phrases_ = std::move(phrases).value();
  resources.words_ = std::move(words).value();
  return resources;
}

namespace {

// ValueOfTokens, also giving the last scale word's value (1 when none).
std::optional<double> ValueAndScale(std::span<const Token> tokens,
                                    const NumberResources& resources, double* last_scale) {
  std::vector<PatternMatch> words;
  if (HasWord(tokens)) words = resources.words().Match(tokens);
  std::vector<double> values;
  size_t next_word = 0;
  for (uint32_t i = 0; i < tokens.size(); ++i) {
    while (next_word < words.size() && words[next_word].first < i) ++next_word;
    if (tokens[i].number) {
      values.push_back(*tokens[i].number);
    } else if (next_word < words.size() && words[next_word].first == i) {
      const PatternCapture* v = words[next_word].Capture("v");
      if (std::optional<double> value = ParseValue(v ? v->value : std::nullopt)) {
        values.push_back(*value);
      }
      i = words[next_word].end - 1;
    }
  }
  return Compose(values, last_scale);
}

// The captures after a cardinal's number `m->value` (rule `number`,
// numbers.patterns): "and a half" (h: the value of half); "et demi", "et
// trois quarts" (e, hn, d: that part of the last scale word `scale` is
// added); a denominator word alone ("deux tiers": d, the number becomes a
// fraction). Returns false when the mention is to be dropped.
bool ReadWhatFollows(const PatternMatch& match, std::span<const Token> tokens,
                     const NumberResources& resources, double scale, NumberMention* m) {
  if (const PatternCapture* half = match.Capture("h")) {
    *m->value += scale * ParseValue(half->value).value_or(0);
  }
  const PatternCapture* d = match.Capture("d");
  if (!d) return true;
  std::optional<double> denominator = ParseValue(d->value);
  if (!denominator || *denominator == 0) return false;
  if (!match.Capture("e")) {
    *m->value /= *denominator;
    m->kind = NumberKind::kFraction;
    return true;
  }
  std::optional<double> numerator = 1.0;
  if (const PatternCapture* part = match.Capture("hn")) {
    numerator = ValueOfTokens(tokens.subspan(part->first, part->end - part->first), resources);
  }
  if (!numerator) return false;
  *m->value += scale * *numerator / *denominator;
  return true;
}

}  // namespace

std::optional<double> ValueOfTokens(std::span<const Token> tokens,
                                    const NumberResources& resources) {
  double scale = 1;
  return ValueAndScale(tokens, resources, &scale);
}

std::vector<NumberMention> FindNumbers(std::span<const Token> tokens,
                                       const NumberResources& resources) {
  std::vector<NumberMention> found;
  auto sub = [&](const PatternCapture* c) {
    return tokens.subspan(c->first, c->end - c->first);
  };
  for (const PatternMatch& match : resources.phrases().Match(tokens)) {
    std::string_view kind = match.rule->Tag("kind").value_or("");
    NumberMention m;
    m.first = m.value_first = match.first;
    m.end = m.value_end = match.end;
    const PatternCapture* q = match.Capture("q");
    if (q && q->value) m.qualifier = std::string(*q->value);
    if (q) m.value_first = q->end;
    if (kind == "cardinal") {
      const PatternCapture* n = match.Capture("n");
      if (!n) continue;
      double scale = 1;
      m.value = ValueAndScale(sub(n), resources, &scale);
      if (!m.value) continue;
      m.value_first = n->first;
      m.value_end = n->end;
      m.words = HasWord(sub(n));
      if (!ReadWhatFollows(match, tokens, resources, scale, &m)) continue;
    } else if (kind == "collective") {
      const PatternCapture* c = match.Capture("c");
      m.value = ParseValue(c ? c->value : std::nullopt);
      if (!m.value) continue;
      if (const PatternCapture* k = match.Capture("k")) {  // "trois douzaines"
        const std::optional<double> count = ValueOfTokens(sub(k), resources);
        if (!count) continue;
        *m.value *= *count;
      }
      if (!q) m.qualifier = "approx";
      m.words = true;
    } else if (kind == "vague") {
      const PatternCapture* c = match.Capture("c");
      const PatternCapture* multiplier = match.Capture("m");
      std::optional<double> unit = ParseValue(c ? c->value : std::nullopt);
      if (!unit) continue;
      if (multiplier) *unit *= ParseValue(multiplier->value).value_or(1);
      m.qualifier = "vague";
      m.low = 2 * *unit;
      m.high = 10 * *unit - 1;
      m.words = true;
      m.value_first = c->first;
      found.push_back(std::move(m));
      continue;
    } else if (kind == "range") {
      const PatternCapture* lo = match.Capture("lo");
      const PatternCapture* hi = match.Capture("hi");
      if (!lo || !hi) continue;
      std::optional<double> low = ValueOfTokens(sub(lo), resources);
      std::optional<double> high = ValueOfTokens(sub(hi), resources);
      if (!low || !high) continue;
      m.words = HasWord(sub(lo)) || HasWord(sub(hi));
      if (*low >= *high) {
        PushTwoNumbers(m, *lo, *low, *hi, *high, &found);
        continue;
      }
      m.kind = NumberKind::kRange;
      m.low = low;
      m.high = high;
      if (match.Capture("pct")) m.kind = NumberKind::kPercent;
      found.push_back(std::move(m));
      continue;
    } else if (kind == "quantifier") {  // "plusieurs", "a number": vague, no number
      const PatternCapture* w = match.Capture("w");
      m.qualifier = "vague";
      m.quantifier = true;
      m.words = true;
      m.low = ParseValue(w ? w->value : std::nullopt);
      found.push_back(std::move(m));
      continue;
    } else if (kind == "ordinal") {
      const PatternCapture* o = match.Capture("o");
      m.value = ParseValue(o ? o->value : std::nullopt);
      if (!m.value) continue;
      m.kind = NumberKind::kOrdinal;
      m.words = true;
    } else {
      continue;
    }
    if (const PatternCapture* pct = match.Capture("pct")) {
      m.kind = NumberKind::kPercent;
      m.value_end = pct->first;
    }
    ApplyQualifier(&m);
    found.push_back(std::move(m));
  }
  AddDigitOrdinals(tokens, &found);
  return found;
}

std::string RenderNumber(const NumberMention& m) {
  std::string out;
  switch (m.kind) {
    case NumberKind::kCardinal:
      break;
    case NumberKind::kRange:
      out = "range ";
      break;
    case NumberKind::kOrdinal:
      out = "ordinal ";
      break;
    case NumberKind::kPercent:
      out = "percent ";
      break;
    case NumberKind::kFraction:
      out = "fraction ";
      break;
  }
  out += m.qualifier;
  out += ' ';
  if (m.low && m.high && *m.low == *m.high) return out + FormatValue(*m.low);
  if (m.low) out += FormatValue(*m.low);
  out += "..";
  if (m.high) out += FormatValue(*m.high);
  return out;
}

}  // namespace recoupe
