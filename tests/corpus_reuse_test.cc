// Copied text across the five seed articles (the shared SEEDS-READING.md,
// "Sources, copying and framing"): 001 and 004 relay one dispatch. What the
// two share word for word, give or take a few words, is the OSDH's sentence
// on the army engineers defusing bombs and mines in the ancient city. Their
// Mosul and Kobané sentences tell the same facts in other words ("son fief
// de Mossoul, la deuxième ville du pays" / "la ville de Mossoul, seconde
// ville du pays"): rewording, which word alignment does not report. The
// other pairs share only stock phrases ("selon le ministère russe de la
// Défense", "repris la totalité de la ville de Palmyre"), shorter than a
// passage. Skips when the shared corpus is absent.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "corpus/reuse.h"
#include "test_support.h"

namespace recoupe {
namespace {

using recoupe::testing::FindDocument;
using recoupe::testing::SeedsTestBase;

constexpr std::string_view k001 = "001_4cb14d4706432b3e";
constexpr std::string_view k004 = "004_cffaba008c6f17dc";

class SeedsReuseTest : public SeedsTestBase {
 protected:
  static const std::vector<Reuse>& Found() {
    static const std::vector<Reuse> found = corpus::FindReuse(dossier_->documents);
    return found;
  }
};

TEST_F(SeedsReuseTest, OnlyThePairRelayingOneDispatchSharesText) {
  std::vector<std::string> pairs;
  for (const Reuse& reuse : Found()) pairs.push_back(reuse.a + " " + reuse.b);
  EXPECT_EQ(pairs, std::vector<std::string>{std::string(k001) + " " + std::string(k004)});
}

TEST_F(SeedsReuseTest, NothingSharedWithTheDecemberArticle) {
  for (const Reuse& reuse : Found()) {
    EXPECT_FALSE(reuse.a.starts_with("002_") || reuse.b.starts_with("002_"))
        << reuse.a << " " << reuse.b;
  }
}

TEST_F(SeedsReuseTest, TheDeminingSentenceIsOnePassage) {
  ASSERT_EQ(Found().size(), 1u);
  const Reuse& reuse = Found()[0];
  const Document* a = FindDocument(*dossier_, k001);
  const Document* b = FindDocument(*dossier_, k004);
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  ASSERT_EQ(reuse.passages.size(), 1u);
  // "sont en train de" / "ont du" and the added "placées" are edits inside it.
  EXPECT_EQ(a->text(reuse.passages[0].a),
            "Les unités d'ingénierie de l'armée sont en train de désamorcer des dizaines de bombes "
            "et de mines à l'intérieur de la cité antique");
  EXPECT_EQ(
      b->text(reuse.passages[0].b),
      "les unités d'ingénierie de l'armée ont du désamorcer des dizaines de bombes et de mines "
      "placées à l'intérieur de la cité antique");
  // One sentence of 001's body, the shorter of the two.
  EXPECT_GT(reuse.score, 0.03);
  EXPECT_LT(reuse.score, 0.15);
  EXPECT_FALSE(reuse.original.has_value());  // the corpus stage decides it from the dates
}

}  // namespace
}  // namespace recoupe
