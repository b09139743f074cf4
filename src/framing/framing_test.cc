#include "framing/framing.h"

#include <tuple>

#include <gtest/gtest.h>

namespace recoupe {
namespace {

const std::string kDataDir = std::string(RECOUPE_SOURCE_DIR) + "/data";

const FramingLexicon& Lexicon() {
  static const FramingLexicon lexicon = FramingLexicon::LoadDir(kDataDir).value();
  return lexicon;
}

uint32_t Total(const FramingCounts& counts, const std::string& referent, const std::string& label) {
  const auto r = counts.find(referent);
  if (r == counts.end()) return 0;
  const auto v = r->second.find(label);
  return v == r->second.end() ? 0 : v->second.total;
}

TEST(Framing, CountsTheVariantsOfAFrenchParagraph) {
  const std::string paragraph =
      "Les djihadistes de Daech ont été chassés de Palmyre dimanche par le régime de Bachar "
      "al-Assad. Selon l'OSDH, 400 djihadistes ont été tués. Les forces gouvernementales, "
      "appuyées par des combattants patriotes, ont annoncé la reprise de la ville, que la "
      "télévision a qualifiée de « libérée » des terroristes. Une unité antiterroriste et des "
      "Terroristes présumés complètent le tableau.";
  const FramingCounts counts = Lexicon().Count(paragraph, "fr");
  EXPECT_EQ(Total(counts, "armed_groups", "djihadistes"), 2u);
  EXPECT_EQ(Total(counts, "armed_groups", "terroristes"), 2u);  // "antiterroriste" is another word
  EXPECT_EQ(Total(counts, "armed_groups", "combattants patriotes"), 1u);
  EXPECT_EQ(Total(counts, "armed_groups", "combattants"), 0u);  // the longer form took them
  EXPECT_EQ(Total(counts, "government_side", "régime"), 1u);
  EXPECT_EQ(Total(counts, "government_side", "forces gouvernementales"), 1u);
  EXPECT_EQ(Total(counts, "taking_town", "reprise"), 1u);
  EXPECT_EQ(Total(counts, "taking_town", "libération"), 1u);
  EXPECT_EQ(Total(counts, "islamic_state", "Daech"), 1u);
  EXPECT_EQ(Total(counts, "killing", "tués"), 1u);
  // Forms are reported as written, accents kept.
  EXPECT_EQ(counts.at("taking_town").at("libération").as_written.at("libérée"), 1u);
  EXPECT_EQ(counts.at("armed_groups").at("terroristes").as_written.at("terroristes"), 2u);
}

TEST(Framing, EnglishSharesTheReferentIds) {
  const FramingCounts counts = Lexicon().Count(
      "Syrian government forces recaptured Palmyra from Islamic State militants, and state TV "
      "spoke of the liberation of the city from terrorists. It is a blow to ISIS.",
      "en");
  EXPECT_EQ(Total(counts, "government_side", "government forces"), 1u);
  EXPECT_EQ(Total(counts, "taking_town", "recapture"), 1u);
  EXPECT_EQ(Total(counts, "taking_town", "liberation"), 1u);
  EXPECT_EQ(Total(counts, "armed_groups", "militants"), 1u);
  EXPECT_EQ(Total(counts, "armed_groups", "terrorists"), 1u);
  EXPECT_EQ(Total(counts, "islamic_state", "Islamic State"), 1u);
  EXPECT_EQ(Total(counts, "islamic_state", "ISIS"), 1u);
  // The French forms do not apply to English text, nor to an unknown language.
  EXPECT_TRUE(Lexicon().Count("les terroristes", "en").empty());
  EXPECT_TRUE(Lexicon().Count("les terroristes", "und").empty());
}

TEST(Framing, CountBodyReadsOnlyBodyBlocks) {
  Document doc;
  doc.language = "fr";
  doc.raw = "Les terroristes en fuite\nLe régime a repris la ville.";
  doc.blocks = {{{0, 24}, BlockKind::kTitle, "", std::nullopt},
                {{25, static_cast<uint32_t>(doc.raw.size())}, BlockKind::kBody, "", std::nullopt}};
  const FramingCounts counts = Lexicon().CountBody(doc);
  EXPECT_EQ(Total(counts, "armed_groups", "terroristes"), 0u);
  EXPECT_EQ(Total(counts, "government_side", "régime"), 1u);
  EXPECT_EQ(Total(counts, "taking_town", "reprise"), 1u);
}

// The word-choice stage: the same occurrences as CountBody, each with its
// span of raw (accents and a two-word form included), in text order.
TEST(Framing, FindInBodyGivesSpansOfRaw) {
  Document doc;
  doc.language = "fr";
  doc.raw =
      "Les terroristes en fuite\n"
      "L'armée syrienne a « libéré » Palmyre des djihadistes.\n"
      "Les forces gouvernementales avancent.";
  const uint32_t second = 25, third = static_cast<uint32_t>(doc.raw.find("Les forces"));
  doc.blocks = {{{0, 24}, BlockKind::kTitle, "", std::nullopt},
                {{second, third - 1}, BlockKind::kBody, "", std::nullopt},
                {{third, static_cast<uint32_t>(doc.raw.size())}, BlockKind::kBody, "", std::nullopt}};
  const std::vector<WordChoice> found = Lexicon().FindInBody(doc);
  ASSERT_EQ(found.size(), 4u);
  const std::vector<std::tuple<std::string, std::string, std::string>> expected = {
      {"armée syrienne", "government_side", "armée syrienne"},
      {"libéré", "taking_town", "libération"},
      {"djihadistes", "armed_groups", "djihadistes"},
      {"forces gouvernementales", "government_side", "forces gouvernementales"}};
  for (size_t i = 0; i < found.size(); ++i) {
    EXPECT_EQ(doc.text({found[i].begin, found[i].end}), std::get<0>(expected[i])) << i;
    EXPECT_EQ(found[i].referent, std::get<1>(expected[i])) << i;
    EXPECT_EQ(found[i].variant, std::get<2>(expected[i])) << i;
    EXPECT_FALSE(found[i].description.empty());
    if (i > 0) EXPECT_GE(found[i].begin, found[i - 1].end);
  }
  size_t counted = 0;
  for (const auto& [referent, variants] : Lexicon().CountBody(doc))
    for (const auto& [label, count] : variants) counted += count.total;
  EXPECT_EQ(counted, found.size());
}

TEST(Framing, ErrorsNameTheFileAndLine) {
  FramingLexicon lexicon;
  Status s = lexicon.Parse("[referent x] y\n", "a.txt", "fr");
  EXPECT_NE(s.message().find("a.txt:1: expected the version line"), std::string::npos) << s.message();
  s = lexicon.Parse("recoupe-framing 1\nrebelles = rebelle\n", "b.txt", "fr");
  EXPECT_NE(s.message().find("b.txt:2: a variant line before any [referent ID] header"),
            std::string::npos)
      << s.message();
  s = lexicon.Parse("recoupe-framing 1\n[referent x] y\nrebelles = rebelle | \n", "c.txt", "fr");
  EXPECT_NE(s.message().find("c.txt:3: empty form"), std::string::npos) << s.message();
  EXPECT_TRUE(lexicon.Parse("recoupe-framing 1\n[referent x] fighters\nrebels = rebel | rebels\n",
                            "d.txt", "en")
                  .ok());
}

}  // namespace
}  // namespace recoupe
