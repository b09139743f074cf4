// Throughput of the entities stage (EntityStage::Annotate) over about 1 MB of
// French news text (the seed articles when present), already segmented; with
// the knowledge base alone and with the GeoNames gazetteer when it is built.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "entities/entity_stage.h"
#include "recoupe/document.h"
#include "segment/segmenter.h"

namespace recoupe {
namespace {

constexpr size_t kTargetBytes = 1 << 20;
const std::string kDataDir = std::string(RECOUPE_SOURCE_DIR) + "/data";

// A paragraph used when the seed corpus is absent.
constexpr const char* kFallbackParagraph =
    "Selon l'Observatoire syrien des droits de l'Homme (OSDH), les forces de Bachar al-Assad "
    "ont repris Palmyre a l'organisation Etat islamique, a annonce le porte-parole du "
    "Kremlin, Dmitri Peskov, cite par l'agence Ria Novosti. Le general Karim Zaher est "
    "arrive dans la ville de Qasrine.\n";

std::string BuildText() {
  std::string seeds;
  const std::filesystem::path dir =
      std::filesystem::path(RECOUPE_SOURCE_DIR) / ".." / "shared" / "corpus" / "seeds";
  std::error_code error;
  if (std::filesystem::is_directory(dir, error)) {
    for (const auto& entry : std::filesystem::directory_iterator(dir, error)) {
      if (entry.path().extension() != ".txt") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::ostringstream buffer;
      buffer << in.rdbuf();
      seeds += buffer.str();
      if (!seeds.empty() && seeds.back() != '\n') seeds += '\n';
    }
  }
  if (seeds.empty()) seeds = kFallbackParagraph;
  std::string text;
  while (text.size() < kTargetBytes) text += seeds;
  return text;
}

// One segmented document, one body block per line.
const Document& Segmented() {
  static const Document kDoc = [] {
    Document doc;
    doc.raw = BuildText();
    doc.language = "fr";
    uint32_t begin = 0;
    while (begin < doc.raw.size()) {
      size_t end = doc.raw.find('\n', begin);
      if (end == std::string::npos) end = doc.raw.size();
      if (end > begin)
        doc.blocks.push_back({Span{begin, static_cast<uint32_t>(end)}, BlockKind::kBody, "", {}});
      begin = static_cast<uint32_t>(end + 1);
    }
    Segmenter::Load(kDataDir).value().Segment(doc);
    return doc;
  }();
  return kDoc;
}

void Run(benchmark::State& state, const std::string& gazetteer) {
  auto stage = entities::EntityStage::Load(kDataDir, gazetteer);
  if (!stage.ok()) {
    state.SkipWithError(stage.status().message().c_str());
    return;
  }
  Document doc = Segmented();
  size_t mentions = 0;
  for (auto _ : state) {
    stage.value()->Annotate(doc);
    mentions = doc.entities.size();
    benchmark::DoNotOptimize(doc.entities.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * doc.raw.size()));
  state.counters["mentions"] = static_cast<double>(mentions);
}

void BM_EntitiesKnowledgeBase(benchmark::State& state) { Run(state, ""); }
BENCHMARK(BM_EntitiesKnowledgeBase)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();

void BM_EntitiesWithGazetteer(benchmark::State& state) {
  const std::string path = std::string(RECOUPE_SOURCE_DIR) + "/build-data/gazetteer.tsv";
  if (!std::filesystem::exists(path)) {
    state.SkipWithError("build-data/gazetteer.tsv missing: run scripts/gazetteer.sh");
    return;
  }
  Run(state, path);
}
BENCHMARK(BM_EntitiesWithGazetteer)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();

}  // namespace
}  // namespace recoupe

BENCHMARK_MAIN();
