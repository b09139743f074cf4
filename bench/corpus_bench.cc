// The corpus stage at scale, on synthetic annotated documents (a news stream
// of many events at many places over five years):
//   BM_GroupEvents/N  grouping N documents' feature records into events;
//   BM_CrossCheck/N   the whole corpus stage (features, events, reuse,
//                     facts, flags, timeline) on N synthetic documents.
// Counters: documents per second, events made, pairwise precision and recall
// of the grouping against the generating events, and the process's peak
// resident memory (MB). Run: build/bench/corpus_bench --benchmark_filter=...
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <cmath>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "corpus/events.h"
#include "corpus/features.h"
#include "dates/calendar.h"
#include "recoupe/crosscheck.h"

namespace recoupe {
namespace {

constexpr int kPlaces = 5000;
constexpr int kCountries = 60;
constexpr int kActors = 300;
constexpr int kVocabulary = 20000;
constexpr int kDays = 5 * 365;
constexpr int kDocumentsPerEvent = 10;  // on average

double PeakMegabytes() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;
}

// One generating event: where, when, who, and the words its coverage uses.
struct TrueEvent {
  int place, country, actor, day;
  std::vector<int> words;
  int toll;
};

struct Stream {
  std::vector<TrueEvent> events;
  std::vector<uint32_t> event_of;  // generating event of each document
};

// Events with Zipf-like place popularity; each document picks an event
// (some stories draw much coverage), a publication day a few days after it,
// and 5% of documents cannot be dated.
template <typename OnDocument>
Stream Generate(size_t documents, OnDocument on_document) {
  std::mt19937_64 random(20161211);
  Stream stream;
  const size_t event_count = std::max<size_t>(1, documents / kDocumentsPerEvent);
  std::uniform_real_distribution<double> unit(0, 1);
  for (size_t e = 0; e < event_count; ++e) {
    TrueEvent event;
    event.place = static_cast<int>(std::pow(kPlaces, unit(random)));  // popular places first
    event.country = event.place % kCountries;
    event.actor = static_cast<int>(random() % kActors);
    event.day = static_cast<int>(random() % kDays);
    for (int w = 0; w < 8; ++w) event.words.push_back(static_cast<int>(random() % kVocabulary));
    event.toll = 5 + static_cast<int>(random() % 400);
    stream.events.push_back(std::move(event));
  }
  for (size_t d = 0; d < documents; ++d) {
    const size_t e = std::min(event_count - 1, static_cast<size_t>(event_count * std::pow(unit(random), 1.5)));
    stream.event_of.push_back(static_cast<uint32_t>(e));
    on_document(stream.events[e], random);
  }
  return stream;
}

uint64_t Id(const char* kind, int n) { return corpus::FeatureId(kind, std::to_string(n)); }

void AddWeight(std::vector<corpus::WeightedFeature>& v, uint64_t id, float w) {
  for (auto& f : v)
    if (f.id == id) {
      f.weight += w;
      return;
    }
  v.push_back({id, w});
}

corpus::DocumentFeatures SyntheticFeatures(const TrueEvent& event, std::mt19937_64& random) {
  corpus::DocumentFeatures f;
  if (random() % 20) {
    f.earliest_day = f.latest_day = event.day + static_cast<int64_t>(random() % 4);
  }
  std::vector<corpus::WeightedFeature> v;
  AddWeight(v, Id("place", event.place), 3 * 2.0f);
  AddWeight(v, Id("place", kPlaces + event.country), 3 * 1.0f);
  AddWeight(v, Id("armed_group", event.actor), 2 * 1.5f);
  for (int w : event.words)
    if (random() % 4) AddWeight(v, Id("w", w), 1.5f);
  for (int k = 0; k < 30; ++k) AddWeight(v, Id("w", static_cast<int>(random() % kVocabulary)), 1.0f);
  std::sort(v.begin(), v.end());
  f.vector = std::move(v);
  f.places = {Id("place", event.place), Id("place", kPlaces + event.country)};
  return f;
}

// Share of document pairs in the same found event that share a generating
// event (precision), and of pairs sharing a generating event that were put
// together (recall), counted over events, not all pairs.
std::pair<double, double> PairwiseScores(const std::vector<uint32_t>& found,
                                         const std::vector<uint32_t>& truth) {
  auto pairs = [](const std::unordered_map<uint64_t, uint64_t>& counts) {
    double total = 0;
    for (const auto& [key, n] : counts) total += double(n) * (n - 1) / 2;
    return total;
  };
  std::unordered_map<uint64_t, uint64_t> by_found, by_truth, by_both;
  for (size_t i = 0; i < found.size(); ++i) {
    ++by_found[found[i]];
    ++by_truth[truth[i]];
    ++by_both[(uint64_t(found[i]) << 32) | truth[i]];
  }
  const double both = pairs(by_both);
  const double f = pairs(by_found), t = pairs(by_truth);
  return {f > 0 ? both / f : 1.0, t > 0 ? both / t : 1.0};
}

void BM_GroupEvents(benchmark::State& state) {
  const size_t n = static_cast<size_t>(state.range(0));
  std::vector<corpus::DocumentFeatures> docs;
  docs.reserve(n);
  const Stream stream = Generate(n, [&](const TrueEvent& e, std::mt19937_64& random) {
    docs.push_back(SyntheticFeatures(e, random));
  });
  corpus::ApplyIdf(docs);
  corpus::Grouping grouping;
  for (auto _ : state) grouping = corpus::GroupEvents(docs);
  const auto [precision, recall] = PairwiseScores(grouping.event_of, stream.event_of);
  state.counters["docs_per_s"] = benchmark::Counter(double(n), benchmark::Counter::kIsIterationInvariantRate);
  state.counters["events"] = grouping.event_count;
  state.counters["true_events"] = double(stream.events.size());
  state.counters["pair_precision"] = precision;
  state.counters["pair_recall"] = recall;
  state.counters["peak_MB"] = PeakMegabytes();
}
BENCHMARK(BM_GroupEvents)->Arg(100000)->Arg(1000000)->Unit(benchmark::kSecond)->Iterations(1);

// A synthetic document: a few sentences naming its event's place, country
// and actor, a dated sentence and a toll, with the annotation layers the
// per-document stages would have produced.
Document SyntheticDocument(const TrueEvent& event, std::mt19937_64& random, size_t index) {
  Document doc;
  doc.id = "doc-" + std::to_string(index);
  doc.language = "fr";
  auto word = [&](int w) { return "mot" + std::to_string(w); };
  auto add_entity = [&](const std::string& text, const std::string& type, const std::string& name) {
    EntityMention e;
    e.begin = static_cast<uint32_t>(doc.raw.size());
    doc.raw += text;
    e.end = static_cast<uint32_t>(doc.raw.size());
    e.type = type;
    e.name = name;
    doc.entities.push_back(e);
  };
  const std::string place = "Ville" + std::to_string(event.place);
  add_entity(place, "place", place);
  doc.raw += " : les combats continuent selon ";
  add_entity("Groupe" + std::to_string(event.actor), "armed_group", "Groupe" + std::to_string(event.actor));
  doc.raw += ". ";
  for (int w : event.words)
    if (random() % 4) doc.raw += word(w) + " ";
  for (int k = 0; k < 30; ++k) doc.raw += word(static_cast<int>(random() % kVocabulary)) + " ";
  doc.raw += "a ";
  add_entity(place, "place", place);
  doc.raw += ", ";
  Figure figure;
  figure.begin = static_cast<uint32_t>(doc.raw.size());
  const int toll = event.toll + static_cast<int>(random() % 3);
  doc.raw += std::to_string(toll) + " combattants";
  figure.end = static_cast<uint32_t>(doc.raw.size());
  figure.low = figure.high = toll;
  figure.what = "killed";
  figure.who_class = "fighters";
  doc.figures.push_back(figure);
  doc.raw += " ont été tués le ";
  DateMention date;
  date.begin = static_cast<uint32_t>(doc.raw.size());
  doc.raw += "jour " + std::to_string(event.day);
  date.end = static_cast<uint32_t>(doc.raw.size());
  date.kind = "date";
  date.value = dates::FormatDay(16000 + event.day);
  doc.dates.push_back(date);
  doc.raw += ".";
  doc.blocks.push_back({{0, static_cast<uint32_t>(doc.raw.size())}, BlockKind::kBody, "", {}});
  if (random() % 20) {
    doc.published.value = dates::FormatDay(16000 + event.day + static_cast<int>(random() % 4));
    doc.published.earliest = doc.published.latest = doc.published.value;
    doc.published.basis = "inferred";
  }
  return doc;
}

void BM_CrossCheck(benchmark::State& state) {
  const size_t n = static_cast<size_t>(state.range(0));
  auto checker = CrossChecker::Load({RECOUPE_SOURCE_DIR "/data", EstimateRule::kMedian});
  if (!checker.ok()) {
    state.SkipWithError(checker.status().message().c_str());
    return;
  }
  Dossier dossier;
  dossier.documents.reserve(n);
  Generate(n, [&](const TrueEvent& e, std::mt19937_64& random) {
    dossier.documents.push_back(SyntheticDocument(e, random, dossier.documents.size()));
  });
  for (auto _ : state) checker.value()->Run(dossier);
  state.counters["docs_per_s"] = benchmark::Counter(double(n), benchmark::Counter::kIsIterationInvariantRate);
  state.counters["events"] = double(dossier.events.size());
  state.counters["facts"] = double(dossier.facts.size());
  state.counters["peak_MB"] = PeakMegabytes();
}
BENCHMARK(BM_CrossCheck)->Arg(10000)->Arg(100000)->Unit(benchmark::kSecond)->Iterations(1);

}  // namespace
}  // namespace recoupe

BENCHMARK_MAIN();
