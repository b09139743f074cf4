#include "segment/normalizer.h"

#include <string>

#include <gtest/gtest.h>

namespace recoupe {
namespace {

// True when `offset` is not inside a multi-byte UTF-8 character of `s`.
bool OnBoundary(const std::string& s, uint32_t offset) {
  return offset == s.size() || (static_cast<unsigned char>(s[offset]) & 0xC0) != 0x80;
}

struct Case {
  const char* raw;
  const char* expected;
};

TEST(NormalizerTest, AppliesTheReplacementTable) {
  const Case kCases[] = {
      {"plain ASCII text.", "plain ASCII text."},
      {"l\u2019aviation \u2018x\u2019 \u02bcy", "l'aviation 'x' 'y"},
      {"\u201cquoted\u201d \u201elow\u201d", "\"quoted\" \"low\""},
      {"\u00ab\u00a0Oui\u202f!\u00a0\u00bb", "\u00ab Oui ! \u00bb"},
      {"10\u202f000 et 2\u2009500 et 3\u00a0000", "10 000 et 2 500 et 3 000"},
      {"Attendez\u2026", "Attendez..."},
      {"anti\u00adterroriste", "antiterroriste"},
      {"\ufeffD\u00e9but", "D\u00e9but"},
      {"2\u200d3 morts et 1\u200c2 bless\u00e9s", "23 morts et 12 bless\u00e9s"},
      {"Ce\u0301sar, e\u0300 et C\u0327a", "C\u00e9sar, \u00e8 et \u00c7a"},
      {"tiret \u2013 cadratin \u2014 trait-d'union", "tiret \u2013 cadratin \u2014 trait-d'union"},
      {"", ""},
  };
  for (const Case& c : kCases) {
    const NormalizedText normalized = Normalize(c.raw);
    EXPECT_EQ(normalized.text, c.expected) << c.raw;
    EXPECT_EQ(normalized.to_raw.size(), normalized.text.size() + 1) << c.raw;
    EXPECT_EQ(normalized.to_raw.back(), std::string(c.raw).size()) << c.raw;
  }
}

// Every normalised span [b, e) between character boundaries maps to a raw span
// on character boundaries whose normalisation is the normalised span itself.
TEST(NormalizerTest, EverySpanMapsBackToItsRawText) {
  const std::string kRaw[] = {
      "Selon l\u2019ONG, \u00ab\u00a0400 djihadistes\u00a0\u00bb sont morts\u2026 "
      "10\u202f000 civils ont fui Ce\u0301sar\u00adville.",
      "\u201cHe said\u201d \u2014 e\u0301te\u0301 \u2026\u2026 end",
      "ASCII only, nothing to change.",
  };
  for (const std::string& raw : kRaw) {
    const NormalizedText normalized = Normalize(raw);
    const std::string& text = normalized.text;
    for (uint32_t b = 0; b <= text.size(); ++b) {
      if (!OnBoundary(text, b)) continue;
      for (uint32_t e = b; e <= text.size(); ++e) {
        if (!OnBoundary(text, e)) continue;
        const uint32_t raw_begin = normalized.RawBegin(b);
        const uint32_t raw_end = normalized.RawEnd(e);
        ASSERT_LE(raw_begin, raw_end);
        ASSERT_TRUE(OnBoundary(raw, raw_begin)) << raw << " " << b;
        ASSERT_TRUE(OnBoundary(raw, raw_end)) << raw << " " << e;
        // The raw span covers at least the normalised span (it may take a whole
        // "…" for one of its dots).
        const std::string back = Normalize(raw.substr(raw_begin, raw_end - raw_begin)).text;
        ASSERT_NE(back.find(text.substr(b, e - b)), std::string::npos)
            << raw << " [" << b << "," << e << ")";
      }
    }
  }
}

TEST(NormalizerTest, WordSpansMapExactly) {
  const std::string raw = "l\u2019e\u0301te\u0301 10\u202f000 \u00ab\u00a0oui\u00a0\u00bb";
  const NormalizedText normalized = Normalize(raw);
  ASSERT_EQ(normalized.text, "l'\u00e9t\u00e9 10 000 \u00ab oui \u00bb");
  const auto raw_of = [&](uint32_t b, uint32_t e) {
    const uint32_t begin = normalized.RawBegin(b);
    return raw.substr(begin, normalized.RawEnd(e) - begin);
  };
  EXPECT_EQ(raw_of(0, 2), "l\u2019");
  EXPECT_EQ(raw_of(2, 7), "e\u0301te\u0301");
  EXPECT_EQ(raw_of(8, 14), "10\u202f000");
  EXPECT_EQ(raw_of(15, 17), "\u00ab");
  EXPECT_EQ(raw_of(18, 21), "oui");
}

TEST(NormalizerTest, EllipsisDotMapsToWholeCharacter) {
  const std::string raw = "fin\u2026";
  const NormalizedText normalized = Normalize(raw);
  ASSERT_EQ(normalized.text, "fin...");
  EXPECT_EQ(normalized.RawBegin(4), 3u);
  EXPECT_EQ(normalized.RawEnd(4), 6u);
  EXPECT_EQ(normalized.RawEnd(6), 6u);
}

}  // namespace
}  // namespace recoupe
