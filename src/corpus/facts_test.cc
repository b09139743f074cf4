#include "corpus/facts.h"

#include <gtest/gtest.h>

namespace recoupe::corpus {
namespace {

Figure Count(double low, std::optional<double> high, std::string qualifier,
             std::optional<std::string> source = std::nullopt) {
  Figure f;
  f.low = low;
  f.high = high;
  f.qualifier = std::move(qualifier);
  f.what = "killed";
  f.who_class = "fighters";
  f.source = std::move(source);
  return f;
}

// A dossier of one event whose documents each report the given figures;
// every figure sits in its own sentence unless `same_sentence`.
struct Fixture {
  Dossier dossier;
  std::vector<FigureRef> refs;

  explicit Fixture(const std::vector<std::vector<Figure>>& per_document, bool same_sentence = false) {
    dossier.events.push_back(Event{.id = "ev-1"});
    for (size_t d = 0; d < per_document.size(); ++d) {
      Document doc;
      doc.id = "doc" + std::to_string(d);
      doc.raw = std::string(200, 'x');
      for (size_t k = 0; k < per_document[d].size(); ++k) {
        Figure f = per_document[d][k];
        f.begin = static_cast<uint32_t>(10 * k);
        f.end = f.begin + 5;
        doc.figures.push_back(f);
        refs.push_back({static_cast<uint32_t>(d), static_cast<uint32_t>(k), 0, std::nullopt,
                        same_sentence ? 0u : static_cast<uint32_t>(10 * k), 0});
      }
      dossier.documents.push_back(std::move(doc));
    }
  }
  std::vector<Fact> Reconcile(std::vector<std::pair<uint32_t, uint32_t>> linked = {},
                              EstimateRule rule = EstimateRule::kMedian) const {
    return ReconcileFacts(dossier, refs, linked, rule);
  }
};

TEST(ReconcileFacts, EqualExactCountsAgree) {
  Fixture f({{Count(400, 400, "exact", "Observatory")}, {Count(400, 400, "exact")}});
  const auto facts = f.Reconcile();
  ASSERT_EQ(facts.size(), 1u);
  EXPECT_EQ(facts[0].status, "agree");
  EXPECT_EQ(facts[0].independent_sources, 2u);
  EXPECT_EQ(facts[0].estimate.best.value_or(0), 400);
}

TEST(ReconcileFacts, CopiedTextMakesOneWitness) {
  Fixture f({{Count(400, 400, "exact", "Observatory")}, {Count(400, 400, "exact")}});
  const auto facts = f.Reconcile({{0, 1}});
  ASSERT_EQ(facts.size(), 1u);
  EXPECT_EQ(facts[0].independent_sources, 1u);
  EXPECT_EQ(facts[0].reports[1].witness, 0u);
}

// Two outlets each copying a third that does not give the figure: one
// dispatch, one witness.
TEST(ReconcileFacts, CopiesOfOneDispatchAreOneWitnessThroughAnotherCopy) {
  Fixture f({{Count(400, 400, "exact")}, {Count(400, 400, "exact")}, {}});
  const auto facts = f.Reconcile({{0, 2}, {1, 2}});
  ASSERT_EQ(facts.size(), 1u);
  EXPECT_EQ(facts[0].independent_sources, 1u);
}

TEST(ReconcileFacts, TheSameSourceRelayedTwiceIsOneWitness) {
  Fixture f({{Count(300, std::nullopt, "more_than", "Ministry")},
             {Count(300, std::nullopt, "at_least", "Ministry")},
             {Count(320, 320, "exact", "Monitor")}});
  const auto facts = f.Reconcile();
  ASSERT_EQ(facts.size(), 1u);
  EXPECT_EQ(facts[0].independent_sources, 2u);
  EXPECT_EQ(facts[0].status, "compatible");
  EXPECT_EQ(facts[0].estimate.low.value_or(0), 300);
  // "plus de 300" stays below the exact 320: 320 bounds the estimate.
  EXPECT_EQ(facts[0].estimate.high.value_or(0), 320);
  Fixture open({{Count(300, std::nullopt, "more_than", "Ministry")}, {Count(250, 250, "exact")}});
  EXPECT_FALSE(open.Reconcile()[0].estimate.high.has_value());
}

TEST(ReconcileFacts, ApproximateCountLeaningBelowConflictsWithAHigherExactOne) {
  Fixture f({{Count(3250, 3250, "exact")}, {Count(3000, 3000, "approx")}});
  f.refs[1].leaning = -1;  // "près de 3 000"
  EXPECT_EQ(f.Reconcile()[0].status, "conflict");
  f.refs[1].leaning = 0;  // "environ 3 000": ±10%
  EXPECT_EQ(f.Reconcile()[0].status, "compatible");
}

TEST(ReconcileFacts, MedianOrConservativeBestValue) {
  Fixture f({{Count(100, 100, "exact", "A")}, {Count(150, 150, "exact", "B")},
             {Count(120, 120, "exact", "C")}});
  EXPECT_EQ(f.Reconcile()[0].estimate.best.value_or(0), 120);
  EXPECT_EQ(f.Reconcile({}, EstimateRule::kConservative)[0].estimate.best.value_or(0), 100);
  EXPECT_EQ(f.Reconcile()[0].status, "conflict");
}

TEST(ReconcileFacts, CountsFarApartAreDifferentFacts) {
  Fixture f({{Count(400, 400, "exact")}, {Count(100, 100, "exact")}});
  EXPECT_EQ(f.Reconcile().size(), 2u);
}

TEST(ReconcileFacts, ItemsOfOneSentenceStaySeparate) {
  Fixture f({{Count(4, 4, "exact"), Count(3, 3, "exact"), Count(5, 5, "exact")}}, true);
  const auto facts = f.Reconcile();
  EXPECT_EQ(facts.size(), 3u);
  for (const Fact& fact : facts) EXPECT_EQ(fact.status, "single");
}

// One article: 53 killed at one camp, 38 at another a month before (two
// sentences). Another article gives 53: it joins the first, and nothing is
// in conflict. The same article may repeat a count in words that agree
// ("au moins 53", then "53").
TEST(ReconcileFacts, OneDocumentsIncompatibleCountsAreTwoHappenings) {
  Fixture f({{Count(53, 53, "exact"), Count(38, 38, "exact"), Count(53, std::nullopt, "at_least")},
             {Count(53, 53, "exact")}});
  const auto facts = f.Reconcile();
  ASSERT_EQ(facts.size(), 2u);
  for (const Fact& fact : facts) EXPECT_NE(fact.status, "conflict");
  EXPECT_EQ(facts[0].reports.size(), 3u);  // 53, at least 53, 53
  EXPECT_EQ(facts[0].status, "compatible");
  EXPECT_EQ(facts[1].reports.size(), 1u);  // 38
  EXPECT_EQ(facts[1].estimate.best.value_or(0), 38);
}

// Across documents, the same counts still conflict.
TEST(ReconcileFacts, TwoDocumentsIncompatibleCountsConflict) {
  Fixture f({{Count(53, 53, "exact")}, {Count(38, 38, "exact")}});
  const auto facts = f.Reconcile();
  ASSERT_EQ(facts.size(), 1u);
  EXPECT_EQ(facts[0].status, "conflict");
}

TEST(ReconcileFacts, VagueCountsAlignButNeverMakeTheBestValue) {
  Fixture f({{Count(20, 99, "vague")}, {Count(30, 30, "exact")}});
  const auto facts = f.Reconcile();
  ASSERT_EQ(facts.size(), 1u);
  EXPECT_EQ(facts[0].estimate.best.value_or(0), 30);
  EXPECT_EQ(facts[0].estimate.high.value_or(0), 99);
  Fixture only_vague({{Count(20, 99, "vague")}});
  EXPECT_FALSE(only_vague.Reconcile()[0].estimate.best.has_value());
}

}  // namespace
}  // namespace recoupe::corpus
