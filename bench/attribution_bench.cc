// Throughput of the attribution stage (AttributionStage::Annotate) over
// about 1 MB of news text: the seed articles and the project's examples run
// through the pipeline with tokens kept, then the stage alone is timed on
// copies of the analysed documents. MB/s counts body bytes (raw text).
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "attribution/attribution_stage.h"
#include "pattern/pattern_set.h"
#include "recoupe/pipeline.h"

namespace recoupe {
namespace {

constexpr size_t kTargetBytes = 1 << 20;

struct Corpus {
  std::vector<Document> docs;  // analysed, tokens kept
  size_t bytes = 0;
};

const Corpus& Docs() {
  static const Corpus* corpus = [] {
    auto* c = new Corpus();
    PipelineOptions options;
    options.data_dir = std::string(RECOUPE_SOURCE_DIR) + "/data";
    options.keep_tokens = true;
    options.jobs = 1;
    auto pipeline = Pipeline::Load(options);
    if (!pipeline.ok()) return c;
    std::vector<std::string> inputs = {std::string(RECOUPE_SOURCE_DIR) + "/examples"};
    const std::string seeds = std::string(RECOUPE_SOURCE_DIR) + "/../shared/corpus/seeds";
    inputs.push_back(seeds);  // a missing directory is reported and skipped
    Dossier dossier = pipeline.value()->Run(inputs);
    if (dossier.documents.empty()) return c;
    while (c->bytes < kTargetBytes) {
      for (const Document& doc : dossier.documents) {
        c->docs.push_back(doc);
        c->bytes += doc.raw.size();
      }
    }
    return c;
  }();
  return *corpus;
}

void BM_AttributionAnnotate(benchmark::State& state) {
  auto stage = AttributionStage::Load(std::string(RECOUPE_SOURCE_DIR) + "/data");
  if (!stage.ok()) {
    state.SkipWithError(stage.status().message().c_str());
    return;
  }
  std::vector<Document> docs = Docs().docs;
  if (docs.empty()) {
    state.SkipWithError("no documents");
    return;
  }
  size_t claims = 0;
  for (auto _ : state) {
    for (Document& doc : docs) {
      stage.value()->Annotate(doc);
      claims += doc.claims.size();
    }
  }
  benchmark::DoNotOptimize(claims);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(Docs().bytes));
  state.counters["docs"] = static_cast<double>(docs.size());
}
BENCHMARK(BM_AttributionAnnotate)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();

// The matcher alone over the French rule files, one file per run: where the
// stage's time goes.
void BM_AttributionMatchFile(benchmark::State& state, const char* file, bool each_rule) {
  auto set = pattern::PatternSet::LoadFile(std::string(RECOUPE_SOURCE_DIR) + "/data/fr/" + file);
  if (!set.ok()) {
    state.SkipWithError(set.status().message().c_str());
    return;
  }
  const std::vector<Document>& docs = Docs().docs;
  pattern::MatchOptions options;
  if (each_rule) options.mode = pattern::MatchMode::kEachRule;
  size_t matches = 0;
  for (auto _ : state) {
    for (const Document& doc : docs) matches += set.value().Match(doc.tokens, options).size();
  }
  benchmark::DoNotOptimize(matches);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(Docs().bytes));
  state.counters["program"] = static_cast<double>(set.value().program_size());
}
BENCHMARK_CAPTURE(BM_AttributionMatchFile, sources, "attribution-sources.patterns", false)
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime();
BENCHMARK_CAPTURE(BM_AttributionMatchFile, hedges, "attribution-hedges.patterns", true)
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime();
BENCHMARK_CAPTURE(BM_AttributionMatchFile, links, "attribution-links.patterns", true)
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime();

}  // namespace
}  // namespace recoupe

BENCHMARK_MAIN();
