#include "corpus/reuse_words.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace recoupe::corpus::reuse_internal {
namespace {

Document BodyOf(std::string raw) {
  Document doc;
  doc.raw = std::move(raw);
  doc.blocks.push_back({{0, static_cast<uint32_t>(doc.raw.size())}, BlockKind::kBody, "", {}});
  return doc;
}

std::vector<WordHash> Hashes(const std::string& text) {
  std::vector<WordHash> hashes;
  ScanBodyWords(BodyOf(text), &hashes, nullptr);
  return hashes;
}

std::vector<std::string> WordTexts(const Document& doc) {
  std::vector<Span> spans;
  ScanBodyWords(doc, nullptr, &spans);
  std::vector<std::string> texts;
  for (const Span& span : spans) texts.emplace_back(doc.text(span));
  return texts;
}

TEST(ReuseWords, CaseDiacriticsAndApostrophesFold) {
  EXPECT_EQ(Hashes("L'Agence d’un Élysée"), Hashes("lagence dun ELYSEE"));
  EXPECT_EQ(Hashes("Kobané cœur"), Hashes("kobane coeur"));
  EXPECT_NE(Hashes("l'agence"), Hashes("la agence"));
  EXPECT_EQ(Hashes("l'agence").size(), 1u);
}

TEST(ReuseWords, FoldsLikeTheSegmentStageInAndBeyondLatinLetters) {
  EXPECT_EQ(Hashes("ÉLYSÉE Œuvre Straße Łódź Ærø ĐẠI"),
            Hashes("elysee oeuvre strasse lodz aero dai"));
  EXPECT_EQ(Hashes("Αθήνα Κίεβο"), Hashes("αθηνα κιεβο"));  // Greek: beyond the Latin table
  EXPECT_EQ(Hashes("Kobane\u0301"), Hashes("kobane"));      // a combining accent
  EXPECT_NE(Hashes("Łódź"), Hashes("lodzz"));
}

TEST(ReuseWords, SpansAreLettersAndDigitsRuns) {
  const Document doc =
      BodyOf("« L’armée a tué 12 000 djihadistes », dit-il ; d' habitants (Ki-moon).");
  EXPECT_EQ(WordTexts(doc),
            (std::vector<std::string>{"L’armée", "a", "tué", "12", "000", "djihadistes", "dit",
                                      "il", "d", "habitants", "Ki", "moon"}));
}

TEST(ReuseWords, OnlyBodyKindsAreRead) {
  Document doc;
  doc.raw = "Titre du jour\nPremier paragraphe.\nAcceptez les cookies\nSous-titre maison";
  const auto line = [&](std::string_view text) {
    const auto begin = static_cast<uint32_t>(doc.raw.find(text));
    return Span{begin, begin + static_cast<uint32_t>(text.size())};
  };
  doc.blocks = {{line("Titre du jour"), BlockKind::kTitle, "", {}},
                {line("Premier paragraphe."), BlockKind::kBody, "", {}},
                {line("Acceptez les cookies"), BlockKind::kCookie, "", {}},
                {line("Sous-titre maison"), BlockKind::kHeading, "", {}}};
  EXPECT_EQ(WordTexts(doc),
            (std::vector<std::string>{"Premier", "paragraphe", "Sous", "titre", "maison"}));
}

TEST(ReuseWords, ShingleHashDependsOnEveryWordAndOrder) {
  const std::vector<WordHash> words = Hashes("un deux trois quatre un deux trois quatre cinq");
  const std::span<const WordHash> all(words);
  EXPECT_EQ(ShingleHash(all.subspan(0, 4)), ShingleHash(all.subspan(4, 4)));
  EXPECT_NE(ShingleHash(all.subspan(0, 4)), ShingleHash(all.subspan(5, 4)));
  const std::vector<WordHash> swapped = Hashes("deux un trois quatre");
  EXPECT_NE(ShingleHash(all.subspan(0, 4)), ShingleHash(swapped));
}

}  // namespace
}  // namespace recoupe::corpus::reuse_internal
