#include "ingest/encoding.h"

#include <gtest/gtest.h>

namespace recoupe {
namespace {

TEST(FirstInvalidUtf8, AcceptsValidText) {
  EXPECT_EQ(FirstInvalidUtf8("Palmyre, l’armée syrienne — 10 000 € 😀"), std::nullopt);
  EXPECT_EQ(FirstInvalidUtf8(""), std::nullopt);
}

TEST(FirstInvalidUtf8, FindsTheFirstBadByte) {
  struct Case {
    std::string bytes;
    size_t expected;
  };
  const Case cases[] = {
      {"abc\xE9t\xE9", 3},                 // Latin-1 é
      {"ok\xC0\xAF", 2},                   // overlong '/'
      {"x\xED\xA0\x80", 1},                // surrogate U+D800
      {"12345678\xF4\x90\x80\x80", 8},     // past U+10FFFF, after the ASCII fast path
      {"truncated \xE2\x82", 10},          // cut inside a character
      {"lone \x80 continuation", 5},
  };
  for (const Case& c : cases) EXPECT_EQ(FirstInvalidUtf8(c.bytes), c.expected) << c.bytes;
}

TEST(Windows1252ToUtf8, DecodesLatin1AndTheWindowsRange) {
  EXPECT_EQ(Windows1252ToUtf8("arm\xE9" "e \x93" "cit\xE9" "e\x94 \x80 \x85"),
            "armée “citée” € …");
  EXPECT_EQ(Windows1252ToUtf8("\x81"), "\xEF\xBF\xBD");  // undefined byte → U+FFFD
  EXPECT_EQ(FirstInvalidUtf8(Windows1252ToUtf8(std::string(1, '\xFF'))), std::nullopt);
}

TEST(LooksBinary, TellsTextFromBinary) {
  EXPECT_FALSE(LooksBinary("Une ligne.\nUne autre.\r\n\tFin."));
  EXPECT_TRUE(LooksBinary(std::string("PK\x03\x04\0\0", 6)));
  EXPECT_TRUE(LooksBinary("\x01\x02\x03\x04\x05\x06 abc"));
}

}  // namespace
}  // namespace recoupe
