// Throughput of the figures stage (numbers, counted nouns, predicates,
// breakdown checks) over segmented documents: the repository's examples/
// and, when present, the shared seed articles. Bytes are the documents' raw
// bytes, so the figure compares with the pipeline's MB/s.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <string>
#include <vector>

#include "figures/figure_stage.h"
#include "numbers/numbers.h"
#include "recoupe/pipeline.h"

namespace {

using recoupe::Document;

const std::string kDataDir = std::string(RECOUPE_SOURCE_DIR) + "/data";

std::vector<Document>& Documents() {
  static std::vector<Document> documents = [] {
    recoupe::PipelineOptions options;
    options.data_dir = kDataDir;
    options.keep_tokens = true;
    auto pipeline = recoupe::Pipeline::Load(options);
    std::vector<std::string> paths = {std::string(RECOUPE_SOURCE_DIR) + "/examples"};
    std::string seeds = std::string(RECOUPE_SOURCE_DIR) + "/../shared/corpus/seeds";
    if (std::filesystem::exists(seeds)) paths.push_back(seeds);
    std::vector<Document> docs;
    if (pipeline.ok()) docs = pipeline.value()->Run(paths).documents;
    return docs;
  }();
  return documents;
}

int64_t RawBytes(const std::vector<Document>& docs) {
  int64_t bytes = 0;
  for (const Document& doc : docs) bytes += static_cast<int64_t>(doc.raw.size());
  return bytes;
}

void BM_FigureStage(benchmark::State& state) {
  auto stage = recoupe::FigureStage::Load(kDataDir);
  if (!stage.ok()) {
    state.SkipWithError(stage.status().message().c_str());
    return;
  }
  std::vector<Document>& docs = Documents();
  size_t figures = 0;
  for (auto _ : state) {
    figures = 0;
    for (Document& doc : docs) {
      doc.figures.clear();
      stage.value()->Annotate(doc);
      figures += doc.figures.size();
    }
  }
  state.SetBytesProcessed(state.iterations() * RawBytes(docs));
  state.counters["documents"] = static_cast<double>(docs.size());
  state.counters["figures"] = static_cast<double>(figures);
}
BENCHMARK(BM_FigureStage)->Unit(benchmark::kMillisecond);

void BM_FindNumbers(benchmark::State& state) {
  auto resources = recoupe::NumberResources::Load(kDataDir, "fr");
  if (!resources.ok()) {
    state.SkipWithError(resources.status().message().c_str());
    return;
  }
  std::vector<Document>& docs = Documents();
  size_t tokens = 0;
  for (auto _ : state) {
    tokens = 0;
    for (const Document& doc : docs) {
      benchmark::DoNotOptimize(recoupe::FindNumbers(doc.tokens, resources.value()));
      tokens += doc.tokens.size();
    }
  }
  state.SetBytesProcessed(state.iterations() * RawBytes(docs));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * tokens));
}
BENCHMARK(BM_FindNumbers)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
