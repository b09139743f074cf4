// The store on the seed articles: each document's JSON read back renders
// the same dossier; the store renders what `recoupe analyze` renders; each
// of the two events has its own dossier.
#include <gtest/gtest.h>

#include <algorithm>

#include "recoupe/store.h"
#include "render/render.h"
#include "store/document_json.h"
#include "test_support.h"

namespace recoupe {
namespace {

using recoupe::testing::CrossCheckedSeeds;
using recoupe::testing::FreshTempDir;
using recoupe::testing::SeedsDir;

// The first line where two renderings differ, with its number; "" if none.
std::string FirstDifference(const std::string& a, const std::string& b) {
  size_t line = 1, at = 0;
  while (at < a.size() && at < b.size()) {
    const size_t end_a = a.find('\n', at), end_b = b.find('\n', at);
    const std::string la = a.substr(at, end_a - at), lb = b.substr(at, end_b - at);
    if (la != lb) return "line " + std::to_string(line) + ":\n  " + la + "\n  " + lb;
    if (end_a == std::string::npos || end_b == std::string::npos) break;
    at = end_a + 1;
    ++line;
  }
  return a.size() == b.size() ? "" : "lengths differ";
}

TEST(StoreSeeds, WriteReadWriteIsIdentical) {
  RECOUPE_SKIP_WITHOUT_SEEDS();
  const Dossier& seeds = CrossCheckedSeeds();
  Dossier read = seeds;
  for (Document& doc : read.documents) {
    auto back = store::ReadDocument(json::DocumentJson(doc), store::LayersJson(doc), doc.raw);
    ASSERT_TRUE(back.ok()) << back.status().message();
    doc = std::move(back).value();
  }
  EXPECT_EQ(FirstDifference(RenderJson(read), RenderJson(seeds)), "");
}

TEST(StoreSeeds, EachEventHasItsDossier) {
  RECOUPE_SKIP_WITHOUT_SEEDS();
  StoreOptions options;
  options.data_dir = std::string(RECOUPE_SOURCE_DIR) + "/data";
  options.reference_date = recoupe::testing::kTestReferenceDate;
  options.gazetteer_path = "";
  auto store = Store::Open(FreshTempDir() + "/seeds.db", options);
  ASSERT_TRUE(store.ok()) << store.status().message();
  auto report = store.value()->IngestPaths({SeedsDir()});
  ASSERT_TRUE(report.ok()) << report.status().message();
  EXPECT_EQ(report->added.size(), 5u);

  const Dossier& whole = CrossCheckedSeeds();
  EXPECT_EQ(FirstDifference(RenderJson(*store.value()->LoadDossier().value()), RenderJson(whole)),
            "");

  const auto events = store.value()->ListEvents();
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 2u);
  // March 2016: no fact in conflict, but 004's "samedi dernier" against
  // 001's "Ce dimanche 27" for the end of the battle.
  EXPECT_EQ(events.value()[0].event.label, "Palmyra, March 2016");
  EXPECT_EQ(events.value()[0].conflicts, 1u);
  EXPECT_EQ(events.value()[1].conflicts, 0u);
  size_t facts = 0;
  for (const EventSummary& summary : events.value()) {
    auto dossier = store.value()->LoadDossier(summary.event.id);
    ASSERT_TRUE(dossier.ok() && dossier.value()) << summary.event.id;
    const Dossier& d = *dossier.value();
    ASSERT_EQ(d.events.size(), 1u);
    EXPECT_EQ(d.events[0].id, summary.event.id);
    EXPECT_EQ(d.facts.size(), summary.facts);
    facts += d.facts.size();
    for (const Document& doc : d.documents)
      EXPECT_NE(std::find(doc.events.begin(), doc.events.end(), summary.event.id),
                doc.events.end());
    for (const Fact& f : d.facts) EXPECT_EQ(f.event, summary.event.id);
    for (const TimelineEntry& t : d.timeline) EXPECT_EQ(t.event, summary.event.id);
    for (const DossierFlag& f : d.flags)
      EXPECT_TRUE(std::any_of(d.documents.begin(), d.documents.end(),
                              [&](const Document& doc) { return doc.id == f.document; }));
  }
  EXPECT_EQ(facts, whole.facts.size());
}

}  // namespace
}  // namespace recoupe
