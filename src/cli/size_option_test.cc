#include "cli/size_option.h"

#include <gtest/gtest.h>

namespace recoupe {
namespace {

TEST(ParseByteSize, UnitsAndErrors) {
  EXPECT_EQ(ParseByteSize("1000"), 1000u);
  EXPECT_EQ(ParseByteSize("16M"), 16u << 20);
  EXPECT_EQ(ParseByteSize("512k"), 512u << 10);
  EXPECT_EQ(ParseByteSize("2G"), size_t{2} << 30);
  EXPECT_EQ(ParseByteSize("12Q"), std::nullopt);
  EXPECT_EQ(ParseByteSize("M"), std::nullopt);
  EXPECT_EQ(ParseByteSize(""), std::nullopt);
}

}  // namespace
}  // namespace recoupe
