// The corpus stage on the seed articles: what SEEDS-READING.md says of
// events, facts, sources, copying and conflicts.
#include <gtest/gtest.h>

#include <algorithm>

#include "test_support.h"

namespace recoupe {
namespace {

using recoupe::testing::CrossCheckedSeeds;
using recoupe::testing::FindDocument;
using recoupe::testing::SeedsDir;

constexpr const char* k000 = "000_dea4a13b925a10bc";
constexpr const char* k001 = "001_4cb14d4706432b3e";
constexpr const char* k002 = "002_40582ffb7e87ae60";
constexpr const char* k003 = "003_886db4b57061b3a8";
constexpr const char* k004 = "004_cffaba008c6f17dc";

class SeedsCrossCheck : public ::testing::Test {
 protected:
  void SetUp() override {
    RECOUPE_SKIP_WITHOUT_SEEDS();
    dossier_ = &CrossCheckedSeeds();
  }
  const Event* EventOf(const std::string& document) const {
    for (const Event& e : dossier_->events)
      if (std::find(e.documents.begin(), e.documents.end(), document) != e.documents.end())
        return &e;
    return nullptr;
  }
  // The fact of event `event` with `what`/`who_class` holding a report of
  // `document` whose text is `text`.
  const Fact* FactWith(const std::string& document, const std::string& text) const {
    const Document* doc = FindDocument(*dossier_, document);
    for (const Fact& f : dossier_->facts)
      for (const FactReport& r : f.reports)
        if (r.document == document && doc->text({r.begin, r.end}) == text) return &f;
    return nullptr;
  }
  bool HasReport(const Fact& fact, const std::string& document, const std::string& text) const {
    const Document* doc = FindDocument(*dossier_, document);
    return std::any_of(fact.reports.begin(), fact.reports.end(), [&](const FactReport& r) {
      return r.document == document && doc->text({r.begin, r.end}) == text;
    });
  }
  const DossierFlag* FlagOf(const std::string& kind, const std::string& document,
                            const std::string& text) const {
    const Document* doc = FindDocument(*dossier_, document);
    for (const DossierFlag& f : dossier_->flags)
      if (f.kind == kind && f.document == document && doc->text({f.begin, f.end}) == text) return &f;
    return nullptr;
  }
  const Dossier* dossier_ = nullptr;
};

TEST_F(SeedsCrossCheck, TwoEventsAtPalmyraNineMonthsApart) {
  ASSERT_EQ(dossier_->events.size(), 2u);
  const Event* march = EventOf(k001);
  const Event* december = EventOf(k002);
  ASSERT_NE(march, nullptr);
  ASSERT_NE(december, nullptr);
  EXPECT_NE(march, december);
  // 003 was written before the end of the battle, 000 cannot date itself:
  // both join the March event.
  EXPECT_EQ(EventOf(k000), march);
  EXPECT_EQ(EventOf(k003), march);
  EXPECT_EQ(EventOf(k004), march);
  EXPECT_EQ(december->documents, std::vector<std::string>{k002});
  EXPECT_EQ(march->where.front().name, "Palmyra");
  EXPECT_EQ(december->where.front().name, "Palmyra");
  EXPECT_EQ(march->earliest.value_or(""), "2016-03-07");
  EXPECT_EQ(march->latest.value_or(""), "2016-03-27");
  EXPECT_EQ(december->earliest.value_or(""), "2016-12-08");
  EXPECT_EQ(december->latest.value_or(""), "2016-12-11");
  EXPECT_EQ(march->id, "ev-1");
  // 002 recalls the March recapture: it reports both events, December first.
  const Document* doc002 = FindDocument(*dossier_, k002);
  EXPECT_EQ(doc002->events, (std::vector<std::string>{december->id, march->id}));
}

TEST_F(SeedsCrossCheck, UndatedArticleTakesItsDateFromItsEvent) {
  const Document* doc = FindDocument(*dossier_, k000);
  EXPECT_EQ(doc->published.basis, "event");
  EXPECT_EQ(doc->published.value.value_or(""), "2016-03-27");
  // Its "ce dimanche" is then resolved against that day.
  const auto sunday = std::find_if(doc->dates.begin(), doc->dates.end(), [&](const DateMention& d) {
    return doc->text({d.begin, d.end}) == "ce dimanche";
  });
  ASSERT_NE(sunday, doc->dates.end());
  EXPECT_EQ(sunday->value, "2016-03-27");
  EXPECT_EQ(sunday->anchor, "event");
}

TEST_F(SeedsCrossCheck, TheFactsTableOfTheSeedsReading) {
  // IS fighters killed in the battle: 400 in 001 (OSDH) and 004.
  const Fact* killed = FactWith(k001, "400 djihadistes");
  ASSERT_NE(killed, nullptr);
  EXPECT_TRUE(HasReport(*killed, k004, "400 jihadistes"));
  EXPECT_EQ(killed->status, "agree");
  EXPECT_EQ(killed->estimate.best.value_or(0), 400);
  // Pro-government forces killed: about 190 (OSDH, hedged) and 188.
  const Fact* loyalists = FactWith(k001, "près de 190 victimes");
  ASSERT_NE(loyalists, nullptr);
  EXPECT_TRUE(HasReport(*loyalists, k004, "188 soldats"));
  EXPECT_EQ(loyalists->status, "compatible");
  EXPECT_EQ(loyalists->estimate.low.value_or(0), 188);
  EXPECT_EQ(loyalists->estimate.high.value_or(0), 190);
  // 001 and 004 relay one dispatch (they share copied text): one witness each.
  EXPECT_EQ(killed->independent_sources, 1u);
  EXPECT_EQ(loyalists->independent_sources, 1u);
  // Russian sorties in 24 hours: 40 and "plus de 40".
  const Fact* sorties = FactWith(k001, "40 sorties");
  ASSERT_NE(sorties, nullptr);
  EXPECT_TRUE(HasReport(*sorties, k004, "plus de 40 raids"));
  EXPECT_EQ(sorties->status, "compatible");
  EXPECT_EQ(sorties->scope.value_or(""), "P1D");
  // Targets hit in those 24 hours: 158 and 158.
  const Fact* targets = FactWith(k001, "158 objectifs");
  ASSERT_NE(targets, nullptr);
  EXPECT_TRUE(HasReport(*targets, k004, "158 cibles"));
  EXPECT_EQ(targets->status, "agree");
  // IS fighters killed in those 24 hours: "une centaine" and "plus de 100".
  const Fact* day_toll = FactWith(k001, "une centaine de djihadistes");
  ASSERT_NE(day_toll, nullptr);
  EXPECT_NE(day_toll, killed);
  EXPECT_TRUE(HasReport(*day_toll, k004, "plus de 100 terroristes"));
  EXPECT_EQ(day_toll->status, "compatible");
  // 002 alone: "plus de 300" and "au moins 300" are compatible.
  const Fact* december_toll = FactWith(k002, "plus de 300 terroristes");
  ASSERT_NE(december_toll, nullptr);
  EXPECT_TRUE(HasReport(*december_toll, k002, "au moins 300 terroristes"));
  EXPECT_EQ(december_toll->status, "compatible");
  EXPECT_NE(december_toll->event, killed->event);
  // 003 alone: a range of sorties per day, not the 24-hour count.
  const Fact* rate = FactWith(k003, "entre vingt et vingt-cinq sorties");
  ASSERT_NE(rate, nullptr);
  EXPECT_NE(rate, sorties);
  EXPECT_EQ(rate->status, "single");
  // The items of 004's enumeration are four facts, not one in conflict.
  const Fact* tanks = FactWith(k004, "quatre chars");
  ASSERT_NE(tanks, nullptr);
  EXPECT_EQ(tanks->reports.size(), 1u);
  for (const Fact& f : dossier_->facts) EXPECT_NE(f.status, "conflict") << f.id;
}

TEST_F(SeedsCrossCheck, PerDocumentFlagsAreGathered) {
  EXPECT_NE(FlagOf("date_anachronism", k003, "le 30 septembre 2016"), nullptr);
  EXPECT_NE(FlagOf("duration_mismatch", k004, "trois mois à peine après"), nullptr);
}

TEST_F(SeedsCrossCheck, CopiedTextBetween001And004IsFlagged) {
  const auto flag = std::find_if(dossier_->flags.begin(), dossier_->flags.end(),
                                 [](const DossierFlag& f) { return f.kind == "copied_text"; });
  ASSERT_NE(flag, dossier_->flags.end());
  // Neither is known to be the original (their publication windows
  // overlap): the flag stands on one of the pair and names the other.
  const std::string other = flag->document == k004 ? k001 : k004;
  EXPECT_TRUE(flag->document == k004 || flag->document == k001) << flag->document;
  EXPECT_EQ(flag->related, std::vector<std::string>{other});
}

TEST_F(SeedsCrossCheck, SaturdayAgainstSundayForTheEndOfTheBattle) {
  const DossierFlag* flag = FlagOf("cross_source_conflict", k004, "samedi dernier");
  ASSERT_NE(flag, nullptr);
  EXPECT_NE(std::find(flag->related.begin(), flag->related.end(), k001), flag->related.end());
  // Nothing else is in conflict between the seeds.
  const size_t conflicts = std::count_if(dossier_->flags.begin(), dossier_->flags.end(),
                                         [](const DossierFlag& f) { return f.kind == "cross_source_conflict"; });
  EXPECT_EQ(conflicts, 1u);
}

TEST_F(SeedsCrossCheck, TimelineOfTheMarchEventIsInOrder) {
  std::vector<std::string> march_days;
  for (const TimelineEntry& t : dossier_->timeline)
    if (t.event == "ev-1" && t.date.size() == 10) march_days.push_back(t.date);
  EXPECT_TRUE(std::is_sorted(march_days.begin(), march_days.end()));
  for (const char* day : {"2016-03-07", "2016-03-14", "2016-03-15", "2016-03-26", "2016-03-27"})
    EXPECT_NE(std::find(march_days.begin(), march_days.end(), day), march_days.end()) << day;
}

TEST_F(SeedsCrossCheck, TimelineKeepsContextApartAndDropsWhatCannotBe) {
  const TimelineEntry* capture_2015 = nullptr;
  for (const TimelineEntry& t : dossier_->timeline) {
    // 003's "le 30 septembre 2016", told in the past in March 2016, is flagged,
    // not a happening.
    EXPECT_NE(t.date, "2016-09-30");
    // "Neuf mois plus tard, le 8 décembre" is the day, not also the month.
    if (t.event == "ev-2") EXPECT_NE(t.date, "2016-12");
    if (t.event == "ev-1" && t.date == "2015-05") capture_2015 = &t;
    if (t.event == "ev-1" && t.date >= "2016-03-07" && t.date <= "2016-03-27")
      EXPECT_FALSE(t.background) << t.date;
    // Every entry points at the date expressions that state it.
    ASSERT_FALSE(t.mentions.empty()) << t.date;
    for (const DocumentSpan& m : t.mentions) {
      const Document* doc = FindDocument(*dossier_, m.document);
      ASSERT_NE(doc, nullptr);
      EXPECT_NE(std::find(t.documents.begin(), t.documents.end(), m.document), t.documents.end());
      EXPECT_LT(m.begin, m.end);
    }
  }
  // The capture of May 2015 is recalled as background of the March 2016 event.
  ASSERT_NE(capture_2015, nullptr);
  EXPECT_TRUE(capture_2015->background);
  const DocumentSpan& may = capture_2015->mentions.front();
  EXPECT_EQ(FindDocument(*dossier_, may.document)->text({may.begin, may.end}), "en mai 2015");
}

}  // namespace
}  // namespace recoupe
