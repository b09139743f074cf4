// The store's shared state, for its implementation files: store.cc (open,
// ingest, remove), store_corpus.cc (the corpus re-run), store_read.cc (reads).
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "recoupe/crosscheck.h"
#include "recoupe/pipeline.h"
#include "recoupe/store.h"
#include "store/sqlite.h"

namespace recoupe {

struct Store::Impl {
  std::string path;
  StoreOptions options;

  // The writer: one connection, one writer at a time. Everything below it
  // is guarded by writer_mutex too.
  std::mutex writer_mutex;
  std::unique_ptr<store::Database> writer;
  std::unique_ptr<Pipeline> pipeline;          // loaded by the first ingest
  std::unique_ptr<CrossChecker> cross_checker; // loaded by the first re-run
  // Every stored document as the per-document stages left it, in store
  // order: what the corpus stage re-runs over. Loaded on the first re-run,
  // then kept in step with the table.
  std::optional<std::vector<Document>> documents;
  // Documents this Store added before `documents` was loaded: LoadDocuments
  // takes them as they are instead of reading them back.
  std::vector<Document> added_before_load;

  // Reading connections, each used by one thread at a time and returned to
  // the pool when done.
  std::mutex readers_mutex;
  std::vector<std::unique_ptr<store::Database>> idle_readers;

  class ReaderLease {
   public:
    ReaderLease(Impl& impl, std::unique_ptr<store::Database> db)
        : impl_(impl), db_(std::move(db)) {}
    ReaderLease(ReaderLease&&) = default;
    ~ReaderLease();
    store::Database& operator*() { return *db_; }
    store::Database* operator->() { return db_.get(); }

   private:
    Impl& impl_;
    std::unique_ptr<store::Database> db_;
  };
  Result<ReaderLease> Reader();

  // REQUIRES (all below): writer_mutex held.
  Status LoadPipeline();
  Status LoadDocuments();
  Status LoadCrossChecker();
  // True when a change was committed after the corpus tables were written.
  Result<bool> CorpusStale();
  Status RefreshCorpus(IngestReport* report);  // store_corpus.cc
  // Reads inputs through `read_all`, which hands each article (document and
  // source bytes) to the ingest and reports errors; batches, commits, then
  // re-runs the corpus stage.
  struct ArticleSink;
  Result<IngestReport> IngestWith(const std::function<void(ArticleSink&)>& read_all,
                                  const IngestCallbacks& callbacks);
};

}  // namespace recoupe
