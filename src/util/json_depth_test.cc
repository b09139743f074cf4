#include "util/json_depth.h"

#include <gtest/gtest.h>

#include <string>

namespace recoupe {
namespace {

TEST(JsonDepth, ReadsOrdinaryArticles) {
  bool too_deep = true;
  const auto parsed = ParseBoundedJson(R"({"id": "a", "text": "x", "tags": [["b"]]})", &too_deep);
  EXPECT_FALSE(too_deep);
  ASSERT_TRUE(parsed.is_object());
  EXPECT_EQ(parsed["tags"][0][0], "b");
}

TEST(JsonDepth, RefusesNestingPastTheBoundWithoutRecursing) {
  const size_t depth = 200000;
  const std::string deep = R"({"id": "a", "x": )" + std::string(depth, '[') +
                           std::string(depth, ']') + "}";
  bool too_deep = false;
  const auto parsed = ParseBoundedJson(deep, &too_deep);
  EXPECT_TRUE(too_deep);
  EXPECT_TRUE(parsed.is_discarded());
  EXPECT_FALSE(ParseBoundedJson(std::string(70, '[') + std::string(70, ']'), nullptr, 64)
                   .is_array());
  EXPECT_TRUE(ParseBoundedJson(std::string(60, '[') + std::string(60, ']'), nullptr, 64)
                  .is_array());
}

TEST(JsonDepth, InvalidJsonIsDiscardedButNotTooDeep) {
  bool too_deep = true;
  EXPECT_TRUE(ParseBoundedJson("{not json", &too_deep).is_discarded());
  EXPECT_FALSE(too_deep);
}

}  // namespace
}  // namespace recoupe
