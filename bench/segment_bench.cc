// Throughput of the segment stage: Normalize, TokenizeText, Segmenter::Segment
// over about 1 MB of French news text (the seed articles when present).
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "recoupe/document.h"
#include "segment/normalizer.h"
#include "segment/segmenter.h"
#include "segment/tokenizer.h"

namespace recoupe {
namespace {

constexpr size_t kTargetBytes = 1 << 20;

// A paragraph used when the seed corpus is absent.
constexpr const char* kFallbackParagraph =
    "Selon l\u2019Observatoire, les forces gouvernementales ont repris dimanche le contr\u00f4le "
    "de la ville apr\u00e8s trois semaines de combats. \u00ab\u00a0La situation reste "
    "tendue\u00a0\u00bb, a-t-il d\u00e9clar\u00e9 \u00e0 l\u2019AFP. Le bilan s\u2019\u00e9l\u00e8ve "
    "\u00e0 10\u202f000 d\u00e9plac\u00e9s et 2,5 millions d\u2019euros de d\u00e9g\u00e2ts, "
    "d\u2019apr\u00e8s M. Martin, maire de la commune depuis 2014.\n";

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
  text.reserve(kTargetBytes + seeds.size());
  while (text.size() < kTargetBytes) text += seeds;
  return text;
}

const std::string& Text() {
  static const std::string kText = BuildText();
  return kText;
}

// One document, one body block per line.
Document MakeDocument() {
  Document doc;
  doc.raw = Text();
  doc.language = "fr";
  uint32_t begin = 0;
  while (begin < doc.raw.size()) {
    size_t end = doc.raw.find('\n', begin);
    if (end == std::string::npos) end = doc.raw.size();
    if (end > begin) doc.blocks.push_back({{begin, static_cast<uint32_t>(end)}});
    begin = static_cast<uint32_t>(end + 1);
  }
  return doc;
}

void BM_Normalize(benchmark::State& state) {
  const std::string& text = Text();
  for (auto _ : state) benchmark::DoNotOptimize(Normalize(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_Normalize)->Unit(benchmark::kMillisecond);

void BM_NormalizeAscii(benchmark::State& state) {
  std::string text;
  while (text.size() < kTargetBytes) text += "The council approved the budget on Tuesday. ";
  for (auto _ : state) benchmark::DoNotOptimize(Normalize(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_NormalizeAscii)->Unit(benchmark::kMillisecond);

void BM_TokenizeText(benchmark::State& state) {
  const std::string& text = Text();
  const Abbreviations& lexicon = DefaultAbbreviations();
  for (auto _ : state) benchmark::DoNotOptimize(TokenizeText(text, 0, &lexicon));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_TokenizeText)->Unit(benchmark::kMillisecond);

void BM_Segment(benchmark::State& state) {
  Result<Segmenter> segmenter = Segmenter::Load(RECOUPE_SOURCE_DIR "/data");
  if (!segmenter.ok()) {
    state.SkipWithError(segmenter.status().message().c_str());
    return;
  }
  const Document prototype = MakeDocument();
  for (auto _ : state) {
    state.PauseTiming();
    Document doc = prototype;
    state.ResumeTiming();
    segmenter->Segment(doc);
    benchmark::DoNotOptimize(doc.tokens.data());
    state.PauseTiming();
    doc = Document();  // freeing the tokens is not segmentation
    state.ResumeTiming();
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * prototype.raw.size()));
}
BENCHMARK(BM_Segment)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace recoupe

BENCHMARK_MAIN();
