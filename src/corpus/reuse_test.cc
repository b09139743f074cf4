#include "corpus/reuse.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace recoupe::corpus {
namespace {

// A plain-text document: one body block per non-empty line.
Document Article(std::string id, std::string raw) {
  Document doc;
  doc.id = std::move(id);
  doc.raw = std::move(raw);
  uint32_t begin = 0;
  while (begin < doc.raw.size()) {
    size_t end = doc.raw.find('\n', begin);
    if (end == std::string::npos) end = doc.raw.size();
    if (end > begin)
      doc.blocks.push_back({{begin, static_cast<uint32_t>(end)}, BlockKind::kBody, "", {}});
    begin = static_cast<uint32_t>(end + 1);
  }
  return doc;
}

// A wire dispatch in French, three paragraphs.
constexpr std::string_view kFrLead =
    "Les forces gouvernementales ont repris mardi le contrôle du port de Sarnel après dix jours "
    "de combats acharnés contre les rebelles, a annoncé l'état-major dans un communiqué diffusé "
    "en fin de journée.";
constexpr std::string_view kFrToll =
    "Selon un responsable militaire joint par téléphone, au moins quarante-deux combattants ont "
    "été tués et plusieurs dizaines d'autres blessés lors de l'assaut final.";
constexpr std::string_view kFrAid =
    "Les organisations humanitaires redoutent désormais une pénurie de carburant dans toute la "
    "région, où l'acheminement de l'aide dépend presque entièrement des quais du port.";

std::string FrDispatch() {
  return std::string(kFrLead) + "\n" + std::string(kFrToll) + "\n" + std::string(kFrAid) + "\n";
}

// A regional paper running the lead and toll verbatim, as one paragraph with
// typographic apostrophes, between its own opening and closing lines.
std::string FrVerbatimCopy() {
  std::string lead(kFrLead), toll(kFrToll);
  lead.replace(lead.find("'état"), 1, "’");
  toll.replace(toll.find("'autres"), 1, "’");
  return "Le quotidien régional consacre sa une à la situation dans le sud du pays.\n" + lead +
         " " + toll +
         "\nNotre correspondant sur place décrit une ville silencieuse, aux rues désertées par "
         "les habitants.\n";
}

// The same dispatch scraped without apostrophes or line breaks, lightly
// rewritten: words added, dropped and changed.
constexpr std::string_view kFrEditedCopy =
    "Les forces gouvernementales ont repris ce mardi le contrôle du port de Sarnel après dix "
    "jours de violents combats contre les rebelles, a annoncé létat-major dans un communiqué "
    "publié en fin de journée. Selon un responsable militaire joint par téléphone, au moins 42 "
    "combattants ont été tués et plusieurs dizaines dautres blessés lors de lassaut final. Les "
    "ONG redoutent une pénurie de carburant dans toute la région.";

// Another outlet's own article on the same battle: it shares stock phrases
// ("a annoncé l'état-major dans un communiqué", "selon un responsable
// militaire joint par téléphone"), far apart, and nothing longer.
constexpr std::string_view kFrSameTopic =
    "La bataille pour le port de Sarnel aurait fait des centaines de victimes parmi les civils, "
    "a annoncé l'état-major dans un communiqué lu à la télévision publique.\n"
    "Les habitants qui ont fui la ville racontent des nuits entières de bombardements et des "
    "quartiers privés d'électricité depuis plus d'une semaine. Plusieurs familles ont trouvé "
    "refuge dans les villages de l'intérieur, où les écoles servent d'abris.\n"
    "Aucun bilan officiel n'a été publié, mais selon un responsable militaire joint par "
    "téléphone, l'offensive se poursuivra jusqu'à la reprise de tout le littoral.\n";

constexpr std::string_view kEnDispatch =
    "The United Nations said on Thursday that more than 12,000 people had fled the coastal town "
    "of Merrow since the fighting began, most of them women and children.\n"
    "Aid convoys carrying food and medicine were stopped at a checkpoint north of the town for a "
    "second day, a spokesman for the agency told reporters in Geneva. He called on all parties "
    "to allow safe passage for civilians and to respect the ceasefire agreed last month.\n";

constexpr std::string_view kEnEditedCopy =
    "MERROW - The United Nations said Thursday that more than 12,000 people have fled the "
    "coastal town of Merrow since fighting began, most of them women and children. Aid convoys "
    "carrying food and medicines were blocked at a checkpoint north of the town for a second "
    "day, an agency spokesman said.\n";

constexpr std::string_view kEnSameTopic =
    "Government aircraft struck rebel positions around the coastal town of Merrow on Thursday, "
    "residents said, as the army pressed its push towards the harbour.\n"
    "Hospitals in the region are overwhelmed, and most of them women and children, one doctor "
    "said of the wounded he had treated overnight, speaking by telephone.\n"
    "Officials told reporters in Geneva that talks on a new truce could resume next week.\n";

const Reuse* FindPair(const std::vector<Reuse>& found, std::string_view a, std::string_view b) {
  for (const Reuse& reuse : found) {
    if (reuse.a == a && reuse.b == b) return &reuse;
  }
  return nullptr;
}

// Every span starts at a word's first character and ends after its last.
void ExpectWordBounded(const Document& doc, Span span) {
  ASSERT_LT(span.begin, span.end);
  ASSERT_LE(span.end, doc.raw.size());
  const auto is_word_byte = [](char c) {
    return static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c));
  };
  EXPECT_TRUE(is_word_byte(doc.raw[span.begin])) << doc.text(span);
  EXPECT_TRUE(is_word_byte(doc.raw[span.end - 1])) << doc.text(span);
  if (span.begin > 0) {
    EXPECT_FALSE(std::isalnum(static_cast<unsigned char>(doc.raw[span.begin - 1])));
  }
  if (span.end < doc.raw.size()) {
    EXPECT_FALSE(std::isalnum(static_cast<unsigned char>(doc.raw[span.end])));
  }
}

TEST(FindReuse, VerbatimCopyAcrossLineBreaks) {
  const std::vector<Document> docs = {Article("dispatch", FrDispatch()),
                                      Article("verbatim", FrVerbatimCopy())};
  const std::vector<Reuse> found = FindReuse(docs);
  ASSERT_EQ(found.size(), 1u);
  const Reuse& reuse = found[0];
  EXPECT_EQ(reuse.a, "dispatch");
  EXPECT_EQ(reuse.b, "verbatim");
  EXPECT_FALSE(reuse.original.has_value());
  ASSERT_EQ(reuse.passages.size(), 1u);
  const std::string lead(kFrLead), toll(kFrToll);
  const std::string shared = lead + "\n" + toll.substr(0, toll.size() - 1);  // up to "final"
  EXPECT_EQ(docs[0].text(reuse.passages[0].a), shared);
  const std::string_view b_text = docs[1].text(reuse.passages[0].b);
  EXPECT_TRUE(b_text.starts_with("Les forces gouvernementales ont repris mardi")) << b_text;
  EXPECT_TRUE(b_text.ends_with("d’autres blessés lors de l'assaut final")) << b_text;
  // The copy (the shorter body) is mostly the dispatch's lead and toll.
  EXPECT_GT(reuse.score, 0.55);
  EXPECT_LT(reuse.score, 0.75);
}

TEST(FindReuse, LightlyEditedCopyWithoutApostrophesOrBreaks) {
  const std::vector<Document> docs = {Article("dispatch", FrDispatch()),
                                      Article("edited", std::string(kFrEditedCopy))};
  const std::vector<Reuse> found = FindReuse(docs);
  ASSERT_EQ(found.size(), 1u);
  ASSERT_EQ(found[0].passages.size(), 1u);
  const std::string_view a_text = docs[0].text(found[0].passages[0].a);
  const std::string_view b_text = docs[1].text(found[0].passages[0].b);
  EXPECT_TRUE(a_text.starts_with("Les forces gouvernementales")) << a_text;
  EXPECT_TRUE(a_text.ends_with("carburant dans toute la région")) << a_text;
  EXPECT_TRUE(b_text.starts_with("Les forces gouvernementales")) << b_text;
  EXPECT_TRUE(b_text.ends_with("carburant dans toute la région")) << b_text;
  EXPECT_GT(found[0].score, 0.95);  // the whole edited copy
}

TEST(FindReuse, EnglishEditedCopyStopsWhereTheWordingParts) {
  const std::vector<Document> docs = {Article("wire", std::string(kEnDispatch)),
                                      Article("paper", std::string(kEnEditedCopy))};
  const std::vector<Reuse> found = FindReuse(docs);
  ASSERT_EQ(found.size(), 1u);
  ASSERT_EQ(found[0].passages.size(), 1u);
  const std::string_view a_text = docs[0].text(found[0].passages[0].a);
  const std::string_view b_text = docs[1].text(found[0].passages[0].b);
  EXPECT_TRUE(a_text.starts_with("The United Nations said on Thursday")) << a_text;
  EXPECT_TRUE(a_text.ends_with("for a second day")) << a_text;
  EXPECT_TRUE(b_text.starts_with("The United Nations said Thursday")) << b_text;
  EXPECT_TRUE(b_text.ends_with("for a second day")) << b_text;
}

TEST(FindReuse, SameTopicWithStockPhrasesOnlyIsNotReuse) {
  const std::vector<Document> docs = {
      Article("fr-dispatch", FrDispatch()), Article("fr-other", std::string(kFrSameTopic)),
      Article("en-wire", std::string(kEnDispatch)), Article("en-other", std::string(kEnSameTopic))};
  EXPECT_TRUE(FindReuse(docs).empty());
}

TEST(FindReuse, PairsInInputOrderAndSpansOnWords) {
  const std::vector<Document> docs = {Article("edited", std::string(kFrEditedCopy)),
                                      Article("other", std::string(kFrSameTopic)),
                                      Article("dispatch", FrDispatch()),
                                      Article("verbatim", FrVerbatimCopy()),
                                      Article("wire", std::string(kEnDispatch)),
                                      Article("paper", std::string(kEnEditedCopy))};
  const std::vector<Reuse> found = FindReuse(docs);
  ASSERT_EQ(found.size(), 4u);
  EXPECT_NE(FindPair(found, "edited", "dispatch"), nullptr);
  EXPECT_NE(FindPair(found, "edited", "verbatim"), nullptr);
  EXPECT_NE(FindPair(found, "dispatch", "verbatim"), nullptr);
  EXPECT_NE(FindPair(found, "wire", "paper"), nullptr);
  for (const Reuse& reuse : found) {
    const auto by_id = [&](std::string_view id) -> const Document& {
      for (const Document& doc : docs) {
        if (doc.id == id) return doc;
      }
      throw std::logic_error("unknown id");
    };
    EXPECT_GT(reuse.score, 0);
    EXPECT_LE(reuse.score, 1);
    for (const ReusedPassage& passage : reuse.passages) {
      ExpectWordBounded(by_id(reuse.a), passage.a);
      ExpectWordBounded(by_id(reuse.b), passage.b);
    }
  }
}

TEST(FindReuse, OnlyBodyTextCounts) {
  std::vector<Document> docs = {Article("one", FrDispatch()), Article("two", FrDispatch())};
  for (Block& block : docs[1].blocks) block.kind = BlockKind::kComments;
  EXPECT_TRUE(FindReuse(docs).empty());
  docs[1].blocks[1].kind = BlockKind::kSubtitle;  // the toll paragraph is body again
  const std::vector<Reuse> found = FindReuse(docs);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(docs[1].text(found[0].passages[0].b),
            std::string(kFrToll).substr(0, kFrToll.size() - 1));
  EXPECT_DOUBLE_EQ(found[0].score, 1.0);
}

TEST(FindReuse, ShinglesInTooManyDocumentsProposeNoPair) {
  const std::vector<Document> docs = {Article("a", FrDispatch()), Article("b", FrDispatch()),
                                      Article("c", FrDispatch())};
  ReuseOptions options;
  options.max_documents_per_shingle = 2;  // every shingle is in all three
  EXPECT_TRUE(FindReuse(docs, options).empty());
  options.max_documents_per_shingle = 3;
  EXPECT_EQ(FindReuse(docs, options).size(), 3u);
}

TEST(FindReuse, IndexingInSeveralPassesFindsTheSame) {
  const std::vector<Document> docs = {Article("a", FrDispatch()), Article("b", FrVerbatimCopy()),
                                      Article("c", std::string(kFrEditedCopy)),
                                      Article("d", std::string(kEnDispatch)),
                                      Article("e", std::string(kEnEditedCopy))};
  ReuseOptions small_passes;
  small_passes.max_postings_per_pass = 16;
  const std::vector<Reuse> in_one = FindReuse(docs);
  const std::vector<Reuse> in_many = FindReuse(docs, small_passes);
  ASSERT_EQ(in_one.size(), in_many.size());
  for (size_t i = 0; i < in_one.size(); ++i) {
    EXPECT_EQ(in_one[i].a, in_many[i].a);
    EXPECT_EQ(in_one[i].b, in_many[i].b);
    EXPECT_EQ(in_one[i].passages.size(), in_many[i].passages.size());
    EXPECT_DOUBLE_EQ(in_one[i].score, in_many[i].score);
  }
}

// Thirty outlets relaying one dispatch: each keeps its closest partners, so
// the pairs grow with the outlets, not with their square, and every copy
// stays linked to the others.
TEST(FindReuse, ADispatchRelayedByManyOutletsMakesLinearPairs) {
  std::vector<Document> docs;
  for (int i = 0; i < 30; ++i) docs.push_back(Article("outlet-" + std::to_string(i), FrDispatch()));
  ReuseOptions options;
  options.max_partners_per_document = 4;
  const std::vector<Reuse> pairs = FindReuse(docs, options);
  EXPECT_LE(pairs.size(), 4u * 30u);
  EXPECT_GE(pairs.size(), 30u - 1u);
  // Connected: a walk from the first copy reaches all thirty.
  std::vector<bool> reached(docs.size(), false);
  reached[0] = true;
  for (bool grew = true; grew;) {
    grew = false;
    for (const Reuse& r : pairs) {
      const size_t a = std::stoul(r.a.substr(7)), b = std::stoul(r.b.substr(7));
      if (reached[a] != reached[b]) reached[a] = reached[b] = grew = true;
    }
  }
  EXPECT_EQ(std::count(reached.begin(), reached.end(), true), 30);
  options.max_partners_per_document = 0;  // no limit: every pair
  EXPECT_EQ(FindReuse(docs, options).size(), 30u * 29u / 2u);
}

}  // namespace
}  // namespace recoupe::corpus
