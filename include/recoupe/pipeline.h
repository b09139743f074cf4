// The per-document pipeline: read inputs, then for each document run the
// stages in order (html → clean → language → segment → annotation stages).
// Stateless across documents: a loaded Pipeline is immutable and may analyse
// documents from several threads at once.
#pragma once

#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "recoupe/document.h"
#include "recoupe/dossier.h"
#include "recoupe/status.h"

namespace recoupe {

struct PipelineOptions {
  std::string data_dir;                  // empty: ResolveDataDir("")
  size_t max_document_bytes = 16u << 20; // larger documents are skipped with an error
  unsigned jobs = 0;                     // worker threads; 0 = hardware concurrency
  // YYYY-MM-DD: only a fallback for documents whose publication date can be
  // neither read nor inferred, and the "today" against which page notices
  // such as "this article is more than 8 years old" are read.
  std::optional<std::string> reference_date;
  // The GeoNames gazetteer of the entities stage: unset = $RECOUPE_GAZETTEER,
  // else build-data/gazetteer.tsv beside the data directory when setup built
  // it; "" = none (the knowledge base alone, the same on every machine).
  std::optional<std::string> gazetteer_path;
  // AnalyzeAll and Run keep Document::tokens after the per-document stages
  // only when asked: the tokens take some 25 times the text's size, and
  // nothing after the per-document stages reads them (sentences stay).
  bool keep_tokens = false;
  // Called from the reading thread with (documents done, total documents).
  std::function<void(size_t, size_t)> on_progress;
};

// Wall time spent in each stage over a run, summed across threads; Run also
// reports "ingest" (listing and reading inputs) first and "batch" (steps over
// the whole batch, such as the house-style outlet guess) last.
struct StageTimes {
  std::vector<std::pair<std::string, double>> seconds;  // (stage, seconds)
};

class Pipeline {
 public:
  // Loads every language resource under options.data_dir once. Errors name
  // the data file and line.
  static Result<std::unique_ptr<Pipeline>> Load(const PipelineOptions& options);
  ~Pipeline();

  // Runs the per-document stages on `doc` (filled by ingest). Thread-safe.
  void Analyze(Document& doc) const;

  // Reads every input named by `paths` (files, directories, "-") and analyses
  // each document. Bad inputs land in Dossier::skipped; the run goes on.
  Dossier Run(const std::vector<std::string>& paths) const;

  // Same for documents already in memory.
  void AnalyzeAll(std::vector<Document>& docs) const;

  StageTimes Times() const;
  const PipelineOptions& options() const;

 private:
  struct Impl;
  explicit Pipeline(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Checks THE OFFSET INVARIANT and the layer orderings of document.h; returns
// the first violation. Run by the tests on every golden case, and after each
// document in debug builds.
Status CheckInvariants(const Document& doc);

// The library version ("0.1.0").
const char* Version();

// The language data directory every stage reads: `given` when not empty,
// else $RECOUPE_DATA_DIR when set and not empty, else the data/ directory
// recoupe was built with.
std::string ResolveDataDir(std::string_view given);

}  // namespace recoupe
