// The store on the project's examples/: what it renders is what `recoupe
// analyze` renders over the same files; documents read back from their JSON
// render the same; re-ingesting changes nothing; event ids outlive a re-run;
// full-text search ignores accents and case.
#include <gtest/gtest.h>

#include "recoupe/store.h"
#include "render/render.h"
#include "store/document_json.h"
#include "test_support.h"

namespace recoupe {
namespace {

using json::Json;
using recoupe::testing::FreshTempDir;
using recoupe::testing::SharedCrossChecker;
using recoupe::testing::SharedPipeline;

const std::string kExamples = std::string(RECOUPE_SOURCE_DIR) + "/examples";

// The options of the tests' shared pipeline: same data, date and gazetteer.
StoreOptions TestStoreOptions() {
  StoreOptions options;
  options.data_dir = std::string(RECOUPE_SOURCE_DIR) + "/data";
  options.reference_date = recoupe::testing::kTestReferenceDate;
  options.gazetteer_path = "";
  options.jobs = 2;
  options.batch_size = 2;
  return options;
}

std::unique_ptr<Store> OpenFresh(const std::string& name, std::string* path = nullptr) {
  const std::string db = FreshTempDir() + "/" + name + ".db";
  if (path) *path = db;
  auto store = Store::Open(db, TestStoreOptions());
  EXPECT_TRUE(store.ok()) << store.status().message();
  return std::move(store).value();
}

Dossier AnalysedExamples(bool cross_checked) {
  Dossier dossier = SharedPipeline().Run({kExamples});
  if (cross_checked) SharedCrossChecker().Run(dossier);
  return dossier;
}

TEST(StoreExamples, DocumentsReadBackFromTheirJsonRenderTheSame) {
  for (bool cross_checked : {false, true}) {
    const Dossier dossier = AnalysedExamples(cross_checked);
    Dossier read = dossier;
    for (Document& doc : read.documents) {
      auto back = store::ReadDocument(json::DocumentJson(doc), store::LayersJson(doc), doc.raw);
      ASSERT_TRUE(back.ok()) << back.status().message();
      EXPECT_EQ(json::DocumentJson(back.value()).dump(1), json::DocumentJson(doc).dump(1));
      doc = std::move(back).value();
    }
    EXPECT_EQ(RenderJson(read), RenderJson(dossier));
    EXPECT_EQ(RenderHtml(read), RenderHtml(dossier));
  }
}

TEST(StoreExamples, TheOverlayHoldsEverythingTheCorpusStageChanged) {
  const Dossier before = AnalysedExamples(false);
  const Dossier after = AnalysedExamples(true);
  ASSERT_EQ(before.documents.size(), after.documents.size());
  for (size_t i = 0; i < before.documents.size(); ++i) {
    Json merged = json::DocumentJson(before.documents[i]);
    store::ApplyOverlay(merged,
                        store::CorpusOverlay(before.documents[i], after.documents[i]));
    EXPECT_EQ(merged, json::DocumentJson(after.documents[i])) << before.documents[i].id;
  }
}

TEST(StoreExamples, RendersWhatAnalyzeRendersAndReingestingChangesNothing) {
  std::string path;
  auto store = OpenFresh("examples", &path);
  std::vector<std::string> committed;
  IngestCallbacks callbacks;
  callbacks.on_committed = [&](const std::vector<std::string>& ids) {
    committed.insert(committed.end(), ids.begin(), ids.end());
  };
  auto first = store->IngestPaths({kExamples}, callbacks);
  ASSERT_TRUE(first.ok()) << first.status().message();
  EXPECT_EQ(first->added.size(), 6u);
  EXPECT_EQ(committed, first->added);
  EXPECT_TRUE(first->unchanged.empty());
  EXPECT_EQ(first->events, std::vector<std::string>{"ev-1"});

  auto stored = store->LoadDossier();
  ASSERT_TRUE(stored.ok()) << stored.status().message();
  ASSERT_TRUE(stored.value());
  EXPECT_EQ(RenderJson(*stored.value()), RenderJson(AnalysedExamples(true)));

  auto again = store->IngestPaths({kExamples});
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again->added.empty());
  EXPECT_EQ(again->unchanged, first->added);
  EXPECT_EQ(store->CountDocuments().value(), 6u);
  EXPECT_EQ(RenderJson(*store->LoadDossier().value()), RenderJson(*stored.value()));

  // A second store object on the same file reads the same.
  auto reopened = Store::Open(path, TestStoreOptions());
  ASSERT_TRUE(reopened.ok());
  EXPECT_EQ(RenderJson(*reopened.value()->LoadDossier().value()), RenderJson(*stored.value()));
}

TEST(StoreExamples, AddingAndRemovingKeepsTheEventId) {
  auto store = OpenFresh("incremental");
  ASSERT_TRUE(store->IngestPaths({kExamples + "/01_courrier-du-levant.txt",
                                  kExamples + "/02_radio-meridienne.txt"})
                  .ok());
  ASSERT_EQ(store->ListEvents().value().size(), 1u);
  const std::string id = store->ListEvents().value()[0].event.id;
  auto rest = store->IngestPaths({kExamples});
  ASSERT_TRUE(rest.ok());
  EXPECT_EQ(rest->added.size(), 4u);
  EXPECT_EQ(rest->unchanged.size(), 2u);
  EXPECT_EQ(rest->events, std::vector<std::string>{id});
  const auto events = store->ListEvents().value();
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].event.id, id);
  EXPECT_EQ(events[0].event.documents.size(), 6u);
  EXPECT_GE(events[0].outlets.size(), 5u);
  EXPECT_GT(events[0].facts, 0u);
  // Stored one batch after another, the dossier is the one made at once.
  EXPECT_EQ(RenderJson(*store->LoadDossier().value()), RenderJson(AnalysedExamples(true)));

  EXPECT_TRUE(store->Remove("03_voix-du-plateau").value());
  EXPECT_FALSE(store->Remove("03_voix-du-plateau").value());
  EXPECT_EQ(store->CountDocuments().value(), 5u);
  EXPECT_EQ(store->ListEvents().value()[0].event.id, id);
  EXPECT_FALSE(store->GetDocument("03_voix-du-plateau").value());
  auto kept = store->GetDocument("04_northern-ledger");
  ASSERT_TRUE(kept.ok() && kept.value());
  EXPECT_EQ(kept.value()->events, std::vector<std::string>{id});
}

TEST(StoreExamples, OneEventsDossier) {
  auto store = OpenFresh("event");
  ASSERT_TRUE(store->IngestPaths({kExamples}).ok());
  auto dossier = store->LoadDossier("ev-1");
  ASSERT_TRUE(dossier.ok() && dossier.value());
  EXPECT_EQ(dossier.value()->documents.size(), 6u);
  EXPECT_EQ(dossier.value()->events.size(), 1u);
  EXPECT_FALSE(dossier.value()->facts.empty());
  EXPECT_FALSE(store->LoadDossier("ev-99").value());
}

TEST(StoreExamples, SearchIgnoresAccentsAndCase) {
  auto store = OpenFresh("search");
  const std::string text =
      "Les forces ont reprisé la ville aux mains de DAECH.\n\nLe quartier est calme.\n";
  auto report = store->Ingest({{"note.txt", ArticleFormat::kAuto, text},
                               {"empty.txt", ArticleFormat::kAuto, "   "}});
  ASSERT_TRUE(report.ok()) << report.status().message();
  EXPECT_EQ(report->added, std::vector<std::string>{"note"});
  ASSERT_EQ(report->skipped.size(), 1u);
  EXPECT_EQ(report->skipped[0].path, "empty.txt");

  for (const char* query : {"Daech", "reprise", "REPRISE", "daech AND ville"}) {
    auto found = store->Search(query, 10);
    ASSERT_TRUE(found.ok()) << query;
    EXPECT_FALSE(found->query_error) << query;
    ASSERT_EQ(found->hits.size(), 1u) << query;
    EXPECT_EQ(found->hits[0].document, "note");
    EXPECT_NE(found->hits[0].snippet.find("**"), std::string::npos);
  }
  EXPECT_TRUE(store->Search("Palmyre", 10)->hits.empty());
  auto bad = store->Search("\"unclosed AND", 10);
  ASSERT_TRUE(bad.ok());
  EXPECT_TRUE(bad->query_error);

  // The same bytes under another name are the same article; other bytes
  // under the same name get a new id.
  auto same = store->Ingest({{"copy.txt", ArticleFormat::kText, text},
                             {"note.txt", ArticleFormat::kText, text + "Encore.\n"}});
  ASSERT_TRUE(same.ok());
  EXPECT_EQ(same->unchanged, std::vector<std::string>{"note"});
  EXPECT_EQ(same->added, std::vector<std::string>{"note-2"});
}

TEST(StoreExamples, RefusesAFileThatIsNotAStore) {
  const std::string path = FreshTempDir() + "/not-a-db.db";
  recoupe::testing::WriteFileOrDie(path, "this is not a database, just text\n");
  auto store = Store::Open(path, TestStoreOptions());
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find(path), std::string::npos);
}

}  // namespace
}  // namespace recoupe
