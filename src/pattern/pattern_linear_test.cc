// The matcher's work grows linearly with the text on patterns that make a
// backtracking matcher explode (docs/patterns.md, "Matching"): counted in
// VM steps (MatchStats), never in time.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pattern/pattern_set.h"
#include "segment/tokenizer.h"

namespace recoupe::pattern {
namespace {

// Steps of one Match of `rules` over `count` tokens "a" (and a final "x"
// when `with_x`), in both match modes.
uint64_t StepsOver(const PatternSet& set, int count, bool with_x) {
  std::string text;
  for (int i = 0; i < count; ++i) text += "a ";
  if (with_x) text += "x";
  const std::vector<Token> tokens = TokenizeText(text);
  uint64_t steps = 0;
  for (MatchMode mode : {MatchMode::kLongest, MatchMode::kEachRule}) {
    MatchStats stats;
    set.Match(tokens, {mode}, &stats);
    steps += stats.steps;
  }
  return steps;
}

TEST(PatternLinearTest, PathologicalPatternsScaleLinearly) {
  const char* kPathological[] = {
      "(_*)*\"x\"",                           // nested stars
      "((\"a\" | _ | \"a\" \"a\")+)+ \"x\"",  // ambiguous alternatives under nested plus
      "(\"a\"?){30}\"a\"{30}",                // the classic a?^n a^n
      "(_* _* _*)* $ \"x\"",                  // stars side by side
  };
  for (const char* pattern : kPathological) {
    SCOPED_TRACE(pattern);
    Result<PatternSet> set =
        PatternSet::Parse(std::string("recoupe-patterns 1\nrule r\n  ") + pattern + "\n", "t");
    ASSERT_TRUE(set.ok()) << set.status().message();
    for (bool with_x : {false, true}) {
      const uint64_t small = StepsOver(set.value(), 2000, with_x);
      const uint64_t large = StepsOver(set.value(), 8000, with_x);
      // Without the "x" the matcher may skip the rule altogether (it only
      // starts rules where their first and last elements can match).
      if (with_x) EXPECT_GT(small, 0u);
      // Four times the tokens, about four times the work (a quadratic
      // matcher would do sixteen).
      EXPECT_LE(large, small * 9 / 2) << "steps " << small << " then " << large;
      EXPECT_LE(large, 2 * 3 * 8002 * (set->program_size() + 2));
    }
  }
}

}  // namespace
}  // namespace recoupe::pattern
