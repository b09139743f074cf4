// Number recognition: numbers written in digits or words, with their
// qualifier ("près de", "au moins", "more than"), ranges ("entre vingt et
// vingt-cinq", "20-25"), collective and vague counts ("une centaine", "des
// dizaines", "dozens"), fractions ("deux tiers", "cinq et un quart"),
// percentages and ordinals ("premier", "21e").
//
// Interface:
//   Result<NumberResources> r = NumberResources::Load(data_dir, "fr");
//   std::vector<NumberMention> found = FindNumbers(tokens, *r);
//
// Rules and words are data: <data_dir>/<lang>/numbers.patterns (phrases) and
// <data_dir>/<lang>/number-value.patterns (the value of each number word),
// in the pattern-matcher format (docs/patterns.md); their tags are described
// in docs/figures.md.
//
// Values (CONTRACT.md): `exact` gives low = high = value; `approx` ("près de
// 190", "une centaine") low = high = the round value; `at_least` and
// `more_than` low = value, high open; `up_to` high = value, low open;
// `vague` ("des dizaines") low = 2 × unit, high = 10 × unit − 1, value open;
// a range gives low and high, value open; a quantifier ("plusieurs",
// "several", "un grand nombre") is vague with low = the least number it
// implies (2) or open, high open.
//
// Thread safety: NumberResources is immutable once loaded and FindNumbers is
// reentrant, so one resource set serves every thread.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "pattern/pattern_set.h"
#include "recoupe/document.h"
#include "recoupe/status.h"

namespace recoupe {

enum class NumberKind : uint8_t {
  kCardinal,    // "400", "onze", "1,5 million", "une centaine", "des dizaines"
  kRange,       // "entre vingt et vingt-cinq", "20 à 25", "20-25"
  kOrdinal,     // "premier", "deuxième", "third"
  kPercent,     // "12 %", "douze pour cent"
  kFraction,    // "deux tiers", "trois cinquièmes", "un demi": never a count
};

struct NumberMention {
  // Tokens of the whole mention, qualifier cue included: [first, end) in the
  // span given to FindNumbers.
  uint32_t first = 0;
  uint32_t end = 0;
  // Tokens of the number itself, cue left out ("400" in "plus de 400").
  uint32_t value_first = 0;
  uint32_t value_end = 0;
  NumberKind kind = NumberKind::kCardinal;
  std::optional<double> value;  // the stated number; open for ranges and vague counts
  std::optional<double> low;    // open bound = nullopt
  std::optional<double> high;
  std::string qualifier = "exact";  // exact|at_least|more_than|approx|up_to|vague
  bool words = false;           // written (at least partly) in words
  bool quantifier = false;      // a word of quantity, no number: "plusieurs", "a number"
};

class NumberResources {
 public:
  // Reads <data_dir>/<language>/numbers.patterns and number-value.patterns.
  // Errors name the file and line.
  static Result<NumberResources> Load(const std::string& data_dir, std::string_view language);

  const pattern::PatternSet& phrases() const { return phrases_; }
  const pattern::PatternSet& words() const { return words_; }

 private:
  pattern::PatternSet phrases_;
  pattern::PatternSet words_;
};

// Every number mention in `tokens`, in order, non-overlapping. Token indexes
// in the result index `tokens`. Mentions never cross sentences.
std::vector<NumberMention> FindNumbers(std::span<const Token> tokens,
                                       const NumberResources& resources);

// The value of number words and digits in `tokens` (all of them one number:
// "cent quatre-vingt-huit", "1,5 million", "a hundred and fifty"), or
// nullopt when no token has a value.
std::optional<double> ValueOfTokens(std::span<const Token> tokens,
                                    const NumberResources& resources);

// "exact" → "400"; "at_least" → "≥400"; a range "20–25"; vague "~[20,99]":
// a one-line rendering for tests.
std::string RenderNumber(const NumberMention& mention);

}  // namespace recoupe
