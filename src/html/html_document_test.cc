#include "html/html_document.h"

#include <gtest/gtest.h>

#include <string>

namespace recoupe {
namespace {

Document HtmlDocument(std::string html) {
  Document doc;
  doc.id = "page";
  doc.kind = InputKind::kHtml;
  doc.html = std::move(html);
  return doc;
}

TEST(HtmlDocumentTest, RawHoldsOneBlockPerLineAndSpansPointIntoIt) {
  Document doc = HtmlDocument(
      "<html lang=\"fr\"><head><title>Séisme au large de Nice</title>"
      "<meta property=\"og:site_name\" content=\"Nice Soir\"></head><body>"
      "<nav><a href=\"/\">Accueil</a></nav><article><h1>Séisme au large de Nice</h1>"
      "<p>Une secousse de magnitude 4,1 a été ressentie dimanche soir dans les Alpes-Maritimes, "
      "sans faire de victime selon la préfecture.</p>"
      "<p>Les pompiers ont reçu plus de 300 appels en une heure, a précisé leur porte-parole "
      "lundi &amp; mardi.</p></article></body></html>");
  doc.meta.outlet = "Nice-Soir (input)";  // stated by the input: kept
  ASSERT_TRUE(FillFromHtml(&doc).ok());
  std::string rendered;
  for (const auto& block : doc.blocks) {
    rendered += std::string(BlockKindName(block.kind)) + "[" + std::to_string(block.span.begin) +
                "," + std::to_string(block.span.end) + ") " +
                std::string(doc.text(block.span)).substr(0, 12) + "\n";
    ASSERT_TRUE(block.html_offset.has_value());
    EXPECT_EQ(doc.html.substr(*block.html_offset, 3),
              std::string(doc.text(block.span)).substr(0, 3));
  }
  EXPECT_EQ(rendered,
            "navigation[0,7) Accueil\n"
            "title[8,32) Séisme au l\n"
            "body[33,164) Une secousse\n"
            "body[165,265) Les pompiers\n");
  EXPECT_EQ(doc.raw.find("lundi & mardi."), 251u);  // &amp; decoded
  EXPECT_EQ(doc.meta.title.value_or("-"), "Séisme au large de Nice");
  EXPECT_EQ(doc.meta.outlet.value_or("-"), "Nice-Soir (input)");
  EXPECT_EQ(doc.meta.language.value_or("-"), "fr");
  EXPECT_TRUE(doc.warnings.empty());
}

TEST(HtmlDocumentTest, PageWithoutArticleTextWarns) {
  Document doc = HtmlDocument("<nav><a href=\"/\">Accueil</a> <a href=\"/b\">Blog</a></nav>");
  ASSERT_TRUE(FillFromHtml(&doc).ok());
  ASSERT_EQ(doc.warnings.size(), 1u);
  EXPECT_EQ(doc.warnings[0].code, "no_body");
  EXPECT_EQ(doc.raw, "Accueil Blog");
}

}  // namespace
}  // namespace recoupe
