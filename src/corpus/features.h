// What the event grouping compares: a compact record per document (its
// publication window, its most specific places, and a sparse weighted vector
// of places, actors, people and content words), built without tokens.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "recoupe/document.h"
#include "recoupe/status.h"
#include "util/string_hash.h"

namespace recoupe::corpus {

struct WeightedFeature {
  uint64_t id = 0;  // hash of the feature's kind and name
  float weight = 0;
  friend bool operator<(const WeightedFeature& a, const WeightedFeature& b) { return a.id < b.id; }
};

struct DocumentFeatures {
  // Publication window in days since 1970-01-01, set only when the document
  // can be placed within `kMaxWindowDays` (see DocumentWindow).
  std::optional<int64_t> earliest_day, latest_day;
  // Derived from the document's text alone (not its id, path or position in
  // the input): the grouping's tie-breaker, so that the same documents in
  // another order give the same events.
  uint64_t content_key = 0;
  // Ids of every place the document names, most mentioned first.
  std::vector<uint64_t> places;
  // Country keys (CountryKey) of the places it names, most mentioned first:
  // the wider scale at which a city, its province and its country meet.
  std::vector<uint64_t> countries;
  // Blocking keys, set by ApplyIdf: the places through which the document
  // looks for an event to join (at most kBlockingPlaces of `places`, and the
  // country of its most mentioned place).
  std::vector<uint64_t> blocking;
  // Sparse vector sorted by id; L2-normalised by ApplyIdf.
  std::vector<WeightedFeature> vector;

  bool timed() const { return earliest_day.has_value(); }
};

inline constexpr int64_t kMaxWindowDays = 45;
inline constexpr size_t kBlockingPlaces = 2;
inline constexpr size_t kMaxFeatures = 64;

// The publication window of `doc` when it is narrow enough to place the
// document in time: stated or inferred value, else [earliest, latest] when at
// most kMaxWindowDays apart.
std::optional<std::pair<int64_t, int64_t>> DocumentWindow(const Document& doc);

// Key of a country (ISO 3166-1 alpha-2) in `places` and `blocking`.
uint64_t CountryKey(std::string_view iso_code);

// Feature id of an entity or word, stable across runs.
uint64_t FeatureId(std::string_view kind, std::string_view name);

// Canonical names of the places that are whole countries (class `country`
// in data/kb/places.tsv): a mention of one is read at country scale.
using CountryNames = StringSet;
Result<CountryNames> LoadCountryNames(const std::string& places_tsv);

// Raw term counts of `doc`: entity mentions (places weigh most, then armed
// groups, organisations and people), the numbers its counts give, and
// folded content words of its body. A place in `countries` is kept among
// `countries` (by its ISO code), not `places`.
DocumentFeatures ExtractFeatures(const Document& doc, const CountryNames& countries = {});

// Turns raw counts into tf-idf weights over the whole collection, keeps the
// kMaxFeatures heaviest, normalises, and picks each document's blocking
// places (the kBlockingPlaces rarest of its places, ties by count).
void ApplyIdf(std::vector<DocumentFeatures>& features);

// Dot product of two sorted sparse vectors.
double Dot(const std::vector<WeightedFeature>& a, const std::vector<WeightedFeature>& b);

}  // namespace recoupe::corpus
