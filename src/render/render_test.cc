#include "render/render.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace recoupe {
namespace {

// A small analysed dossier: a title, a body paragraph with markup-like text,
// a cookie banner, and one skipped input.
Dossier SmallDossier() {
  Document doc;
  doc.id = "d1";
  doc.path = "d1.txt";
  doc.language = "fr";
  doc.raw = "Un titre\nLe score est 3 < 4 & « juste ».\nCe site utilise des cookies.";
  auto span_of = [&](std::string_view text) {
    const auto begin = static_cast<uint32_t>(doc.raw.find(text));
    return Span{begin, begin + static_cast<uint32_t>(text.size())};
  };
  doc.blocks = {
      {span_of("Un titre"), BlockKind::kTitle, "first title-like line", std::nullopt},
      {span_of("Le score est 3 < 4 & « juste »."), BlockKind::kBody, "", std::nullopt},
      {span_of("Ce site utilise des cookies."), BlockKind::kCookie, "cues 'cookies'",
       std::nullopt}};
  doc.meta.title = "Un titre";
  Dossier dossier;
  dossier.documents.push_back(doc);
  dossier.skipped.push_back({"bad.jsonl", 3, "", "not valid JSON"});
  return dossier;
}

TEST(Render, JsonHasTheContractFields) {
  const auto json = nlohmann::json::parse(RenderJson(SmallDossier()));
  EXPECT_EQ(json["schema_version"], 1);
  EXPECT_EQ(json["$schema"], "https://recoupe.invalid/schema/dossier-1.json");
  const auto& doc = json["documents"][0];
  EXPECT_EQ(doc["title"], "Un titre");
  EXPECT_EQ(doc["body"], "Le score est 3 < 4 & « juste ».");
  ASSERT_EQ(doc["removed"].size(), 2u);
  EXPECT_EQ(doc["removed"][1]["kind"], "cookie");
  EXPECT_EQ(doc["removed"][1]["text"], "Ce site utilise des cookies.");
  EXPECT_EQ(doc["published"]["basis"], "unknown");
  EXPECT_EQ(json["skipped"][0]["line"], 3);
  for (const char* key : {"events", "facts", "flags", "reuse", "timeline"})
    EXPECT_TRUE(json[key].is_array()) << key;
}

TEST(Render, MarkdownShowsBodyRemovedAndSkipped) {
  const std::string md = RenderMarkdown(SmallDossier());
  EXPECT_NE(md.find("### Un titre\n"), std::string::npos);
  EXPECT_NE(md.find("#### Body\n\nLe score est 3 \\< 4 & « juste ».\n"), std::string::npos);
  EXPECT_NE(md.find("- `cookie` Ce site utilise des cookies.\n"), std::string::npos);
  EXPECT_NE(md.find("bad.jsonl:3: not valid JSON"), std::string::npos);
}

TEST(Render, HtmlEscapesTextAndNeedsNoNetwork) {
  const std::string html = RenderHtml(SmallDossier());
  EXPECT_TRUE(html.starts_with("<!DOCTYPE html>"));
  EXPECT_NE(html.find("<p>Le score est 3 &lt; 4 &amp; « juste ».</p>"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("http"), std::string::npos);
}

}  // namespace
}  // namespace recoupe
