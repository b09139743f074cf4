#include "util/phrase_sets.h"

#include <gtest/gtest.h>

namespace recoupe {
namespace {

constexpr std::string_view kCues =
    "recoupe-corpus-cues 1\n"
    "# comment\n"
    "[set happening:capture]\n"
    "repris\n"
    "s'est achevée\n"
    "reconquis*\n"
    "[set scope:P1D]\n"
    "en une seule journée\n";

TEST(PhraseSets, FindsFoldedPhrasesAndPrefixes) {
  auto sets = PhraseSets::Parse(kCues, "corpus-cues", "cues.txt");
  ASSERT_TRUE(sets.ok()) << sets.status().message();
  const std::string text = "L’offensive s’est ACHEVÉE samedi ; la ville, reconquise, fut reprise.";
  const auto words = FoldedWords(text);
  const auto hits = sets.value().Find(words);
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(sets.value().set_name(hits[0].set), "happening:capture");
  EXPECT_EQ(text.substr(words[hits[0].first_word].begin,
                        words[hits[0].end_word - 1].end - words[hits[0].first_word].begin),
            "s’est ACHEVÉE");
  EXPECT_EQ(words[hits[1].first_word].folded, "reconquise");
  EXPECT_EQ(sets.value().FindSet("scope:P1D"), 1);
  EXPECT_EQ(sets.value().Phrases(0).size(), 3u);
}

TEST(PhraseSets, ErrorsNameTheFileAndLine) {
  auto no_version = PhraseSets::Parse("[set x]\nfoo\n", "corpus-cues", "a.txt");
  ASSERT_FALSE(no_version.ok());
  EXPECT_NE(no_version.status().message().find("a.txt:1:"), std::string::npos);
  auto orphan = PhraseSets::Parse("recoupe-corpus-cues 1\nfoo\n", "corpus-cues", "b.txt");
  ASSERT_FALSE(orphan.ok());
  EXPECT_NE(orphan.status().message().find("b.txt:2:"), std::string::npos);
  auto short_prefix = PhraseSets::Parse("recoupe-corpus-cues 1\n[set x]\nab*\n", "corpus-cues", "c.txt");
  EXPECT_FALSE(short_prefix.ok());
}

}  // namespace
}  // namespace recoupe
