// Relative-date recipes: what they keep of a DateSpec and what they refuse.
#include "dates/reanchor.h"

#include <gtest/gtest.h>

namespace recoupe::dates {
namespace {

TEST(ReanchorTest, RecipeKeepsWhatTheAnchorDecides) {
  DateSpec spec;
  spec.op = "offset";
  spec.n = 2.5;
  spec.unit = "W";
  spec.sign = -1;
  spec.tense = Tense::kPast;
  const std::string recipe = RelativeRecipe(spec);
  std::optional<DateSpec> back = SpecFromRecipe(recipe);
  ASSERT_TRUE(back.has_value()) << recipe;
  EXPECT_EQ(back->op, "offset");
  EXPECT_EQ(back->n, 2.5);
  EXPECT_EQ(back->unit, "W");
  EXPECT_EQ(back->sign, -1);
  EXPECT_EQ(back->tense, Tense::kPast);
  EXPECT_EQ(RelativeRecipe(*back), recipe);
}

TEST(ReanchorTest, FullyStatedDatesAreNotRelative) {
  DateSpec spec;
  spec.op = "abs";
  spec.day = 7;
  spec.month = 3;
  EXPECT_TRUE(DependsOnAnchor(spec));
  spec.year = 2016;
  EXPECT_FALSE(DependsOnAnchor(spec));
  EXPECT_EQ(RelativeRecipe(spec), "");
  spec.op = "chain";
  EXPECT_EQ(RelativeRecipe(spec), "");
}

TEST(ReanchorTest, MalformedRecipesAreRefused) {
  for (const char* bad : {"", "chain;rel=1", "weekday;wd", "weekday;wd=x", "weekday;colour=7",
                          "weekday;tense=sometime"}) {
    EXPECT_FALSE(SpecFromRecipe(bad).has_value()) << bad;
    DateMention mention;
    mention.relative = bad;
    EXPECT_EQ(ReanchorDate(mention, "2016-03-28"), "") << bad;
  }
}

}  // namespace
}  // namespace recoupe::dates
