// Throughput of the whole per-document pipeline (Pipeline::Analyze: html →
// clean → language → segment) on in-memory documents, and of the JSON
// rendering of the analysed dossier. Documents come from the repository's
// examples/ and, when present, the shared seed articles; each batch repeats
// them up to about 1 MB of input. Bytes processed are input bytes (the text,
// or the HTML page), except for rendering, which counts the JSON produced.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/reader.h"
#include "recoupe/dossier.h"
#include "recoupe/pipeline.h"
#include "render/render.h"

namespace recoupe {
namespace {

namespace fs = std::filesystem;

constexpr size_t kBatchBytes = 1 << 20;

struct Input {
  std::string id;
  std::string bytes;
  InputKind kind;
};

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// Every example and seed input of `kind`: .txt or .html files, and the
// matching "text" or "html" fields of JSONL lines.
std::vector<Input> LoadInputs(InputKind kind) {
  const fs::path source_dir = RECOUPE_SOURCE_DIR;
  std::vector<Input> inputs;
  const char* field = kind == InputKind::kText ? "text" : "html";
  for (const fs::path& dir :
       {source_dir / "examples", source_dir / ".." / "shared" / "corpus" / "seeds"}) {
    std::error_code error;
    if (!fs::is_directory(dir, error)) continue;
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir, error)) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& path : files) {
      const std::string ext = path.extension().string();
      if ((kind == InputKind::kText && ext == ".txt") ||
          (kind == InputKind::kHtml && (ext == ".html" || ext == ".htm"))) {
        inputs.push_back({path.filename().string(), ReadFile(path), kind});
      } else if (ext == ".jsonl") {
        std::ifstream in(path, std::ios::binary);
        for (std::string line; std::getline(in, line);) {
          const nlohmann::json record = nlohmann::json::parse(line, nullptr, false);
          if (record.is_object() && record.contains(field) && record[field].is_string())
            inputs.push_back({record.value("id", path.filename().string()),
                              record[field].get<std::string>(), kind});
        }
      }
    }
  }
  return inputs;
}

// Ingested (not yet analysed) documents: the inputs of `kind` repeated until
// they hold about kBatchBytes. Sets `*bytes` to their input size.
std::vector<Document> MakeBatch(InputKind kind, int64_t* bytes) {
  const std::vector<Input> inputs = LoadInputs(kind);
  std::vector<Document> batch;
  *bytes = 0;
  if (inputs.empty()) return batch;
  const IngestOptions options;
  for (size_t i = 0; static_cast<size_t>(*bytes) < kBatchBytes; ++i) {
    const Input& input = inputs[i % inputs.size()];
    Result<Document> doc = MakeDocument(input.id + "#" + std::to_string(i), input.id,
                                        input.bytes, input.kind, options);
    if (!doc.ok()) continue;
    *bytes += static_cast<int64_t>(input.bytes.size());
    batch.push_back(std::move(doc).value());
  }
  return batch;
}

// One pipeline for the whole program: loading the data files is not measured.
const Pipeline* SharedPipeline() {
  static const std::unique_ptr<Pipeline> pipeline = [] {
    PipelineOptions options;
    options.data_dir = RECOUPE_SOURCE_DIR "/data";
    options.jobs = 1;
    Result<std::unique_ptr<Pipeline>> loaded = Pipeline::Load(options);
    return loaded.ok() ? std::move(loaded).value() : nullptr;
  }();
  return pipeline.get();
}

void AnalyzeBatch(benchmark::State& state, InputKind kind) {
  const Pipeline* pipeline = SharedPipeline();
  if (pipeline == nullptr) {
    state.SkipWithError("cannot load the data directory");
    return;
  }
  int64_t bytes = 0;
  const std::vector<Document> prototype = MakeBatch(kind, &bytes);
  if (prototype.empty()) {
    state.SkipWithError("no input documents of this kind");
    return;
  }
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<Document> docs = prototype;
    state.ResumeTiming();
    for (Document& doc : docs) pipeline->Analyze(doc);
    benchmark::DoNotOptimize(docs.data());
    state.PauseTiming();
    docs.clear();  // freeing the layers is not analysis
    state.ResumeTiming();
  }
  state.SetBytesProcessed(state.iterations() * bytes);
  state.counters["documents"] = static_cast<double>(prototype.size());
}

void BM_AnalyzeText(benchmark::State& state) { AnalyzeBatch(state, InputKind::kText); }
BENCHMARK(BM_AnalyzeText)->Unit(benchmark::kMillisecond);

void BM_AnalyzeHtml(benchmark::State& state) { AnalyzeBatch(state, InputKind::kHtml); }
BENCHMARK(BM_AnalyzeHtml)->Unit(benchmark::kMillisecond);

// RenderJson over the analysed text batch.
void BM_RenderJson(benchmark::State& state) {
  const Pipeline* pipeline = SharedPipeline();
  if (pipeline == nullptr) {
    state.SkipWithError("cannot load the data directory");
    return;
  }
  int64_t input_bytes = 0;
  Dossier dossier;
  dossier.documents = MakeBatch(InputKind::kText, &input_bytes);
  for (Document& doc : dossier.documents) pipeline->Analyze(doc);
  int64_t output_bytes = 0;
  for (auto _ : state) {
    const std::string json = RenderJson(dossier);
    output_bytes = static_cast<int64_t>(json.size());
    benchmark::DoNotOptimize(json.data());
  }
  state.SetBytesProcessed(state.iterations() * output_bytes);
  state.counters["input_MB"] = static_cast<double>(input_bytes) / 1e6;
  state.counters["json_MB"] = static_cast<double>(output_bytes) / 1e6;
}
BENCHMARK(BM_RenderJson)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace recoupe

BENCHMARK_MAIN();
