#include "corpus/features.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "dates/calendar.h"
#include "pattern/fold.h"

namespace recoupe::corpus {
namespace {

// Relative weight of one mention by entity type: places say most about
// which event a document reports, then the sides and people involved.
float TypeWeight(std::string_view type) {
  if (type == "place") return 3.0f;
  if (type == "armed_group" || type == "person" || type == "org") return 2.0f;
  if (type == "media") return 0.0f;  // who relays a story says nothing of the event
  return 1.0f;
}

constexpr double kPriorDocuments = 1000;

// Content words shorter than this (in folded bytes) are mostly function
// words in French and English; they are left out.
constexpr size_t kMinWordBytes = 5;

bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
}

void CountWords(std::string_view folded, std::unordered_map<uint64_t, float>& counts) {
  size_t i = 0;
  while (i < folded.size()) {
    while (i < folded.size() && !IsWordByte(static_cast<unsigned char>(folded[i]))) ++i;
    const size_t start = i;
    bool has_letter = false;
    while (i < folded.size() && IsWordByte(static_cast<unsigned char>(folded[i]))) {
      if (folded[i] < '0' || folded[i] > '9') has_letter = true;
      ++i;
    }
    if (i - start >= kMinWordBytes && has_letter)
      counts[FeatureId("w", folded.substr(start, i - start))] += 1.0f;
  }
}

}  // namespace

uint64_t FeatureId(std::string_view kind, std::string_view name) {
  // FNV-1a over kind, a separator and name: stable across runs and machines.
  uint64_t hash = 1469598103934665603ull;
  auto mix = [&hash](std::string_view text) {
    for (unsigned char c : text) hash = (hash ^ c) * 1099511628211ull;
  };
  mix(kind);
  mix(std::string_view("\x1f", 1));
  mix(name);
  return hash;
}

std::optional<std::pair<int64_t, int64_t>> DocumentWindow(const Document& doc) {
  const PublishedDate& p = doc.published;
  if (p.value) {
    if (auto day = dates::ParseIsoDay(*p.value)) return std::make_pair(*day, *day);
  }
  if (p.earliest && p.latest) {
    auto earliest = dates::ParseIsoDay(*p.earliest);
    auto latest = dates::ParseIsoDay(*p.latest);
    if (earliest && latest && *latest >= *earliest && *latest - *earliest <= kMaxWindowDays)
      return std::make_pair(*earliest, *latest);
  }
  if (doc.meta.published) {
    if (auto day = dates::ParseIsoDay(*doc.meta.published)) return std::make_pair(*day, *day);
  }
  return std::nullopt;
}

DocumentFeatures ExtractFeatures(const Document& doc) {
  DocumentFeatures features;
  if (auto window = DocumentWindow(doc)) {
    features.earliest_day = window->first;
    features.latest_day = window->second;
  }
  std::unordered_map<uint64_t, float> counts;
  std::unordered_map<uint64_t, float> place_counts;
  for (const EntityMention& e : doc.entities) {
    const float weight = TypeWeight(e.type);
    if (weight == 0) continue;
    const uint64_t id = FeatureId(e.type, e.name);
    counts[id] += weight;
    if (e.type == "place") place_counts[id] += 1.0f;
  }
  for (const Block& block : doc.blocks) {
    if (!IsBodyKind(block.kind)) continue;
    CountWords(pattern::FoldText(doc.text(block.span)), counts);
  }
  features.vector.reserve(counts.size());
  for (const auto& [id, count] : counts) features.vector.push_back({id, count});
  std::sort(features.vector.begin(), features.vector.end());
  // Places most mentioned first; ApplyIdf picks the blocking keys among them.
  std::vector<std::pair<float, uint64_t>> places;
  for (const auto& [id, count] : place_counts) places.push_back({count, id});
  std::sort(places.begin(), places.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  for (const auto& place : places) features.places.push_back(place.second);
  return features;
}

void ApplyIdf(std::vector<DocumentFeatures>& collection) {
  std::unordered_map<uint64_t, uint32_t> document_frequency;
  for (const DocumentFeatures& f : collection)
    for (const WeightedFeature& w : f.vector) ++document_frequency[w.id];
  // A run is a sample of a larger news stream: kPriorDocuments documents
  // that name none of its terms are assumed beside it, so that in a run of
  // five articles about one battle the names all five share still weigh
  // (in a large run the prior fades).
  const double n = static_cast<double>(collection.size()) + kPriorDocuments;
  for (DocumentFeatures& f : collection) {
    for (WeightedFeature& w : f.vector) {
      const double idf = std::log((n + 1.0) / (document_frequency[w.id] + 0.5));
      w.weight = static_cast<float>((1.0 + std::log(w.weight)) * std::max(idf, 0.05));
    }
    if (f.vector.size() > kMaxFeatures) {
      std::nth_element(f.vector.begin(), f.vector.begin() + kMaxFeatures, f.vector.end(),
                       [](const auto& a, const auto& b) { return a.weight > b.weight; });
      f.vector.resize(kMaxFeatures);
      std::sort(f.vector.begin(), f.vector.end());
    }
    double norm = 0;
    for (const WeightedFeature& w : f.vector) norm += double(w.weight) * w.weight;
    norm = std::sqrt(norm);
    if (norm > 0)
      for (WeightedFeature& w : f.vector) w.weight = static_cast<float>(w.weight / norm);
    // Blocking keys: the most mentioned place, then the most specific other
    // place (the heaviest after idf), so that a place named in passing does
    // not hide the main one, and a country named everywhere does not either.
    f.blocking = f.places;
    if (f.places.size() > kBlockingPlaces) {
      std::vector<uint64_t> keys{f.places.front()};
      uint64_t best = 0;
      double best_weight = -1;
      for (size_t i = 1; i < f.places.size(); ++i) {
        const uint64_t id = f.places[i];
        auto it = std::lower_bound(f.vector.begin(), f.vector.end(), WeightedFeature{id, 0});
        const double weight = (it != f.vector.end() && it->id == id) ? it->weight : 0.0;
        if (weight > best_weight) best = id, best_weight = weight;
      }
      keys.push_back(best);
      f.blocking = std::move(keys);
    }
  }
}

double Dot(const std::vector<WeightedFeature>& a, const std::vector<WeightedFeature>& b) {
  double sum = 0;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].id < b[j].id) ++i;
    else if (b[j].id < a[i].id) ++j;
    else sum += double(a[i++].weight) * b[j++].weight;
  }
  return sum;
}

}  // namespace recoupe::corpus
