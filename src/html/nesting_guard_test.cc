#include "html/nesting_guard.h"

#include <gtest/gtest.h>

#include <string>

namespace recoupe {
namespace {

std::string Nested(int depth, const std::string& text) {
  std::string page = "<html><body>";
  for (int i = 0; i < depth; ++i) page += "<div class=\"n\">";
  page += text;
  for (int i = 0; i < depth; ++i) page += "</div>";
  return page + "</body></html>";
}

TEST(NestingGuard, OrdinaryPagesAreLeftAlone) {
  EXPECT_FALSE(FlattenDeepNesting(Nested(40, "texte")).has_value());
  // Thousands of unclosed paragraphs and list items, void elements, comments
  // and scripts full of tags do not count as depth.
  std::string sloppy = "<html><body><ul>";
  for (int i = 0; i < 5000; ++i) sloppy += "<li><p>ligne<br><img src=x><!-- <div> -->";
  sloppy += "<script>for (i = 0; i < 9; i++) document.write('<div><div><div>');</script>";
  sloppy += "</ul></body></html>";
  EXPECT_FALSE(FlattenDeepNesting(sloppy, 8).has_value());
}

TEST(NestingGuard, TagsPastTheLimitBecomeSpacesAndTextStaysInPlace) {
  const std::string page = Nested(10, "Le texte le plus profond");
  const auto flat = FlattenDeepNesting(page, 4);
  ASSERT_TRUE(flat.has_value());
  ASSERT_EQ(flat->size(), page.size());
  const size_t text = page.find("Le texte");
  EXPECT_EQ(flat->substr(text, 24), "Le texte le plus profond");
  // <html>, <body> and two <div> are kept; four <div> open and four close.
  size_t opens = 0, closes = 0;
  for (size_t at = flat->find("<div"); at != std::string::npos; at = flat->find("<div", at + 1)) ++opens;
  for (size_t at = flat->find("</div>"); at != std::string::npos; at = flat->find("</div>", at + 1))
    ++closes;
  EXPECT_EQ(opens, 2u);
  EXPECT_EQ(closes, 2u);
  EXPECT_NE(flat->find("</body></html>"), std::string::npos);
  // Every other byte is the page's own or a space.
  for (size_t i = 0; i < page.size(); ++i)
    if ((*flat)[i] != page[i]) ASSERT_EQ((*flat)[i], ' ') << i;
}

TEST(NestingGuard, QuotedAngleBracketsAndStrayEndTags) {
  std::string page = "<html><body>";
  for (int i = 0; i < 6; ++i) page += "<span title=\"a > b\">";
  page += "x</em></b>";
  for (int i = 0; i < 6; ++i) page += "</span>";
  page += "</body></html>";
  const auto flat = FlattenDeepNesting(page, 4);
  ASSERT_TRUE(flat.has_value());
  // The quoted '>' does not end a tag early: the four tags past the limit
  // are blanked whole, leaving no fragment of their attributes.
  size_t fragments = 0;
  for (size_t at = flat->find("b\">"); at != std::string::npos; at = flat->find("b\">", at + 1))
    ++fragments;
  EXPECT_EQ(fragments, 2u);
  EXPECT_NE(flat->find("</em></b>"), std::string::npos);  // stray end tags untouched
}

TEST(NestingGuard, MillionNestedElementsInLinearTime) {
  // Quadratic work would not finish here in any reasonable time.
  const auto flat = FlattenDeepNesting(Nested(1000000, "fond"));
  ASSERT_TRUE(flat.has_value());
  EXPECT_NE(flat->find("fond"), std::string::npos);
}

}  // namespace
}  // namespace recoupe
