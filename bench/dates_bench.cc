// Throughput of the dates stage (DateStage::Annotate) on segmented articles:
// the seed articles when present (one Document each, one body block per
// line), else a French paragraph repeated. Two cases: publication inferred
// from the text (the usual path for scraped pages) and stated by the input.
// Bytes counted are the documents' raw bytes.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "dates/date_stage.h"
#include "recoupe/document.h"
#include "segment/segmenter.h"

namespace recoupe {
namespace {

constexpr const char* kFallbackArticle =
    "Ce dimanche 27, le régime a annoncé avoir repris la ville. Les troupes avaient lancé le 7 "
    "mars une offensive pour reprendre la cité dont l'EI s'était emparé en mai 2015.\n"
    "La bataille aura duré trois semaines. Hier soir, vers 22 h 30, les combats ont cessé.\n";

std::vector<std::string> ReadArticles() {
  std::vector<std::string> articles;
  const std::filesystem::path dir =
      std::filesystem::path(RECOUPE_SOURCE_DIR) / ".." / "shared" / "corpus" / "seeds";
  std::error_code error;
  if (std::filesystem::is_directory(dir, error)) {
    for (const auto& entry : std::filesystem::directory_iterator(dir, error)) {
      if (entry.path().extension() != ".txt") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::ostringstream buffer;
      buffer << in.rdbuf();
      articles.push_back(buffer.str());
    }
  }
  if (articles.empty()) articles.push_back(kFallbackArticle);
  return articles;
}

std::vector<Document> MakeDocuments(bool stated) {
  static const Segmenter segmenter =
      Segmenter::Load(std::string(RECOUPE_SOURCE_DIR) + "/data").value();
  std::vector<Document> docs;
  for (const std::string& text : ReadArticles()) {
    Document doc;
    doc.raw = text;
    doc.language = "fr";
    if (stated) doc.meta.published = "2016-03-28";
    uint32_t begin = 0;
    while (begin < doc.raw.size()) {
      size_t end = doc.raw.find('\n', begin);
      if (end == std::string::npos) end = doc.raw.size();
      if (end > begin) {
        doc.blocks.push_back({{begin, static_cast<uint32_t>(end)}, BlockKind::kBody, "", {}});
      }
      begin = static_cast<uint32_t>(end + 1);
    }
    segmenter.Segment(doc);
    docs.push_back(std::move(doc));
  }
  return docs;
}

void Run(benchmark::State& state, bool stated) {
  const std::unique_ptr<DateStage> stage =
      std::move(DateStage::Load(std::string(RECOUPE_SOURCE_DIR) + "/data")).value();
  std::vector<Document> docs = MakeDocuments(stated);
  int64_t bytes = 0;
  for (const Document& doc : docs) bytes += static_cast<int64_t>(doc.raw.size());
  const std::optional<std::string> reference = std::string("2026-11-23");
  for (auto _ : state) {
    for (Document& doc : docs) {
      doc.dates.clear();
      doc.flags.clear();
      doc.published = {};
      stage->Annotate(doc, reference);
      benchmark::DoNotOptimize(doc.dates.data());
    }
  }
  state.SetBytesProcessed(state.iterations() * bytes);
}

void BM_DatesInferredPublication(benchmark::State& state) { Run(state, false); }
void BM_DatesStatedPublication(benchmark::State& state) { Run(state, true); }
BENCHMARK(BM_DatesInferredPublication)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_DatesStatedPublication)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace recoupe

BENCHMARK_MAIN();
