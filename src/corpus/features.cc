#include "corpus/features.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "dates/calendar.h"
#include "pattern/fold.h"
#include "util/file_io.h"

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

// Keys by count, most counted first (ties by key, so the order depends on
// nothing but the counts).
std::vector<uint64_t> MostCountedFirst(const std::unordered_map<uint64_t, float>& counts) {
  std::vector<std::pair<float, uint64_t>> ranked;
  for (const auto& [id, count] : counts) ranked.push_back({count, id});
  std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  std::vector<uint64_t> keys;
  for (const auto& entry : ranked) keys.push_back(entry.second);
  return keys;
}

// The numbers a document's counts give ("84 morts", "84 dead"): the same
// toll read in two languages is the surest common word of two reports.
// Counts below kMinFigureFeature recur in every story and are left out.
constexpr double kMinFigureFeature = 10;

void CountFigureValues(const Document& doc, std::unordered_map<uint64_t, float>& counts) {
  for (const Figure& figure : doc.figures) {
    if (figure.what == "other" && figure.who_class == "other") continue;
    for (const std::optional<double>& bound : {figure.low, figure.high}) {
      if (!bound || *bound < kMinFigureFeature || *bound != std::floor(*bound)) continue;
      counts[FeatureId("n", std::to_string(static_cast<int64_t>(*bound)))] += 1.0f;
      if (figure.low == figure.high) break;
    }
  }
}

// The days and months the text states in full ("13 novembre 2015",
// "July 14, 2016"): like the numbers, they read the same in every language
// and place the story in time when its publication date is unknown.
void CountStatedDates(const Document& doc, std::unordered_map<uint64_t, float>& counts) {
  for (const DateMention& date : doc.dates) {
    if (date.kind != "date" || date.anchor != "absolute") continue;
    if (date.value.size() != 7 && date.value.size() != 10) continue;  // YYYY-MM, YYYY-MM-DD
    counts[FeatureId("d", date.value)] += 1.0f;
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

uint64_t CountryKey(std::string_view iso_code) { return FeatureId("country", iso_code); }

Result<CountryNames> LoadCountryNames(const std::string& places_tsv) {
  auto text = ReadWholeFile(places_tsv);
  if (!text.ok()) return text.status();
  CountryNames names;
  std::string_view rest = text.value();
  while (!rest.empty()) {
    const size_t eol = rest.find('\n');
    const std::string_view line = rest.substr(0, eol);
    rest = eol == std::string_view::npos ? std::string_view() : rest.substr(eol + 1);
    // name <TAB> type <TAB> class <TAB> ...
    const size_t first = line.find('\t');
    const size_t second = first == std::string_view::npos ? first : line.find('\t', first + 1);
    if (second == std::string_view::npos) continue;
    const size_t third = line.find('\t', second + 1);
    if (line.substr(second + 1, third - second - 1) == "country")
      names.emplace(line.substr(0, first));
  }
  return names;
}

DocumentFeatures ExtractFeatures(const Document& doc, const CountryNames& country_names) {
  DocumentFeatures features;
  if (auto window = DocumentWindow(doc)) {
    features.earliest_day = window->first;
    features.latest_day = window->second;
  }
  std::unordered_map<uint64_t, float> counts;
  std::unordered_map<uint64_t, float> place_counts, country_counts;
  for (const EntityMention& e : doc.entities) {
    const float weight = TypeWeight(e.type);
    if (weight == 0) continue;
    const uint64_t id = FeatureId(e.type, e.name);
    counts[id] += weight;
    if (e.type != "place") continue;
    if (!e.country || !country_names.contains(e.name)) place_counts[id] += 1.0f;
    if (e.country) country_counts[CountryKey(*e.country)] += 1.0f;
  }
  CountFigureValues(doc, counts);
  CountStatedDates(doc, counts);
  uint64_t content_key = FeatureId("text", "");
  for (const Block& block : doc.blocks) {
    if (!IsBodyKind(block.kind)) continue;
    const std::string folded = pattern::FoldText(doc.text(block.span));
    CountWords(folded, counts);
    content_key = FeatureId(std::to_string(content_key), folded);
  }
  features.content_key = content_key;
  features.vector.reserve(counts.size());
  for (const auto& [id, count] : counts) features.vector.push_back({id, count});
  std::sort(features.vector.begin(), features.vector.end());
  // Places most mentioned first; ApplyIdf picks the blocking keys among them.
  features.places = MostCountedFirst(place_counts);
  features.countries = MostCountedFirst(country_counts);
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
    if (!f.countries.empty()) f.blocking.push_back(f.countries.front());
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
