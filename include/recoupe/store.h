// The store: an embedded SQLite database (docs/store.md) that keeps every
// article ingested, its per-document annotations, and the corpus stage's
// results over all of them (events, facts, flags, copied text, timeline).
//
// Strategy: an article is annotated once, when it is first ingested; the
// corpus stage (CrossChecker) is re-run over the stored annotations after
// each change and its tables replaced in one transaction. An article is
// known by the SHA-256 of its bytes: ingesting the same bytes again changes
// nothing.
//
// Durability: an ingest batch is acknowledged (IngestCallbacks::on_committed)
// only once its transaction is committed to disk (WAL, synchronous=FULL):
// it survives a kill of the process and a power loss.
//
// Thread safety: a Store may be shared by threads. Writes (Ingest*, Remove,
// RefreshCorpus) are serialised by one writer lock; reads run concurrently on
// their own connections and see the last committed state.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "recoupe/crosscheck.h"
#include "recoupe/dossier.h"
#include "recoupe/status.h"

namespace recoupe {

enum class ArticleFormat { kAuto, kText, kHtml, kJsonl };

// Bytes handed to the store as they arrived: a file's content or an upload.
struct ArticleBytes {
  std::string name;  // names the input in ids ("name" without extension) and errors
  ArticleFormat format = ArticleFormat::kAuto;  // kAuto: from the name, then the content
  std::string bytes;
};

struct StoreOptions {
  // Per-document stages (as PipelineOptions; loaded on the first ingest).
  std::string data_dir;  // empty: RECOUPE_DATA_DIR or the compiled-in data/
  std::optional<std::string> reference_date;
  std::optional<std::string> gazetteer_path;
  size_t max_document_bytes = 16u << 20;
  unsigned jobs = 0;
  // Corpus stage.
  EstimateRule estimate = EstimateRule::kMedian;
  // Articles analysed and committed together during an ingest.
  size_t batch_size = 32;
};

struct IngestCallbacks {
  // After each committed batch: the ids of the documents it added.
  std::function<void(const std::vector<std::string>& ids)> on_committed;
  // Inputs read so far (files or uploads) of all.
  std::function<void(size_t done, size_t total)> on_progress;
};

struct IngestReport {
  std::vector<std::string> added;      // new documents' ids, in input order
  std::vector<std::string> unchanged;  // ids of the stored documents with the same bytes
  std::vector<SkippedInput> skipped;   // inputs that could not become documents
  std::vector<std::string> events;     // events holding an added document, after the re-run
  // Wall seconds: the per-document stages over the added articles, reading
  // the stored documents (first re-run of this Store only), the corpus stage
  // over all of them, and writing its tables.
  double analysis_seconds = 0, load_seconds = 0, corpus_seconds = 0, write_seconds = 0;
};

// One line of the document list.
struct DocumentSummary {
  std::string id;
  std::optional<std::string> title, outlet, language, published;
  std::vector<std::string> events;
};

// One line of the event list.
struct EventSummary {
  Event event;
  std::vector<std::string> outlets;  // of the event's documents, first seen first
  // conflicts: facts in conflict, and cross_source_conflict flags (sources
  // disagreeing on a date) on the event's documents.
  uint32_t facts = 0, flags = 0, conflicts = 0;
};

struct SearchHit {
  std::string document, title, snippet;  // snippet: matched words between ** **
};

struct SearchResult {
  std::vector<SearchHit> hits;
  // Set when the query is not valid full-text syntax (nothing was searched).
  std::optional<std::string> query_error;
};

class Store {
 public:
  // Opens the database at `path`, creating it and its schema when absent.
  // An error names the file and the cause (not a database, newer schema).
  static Result<std::unique_ptr<Store>> Open(const std::string& path,
                                             const StoreOptions& options = {});
  ~Store();

  // Reads every input that `paths` names (as `recoupe analyze` does), adds
  // the articles not stored yet in batches, then re-runs the corpus stage.
  Result<IngestReport> IngestPaths(const std::vector<std::string>& paths,
                                   const IngestCallbacks& callbacks = {});
  // The same for bytes in memory.
  Result<IngestReport> Ingest(std::vector<ArticleBytes> articles,
                              const IngestCallbacks& callbacks = {});
  // Removes a document and its article, then re-runs the corpus stage;
  // false when there is no such document.
  Result<bool> Remove(const std::string& id);
  // Re-runs the corpus stage if a change was committed without it (an
  // ingest killed before its end); called by Open's users before reading.
  Status RefreshCorpusIfStale();
  // Loads now what the first ingest would load (the per-document stages,
  // the corpus stage, the stored documents), so that it answers sooner.
  Status LoadResources();

  // A number that changes with every committed write (by any process):
  // what was read at one generation is still valid while it stays.
  Result<uint64_t> Generation();

  // The whole dossier, or with `event` that event's: its documents (those
  // whose `events` name it), the event, its facts and timeline, the flags
  // on its documents and the copied text between them. None: no such event.
  Result<std::optional<Dossier>> LoadDossier(const std::optional<std::string>& event = {});
  Result<std::optional<Document>> GetDocument(const std::string& id);
  Result<std::vector<DocumentSummary>> ListDocuments();
  Result<std::vector<EventSummary>> ListEvents();
  // Full-text search over titles and bodies, accents and case ignored.
  Result<SearchResult> Search(const std::string& query, size_t limit);
  Result<size_t> CountDocuments();
  Result<size_t> CountEvents();

  struct Impl;

 private:
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace recoupe
