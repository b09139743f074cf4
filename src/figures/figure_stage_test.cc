#include "figures/figure_stage.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "segment/tokenizer.h"

namespace recoupe {
namespace {

const std::string kDataDir = std::string(RECOUPE_SOURCE_DIR) + "/data";

const FigureStage& Stage() {
  static const std::unique_ptr<FigureStage> stage = FigureStage::Load(kDataDir).value();
  return *stage;
}

// A one-sentence document of `text`, tokenized.
Document MakeDocument(const std::string& text, const std::string& language) {
  Document doc;
  doc.raw = text;
  doc.language = language;
  doc.tokens = TokenizeText(text);
  doc.blocks.push_back(Block{Span{0, static_cast<uint32_t>(text.size())}});
  doc.sentences.push_back(Sentence{Span{0, static_cast<uint32_t>(text.size())}, 0,
                                   static_cast<uint32_t>(doc.tokens.size()), 0});
  return doc;
}

// The entity mention of the first occurrence of `word` in doc.raw.
EntityMention Entity(const Document& doc, const std::string& word, const std::string& type,
                     const std::string& name) {
  EntityMention e;
  e.begin = static_cast<uint32_t>(doc.raw.find(word));
  e.end = e.begin + static_cast<uint32_t>(word.size());
  e.type = type;
  e.name = name;
  return e;
}

std::string Text(const Document& doc, const Figure& f) {
  return std::string(doc.text(Span{f.begin, f.end}));
}

TEST(FigureStageTest, ActorNamedAfterTheNounAndSourceFromTheClaim) {
  Document doc = MakeDocument("Les combats auraient coûté la vie à 400 combattants de l'EI.", "fr");
  doc.entities.push_back(Entity(doc, "EI", "armed_group", "Islamic State"));
  doc.claims.push_back(Claim{0, static_cast<uint32_t>(doc.raw.size()),
                             "Syrian Observatory for Human Rights"});
  doc.claims.back().hedged = true;
  Stage().Annotate(doc);
  ASSERT_EQ(doc.figures.size(), 1u);
  const Figure& f = doc.figures[0];
  EXPECT_EQ(Text(doc, f), "400 combattants");
  EXPECT_EQ(f.low, 400);
  EXPECT_EQ(f.high, 400);
  EXPECT_EQ(f.what, "killed");
  EXPECT_EQ(f.who_class, "fighters");
  EXPECT_EQ(f.who_actor.value_or(""), "Islamic State");
  EXPECT_FALSE(f.actor_inferred);
  EXPECT_EQ(f.source.value_or(""), "Syrian Observatory for Human Rights");
  EXPECT_TRUE(f.hedged);
}

TEST(FigureStageTest, ActorInferredFromTheGroupTheArticleNames) {
  Document doc = MakeDocument("L'EI recule et Daech fuit ; 400 djihadistes ont été tués.", "fr");
  doc.entities.push_back(Entity(doc, "EI", "armed_group", "Islamic State"));
  doc.entities.push_back(Entity(doc, "Daech", "armed_group", "Islamic State"));
  Stage().Annotate(doc);
  ASSERT_EQ(doc.figures.size(), 1u);
  EXPECT_EQ(doc.figures[0].who_actor.value_or(""), "Islamic State");
  EXPECT_TRUE(doc.figures[0].actor_inferred);
  EXPECT_FALSE(doc.figures[0].source.has_value());
}

TEST(FigureStageTest, NoEntitiesNoActor) {
  Document doc = MakeDocument("400 djihadistes ont été tués.", "fr");
  Stage().Annotate(doc);
  ASSERT_EQ(doc.figures.size(), 1u);
  EXPECT_FALSE(doc.figures[0].who_actor.has_value());
}

TEST(FigureStageTest, AmbiguousSidesInferNothing) {
  Document doc = MakeDocument("L'EI et le Hezbollah combattent ; 400 djihadistes ont été tués.", "fr");
  doc.entities.push_back(Entity(doc, "EI", "armed_group", "Islamic State"));
  doc.entities.push_back(Entity(doc, "Hezbollah", "armed_group", "Hezbollah"));
  Stage().Annotate(doc);
  ASSERT_EQ(doc.figures.size(), 1u);
  EXPECT_FALSE(doc.figures[0].who_actor.has_value());
}

TEST(FigureStageTest, BreakdownOverItsTotalIsFlagged) {
  Document doc = MakeDocument(
      "Au total, 200 personnes ont été tuées, dont 123 soldats, 115 combattants et 57 civils.", "fr");
  Stage().Annotate(doc);
  EXPECT_EQ(doc.figures.size(), 4u);
  ASSERT_EQ(doc.flags.size(), 1u);
  EXPECT_EQ(doc.flags[0].kind, "arithmetic");
  EXPECT_EQ(doc.text(Span{doc.flags[0].begin, doc.flags[0].end}),
            "200 personnes ont été tuées, dont 123 soldats, 115 combattants et 57 civils");
}

TEST(FigureStageTest, EnglishDocumentsUseTheEnglishData) {
  Document doc = MakeDocument("At least 30 civilians were killed.", "en");
  Stage().Annotate(doc);
  ASSERT_EQ(doc.figures.size(), 1u);
  EXPECT_EQ(doc.figures[0].qualifier, "at_least");
  EXPECT_EQ(doc.figures[0].low, 30);
  EXPECT_FALSE(doc.figures[0].high.has_value());
  EXPECT_EQ(doc.figures[0].what, "killed");
  EXPECT_EQ(doc.figures[0].who_class, "civilians");
}

TEST(FigureStageTest, MissingDataIsAnError) {
  auto missing = FigureStage::Load("/nonexistent");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("/nonexistent/fr/numbers.patterns"), std::string::npos)
      << missing.status().message();
}

}  // namespace
}  // namespace recoupe
