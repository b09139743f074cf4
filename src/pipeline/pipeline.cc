#include "recoupe/pipeline.h"

#include <atomic>
#include <chrono>
#include <filesystem>
#include <thread>

#include "clean/cleaner.h"
#include "clean/outlet_style.h"
#include "attribution/attribution_stage.h"
#include "dates/date_stage.h"
#include "entities/entity_stage.h"
#include "figures/figure_stage.h"
#include "framing/framing.h"
#include "html/html_extractor.h"
#include "ingest/reader.h"
#include "pipeline/stages.h"
#include "segment/language.h"
#include "segment/segmenter.h"

namespace recoupe {

struct Pipeline::Impl {
  PipelineOptions options;
  std::unique_ptr<Cleaner> cleaner;
  std::unique_ptr<Segmenter> segmenter;
  std::unique_ptr<entities::EntityStage> entities;
  std::unique_ptr<DateStage> dates;
  std::unique_ptr<AttributionStage> attribution;
  std::unique_ptr<FigureStage> figures;
  std::unique_ptr<FramingLexicon> word_choice;
  std::vector<StageEntry> stages;
  std::vector<std::unique_ptr<std::atomic<int64_t>>> nanos;  // per stage
  std::atomic<int64_t> ingest_nanos{0};  // reading inputs (Run only)
  std::atomic<int64_t> batch_nanos{0};   // batch steps after the stages (Run only)
};

namespace {

int64_t NanosSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() -
                                                              start)
      .count();
}

// Moves a loaded stage into `into`, or returns the load error.
template <typename Stage>
Status LoadStage(Result<std::unique_ptr<Stage>> loaded, std::unique_ptr<Stage>& into) {
  if (!loaded.ok()) return loaded.status();
  into = std::move(loaded).value();
  return Status::Ok();
}

}  // namespace

Pipeline::Pipeline(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Pipeline::~Pipeline() = default;

const char* Version() { return RECOUPE_VERSION; }

std::string ResolveDataDir(std::string_view given) {
  if (!given.empty()) return std::string(given);
  const char* from_env = std::getenv("RECOUPE_DATA_DIR");
  return from_env && *from_env ? from_env : RECOUPE_DEFAULT_DATA_DIR;
}

Result<std::unique_ptr<Pipeline>> Pipeline::Load(const PipelineOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  impl->options.data_dir = ResolveDataDir(impl->options.data_dir);
  const std::string& data_dir = impl->options.data_dir;
  if (!std::filesystem::is_directory(data_dir))
    return Status::Error(data_dir + ": data directory not found (set --data-dir or RECOUPE_DATA_DIR)");
  Result<std::unique_ptr<Cleaner>> cleaner = Cleaner::Load(data_dir);
  if (!cleaner.ok()) return cleaner.status();
  impl->cleaner = std::move(cleaner).value();
  Result<Segmenter> segmenter = Segmenter::Load(data_dir);
  if (!segmenter.ok()) return segmenter.status();
  impl->segmenter = std::make_unique<Segmenter>(std::move(segmenter).value());
  if (Status s = LoadStage(options.gazetteer_path
                               ? entities::EntityStage::Load(data_dir, *options.gazetteer_path)
                               : entities::EntityStage::Load(data_dir),
                           impl->entities);
      !s.ok())
    return s;
  if (Status s = LoadStage(DateStage::Load(data_dir), impl->dates); !s.ok()) return s;
  if (Status s = LoadStage(AttributionStage::Load(data_dir), impl->attribution); !s.ok())
    return s;
  if (Status s = LoadStage(FigureStage::Load(data_dir), impl->figures); !s.ok()) return s;
  Result<FramingLexicon> framing = FramingLexicon::LoadDir(data_dir);
  if (!framing.ok()) return framing.status();
  impl->word_choice = std::make_unique<FramingLexicon>(std::move(framing).value());
  StageSet set;
  set.cleaner = impl->cleaner.get();
  set.segmenter = impl->segmenter.get();
  set.entities = impl->entities.get();
  set.dates = impl->dates.get();
  set.attribution = impl->attribution.get();
  set.figures = impl->figures.get();
  set.word_choice = impl->word_choice.get();
  set.reference_date = impl->options.reference_date;
  impl->stages = PerDocumentStages(set);
  for (size_t i = 0; i < impl->stages.size(); ++i)
    impl->nanos.push_back(std::make_unique<std::atomic<int64_t>>(0));
  return std::unique_ptr<Pipeline>(new Pipeline(std::move(impl)));
}

const PipelineOptions& Pipeline::options() const { return impl_->options; }

void Pipeline::Analyze(Document& doc) const {
  for (size_t i = 0; i < impl_->stages.size(); ++i) {
    const auto start = std::chrono::steady_clock::now();
    impl_->stages[i].run(doc);
    const auto spent = std::chrono::steady_clock::now() - start;
    impl_->nanos[i]->fetch_add(
        std::chrono::duration_cast<std::chrono::nanoseconds>(spent).count(),
        std::memory_order_relaxed);
  }
#ifndef NDEBUG
  if (Status s = CheckInvariants(doc); !s.ok())
    doc.warnings.push_back({"invariant", s.message()});
#endif
}

void Pipeline::AnalyzeAll(std::vector<Document>& docs) const {
  unsigned jobs = impl_->options.jobs ? impl_->options.jobs : std::thread::hardware_concurrency();
  jobs = std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(docs.size())));
  std::atomic<size_t> next{0};
  std::atomic<size_t> done{0};
  auto work = [&] {
    for (size_t i; (i = next.fetch_add(1)) < docs.size();) {
      Analyze(docs[i]);
      if (!impl_->options.keep_tokens) {
        docs[i].token_count = static_cast<uint32_t>(docs[i].tokens.size());
        std::vector<Token>().swap(docs[i].tokens);
      }
      done.fetch_add(1);
    }
  };
  std::vector<std::thread> workers;
  for (unsigned j = 1; j < jobs; ++j) workers.emplace_back(work);
  if (impl_->options.on_progress) {
    // The calling thread reports progress while the workers run.
    std::thread reporter_helper(work);
    while (done.load() < docs.size()) {
      impl_->options.on_progress(done.load(), docs.size());
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
    reporter_helper.join();
    impl_->options.on_progress(docs.size(), docs.size());
  } else {
    work();
  }
  for (std::thread& t : workers) t.join();
}

Dossier Pipeline::Run(const std::vector<std::string>& paths) const {
  Dossier dossier;
  const auto ingest_start = std::chrono::steady_clock::now();
  InputListing listing = ListInputs(paths);
  for (IngestError& missing : listing.missing) dossier.skipped.push_back(std::move(missing));
  IngestOptions ingest;
  ingest.max_document_bytes = impl_->options.max_document_bytes;
  for (const InputFile& file : listing.files)
    ReadInputFile(
        file, ingest, [&](Document doc) { dossier.documents.push_back(std::move(doc)); },
        [&](IngestError error) { dossier.skipped.push_back(std::move(error)); });
  RenameDuplicateIds(dossier.documents);
  impl_->ingest_nanos += NanosSince(ingest_start);
  AnalyzeAll(dossier.documents);
  const auto batch_start = std::chrono::steady_clock::now();
  GuessOutletsFromStyle(dossier.documents);
  impl_->batch_nanos += NanosSince(batch_start);
  return dossier;
}

StageTimes Pipeline::Times() const {
  StageTimes times;
  times.seconds.emplace_back("ingest", impl_->ingest_nanos.load() / 1e9);
  for (size_t i = 0; i < impl_->stages.size(); ++i)
    times.seconds.emplace_back(impl_->stages[i].name, impl_->nanos[i]->load() / 1e9);
  times.seconds.emplace_back("batch", impl_->batch_nanos.load() / 1e9);
  return times;
}

}  // namespace recoupe
