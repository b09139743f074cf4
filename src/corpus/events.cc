#include "corpus/events.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>
#include <tuple>
#include <unordered_map>

namespace recoupe::corpus {
namespace {

struct OpenEvent {
  std::optional<int64_t> earliest, latest;  // publication window of its timed documents
  std::vector<uint64_t> places;             // sorted: every place and country of its members
  std::vector<uint64_t> keys;               // sorted: its members' blocking keys
  std::vector<uint64_t> countries;          // sorted: its members' country keys
  std::vector<WeightedFeature> centroid;    // sorted by id, summed member vectors
  double centroid_norm = 0;
};

// How closely two records' places meet: kBelowCountry when they share a
// place below the country, kCountry when only a country, else kNone.
enum PlaceMatch { kNone = 0, kCountry = 1, kBelowCountry = 2 };

// The order in which documents are grouped: timed ones by publication
// window, then untimed ones; ties by content key, so that the input order
// never matters (exact duplicates tie, and either may go first).
std::vector<uint32_t> GroupingOrder(const std::vector<DocumentFeatures>& docs) {
  std::vector<uint32_t> order(docs.size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    const DocumentFeatures& x = docs[a];
    const DocumentFeatures& y = docs[b];
    if (x.timed() != y.timed()) return x.timed();
    if (x.timed() && *x.earliest_day != *y.earliest_day) return *x.earliest_day < *y.earliest_day;
    if (x.timed() && *x.latest_day != *y.latest_day) return *x.latest_day < *y.latest_day;
    return x.content_key < y.content_key;
  });
  return order;
}

bool Contains(const std::vector<uint64_t>& sorted, uint64_t key) {
  return std::binary_search(sorted.begin(), sorted.end(), key);
}

bool Intersect(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) return true;
    a[i] < b[j] ? ++i : ++j;
  }
  return false;
}

PlaceMatch Match(const DocumentFeatures& doc, const OpenEvent& event) {
  PlaceMatch match = kNone;
  for (uint64_t key : doc.blocking) {
    if (!Contains(event.places, key)) continue;
    const bool country = std::find(doc.countries.begin(), doc.countries.end(), key) != doc.countries.end();
    match = std::max(match, country ? kCountry : kBelowCountry);
  }
  return match;
}

PlaceMatch Match(const OpenEvent& a, const OpenEvent& b) {
  if (Intersect(a.keys, b.keys)) return kBelowCountry;
  return Intersect(a.countries, b.countries) ? kCountry : kNone;
}

// Whether two publication windows (unset: untimed) may lie in one event.
bool TimesFit(std::optional<int64_t> a_first, std::optional<int64_t> a_last,
              std::optional<int64_t> b_first, std::optional<int64_t> b_last,
              const GroupingOptions& o) {
  if (!a_first || !b_first) return true;
  const int64_t gap = std::max(*a_first - *b_last, *b_first - *a_last);
  const int64_t span = std::max(*a_last, *b_last) - std::min(*a_first, *b_first);
  return gap <= o.window_days && span <= o.max_event_days;
}

double Threshold(bool both_timed, PlaceMatch match, const GroupingOptions& o) {
  return both_timed && match == kBelowCountry ? o.same_place_join_threshold : o.join_threshold;
}

// The place match of `doc` with `event` when the document may join it
// (kNone when it may not); both implementations use this.
PlaceMatch Eligible(const DocumentFeatures& doc, const OpenEvent& event, const GroupingOptions& o) {
  if (doc.timed() && !event.earliest) return kNone;  // timed documents never join untimed events
  if (!TimesFit(doc.earliest_day, doc.latest_day, event.earliest, event.latest, o)) return kNone;
  return Match(doc, event);
}

double Similarity(const DocumentFeatures& doc, const OpenEvent& event) {
  if (event.centroid_norm == 0) return 0;
  return Dot(doc.vector, event.centroid) / event.centroid_norm;
}

double Similarity(const OpenEvent& a, const OpenEvent& b) {
  if (a.centroid_norm == 0 || b.centroid_norm == 0) return 0;
  return Dot(a.centroid, b.centroid) / (a.centroid_norm * b.centroid_norm);
}

void AddSorted(std::vector<uint64_t>& set, std::vector<uint64_t> more) {
  std::sort(more.begin(), more.end());
  std::vector<uint64_t> merged;
  std::set_union(set.begin(), set.end(), more.begin(), more.end(), std::back_inserter(merged));
  merged.erase(std::unique(merged.begin(), merged.end()), merged.end());
  set = std::move(merged);
}

void AddToCentroid(OpenEvent& event, const std::vector<WeightedFeature>& vector,
                   const GroupingOptions& o);

void AddMember(OpenEvent& event, const DocumentFeatures& doc, const GroupingOptions& o) {
  if (doc.timed()) {
    event.earliest = event.earliest ? std::min(*event.earliest, *doc.earliest_day) : *doc.earliest_day;
    event.latest = event.latest ? std::max(*event.latest, *doc.latest_day) : *doc.latest_day;
  }
  std::vector<uint64_t> places = doc.places;
  places.insert(places.end(), doc.countries.begin(), doc.countries.end());
  places.insert(places.end(), doc.blocking.begin(), doc.blocking.end());
  AddSorted(event.places, std::move(places));
  std::vector<uint64_t> keys, countries;
  for (uint64_t key : doc.blocking) {
    const bool country = std::find(doc.countries.begin(), doc.countries.end(), key) != doc.countries.end();
    (country ? countries : keys).push_back(key);
  }
  AddSorted(event.keys, std::move(keys));
  AddSorted(event.countries, std::move(countries));
  AddToCentroid(event, doc.vector, o);
}

void AddToCentroid(OpenEvent& event, const std::vector<WeightedFeature>& vector,
                   const GroupingOptions& o) {
  std::vector<WeightedFeature> sum;
  sum.reserve(event.centroid.size() + vector.size());
  size_t i = 0, j = 0;
  while (i < event.centroid.size() || j < vector.size()) {
    if (j == vector.size() || (i < event.centroid.size() && event.centroid[i].id < vector[j].id))
      sum.push_back(event.centroid[i++]);
    else if (i == event.centroid.size() || vector[j].id < event.centroid[i].id)
      sum.push_back(vector[j++]);
    else
      sum.push_back({event.centroid[i].id, event.centroid[i++].weight + vector[j++].weight});
  }
  if (sum.size() > o.max_centroid_features) {
    std::nth_element(sum.begin(), sum.begin() + o.max_centroid_features, sum.end(),
                     [](const auto& a, const auto& b) { return a.weight > b.weight; });
    sum.resize(o.max_centroid_features);
    std::sort(sum.begin(), sum.end());
  }
  double norm = 0;
  for (const WeightedFeature& w : sum) norm += double(w.weight) * w.weight;
  event.centroid = std::move(sum);
  event.centroid_norm = std::sqrt(norm);
}

// Whether events a and b may be merged, and how similar they are (-1: not).
double MergeScore(const OpenEvent& a, const OpenEvent& b, const GroupingOptions& o) {
  const PlaceMatch match = Match(a, b);
  if (match != kBelowCountry || !TimesFit(a.earliest, a.latest, b.earliest, b.latest, o)) return -1;
  const double score = Similarity(a, b);
  const bool both_timed = a.earliest && b.earliest;
  return score >= Threshold(both_timed, match, o) ? score : -1;
}

void Absorb(OpenEvent& into, OpenEvent& from, const GroupingOptions& o) {
  if (from.earliest) {
    into.earliest = into.earliest ? std::min(*into.earliest, *from.earliest) : *from.earliest;
    into.latest = into.latest ? std::max(*into.latest, *from.latest) : *from.latest;
  }
  AddSorted(into.places, from.places);
  AddSorted(into.keys, from.keys);
  AddSorted(into.countries, from.countries);
  AddToCentroid(into, from.centroid, o);
  from = OpenEvent{};
}

// Merges events that pass the joining test against each other, the most
// similar pair first, in rounds until none does; renumbers the events in
// order of creation. Pairs are found through the events' blocking keys and
// countries, so only events that share a place are compared.
void MergeEvents(std::vector<OpenEvent>& events, const GroupingOptions& o, Grouping& grouping) {
  std::vector<uint32_t> merged_into(events.size());
  std::iota(merged_into.begin(), merged_into.end(), 0u);
  for (bool changed = true; changed;) {
    changed = false;
    std::unordered_map<uint64_t, std::vector<uint32_t>> by_key;
    for (uint32_t e = 0; e < events.size(); ++e) {
      if (merged_into[e] != e) continue;
      for (uint64_t key : events[e].keys) by_key[key].push_back(e);
      for (uint64_t key : events[e].countries) by_key[key].push_back(e);
    }
    std::vector<std::tuple<double, uint32_t, uint32_t>> pairs;
    for (const auto& [key, list] : by_key)
      for (size_t i = 0; i < list.size(); ++i)
        for (size_t j = i + 1; j < list.size(); ++j) {
          const double score = MergeScore(events[list[i]], events[list[j]], o);
          if (score >= 0) pairs.push_back({-score, list[i], list[j]});
        }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    std::vector<bool> touched(events.size(), false);
    for (const auto& [negative_score, a, b] : pairs) {
      if (touched[a] || touched[b]) continue;
      touched[a] = touched[b] = true;
      Absorb(events[a], events[b], o);
      merged_into[b] = a;
      changed = true;
    }
  }
  std::vector<uint32_t> number(events.size(), 0);
  uint32_t count = 0;
  for (uint32_t e = 0; e < events.size(); ++e)
    if (merged_into[e] == e) number[e] = count++;
  for (uint32_t& event : grouping.event_of) {
    while (merged_into[event] != event) event = merged_into[event];
    event = number[event];
  }
  grouping.event_count = count;
}

// Runs the grouping; `candidates(doc, events)` lists the events worth
// checking for `doc` (a superset of the eligible ones), `on_change(e)` is
// told when event e was created or grew.
template <typename Candidates, typename OnChange>
Grouping Group(const std::vector<DocumentFeatures>& docs, const GroupingOptions& o,
               std::vector<OpenEvent>& events, Candidates candidates, OnChange on_change) {
  Grouping grouping;
  grouping.event_of.assign(docs.size(), 0);
  for (uint32_t index : GroupingOrder(docs)) {
    const DocumentFeatures& doc = docs[index];
    // Candidates come in ascending order: the first best-scoring event wins.
    std::optional<uint32_t> best;
    std::pair<PlaceMatch, double> best_score{kNone, -1};
    for (uint32_t e : candidates(doc)) {
      const PlaceMatch match = Eligible(doc, events[e], o);
      if (match == kNone) continue;
      const double score = Similarity(doc, events[e]);
      const bool both_timed = doc.timed() && events[e].earliest.has_value();
      const double threshold =
          doc.timed() ? Threshold(both_timed, match, o) : o.untimed_join_threshold;
      if (score < threshold) continue;
      if (std::make_pair(match, score) > best_score) best = e, best_score = {match, score};
    }
    if (!best) {
      best = static_cast<uint32_t>(events.size());
      events.emplace_back();
    }
    AddMember(events[*best], doc, o);
    on_change(*best);
    grouping.event_of[index] = *best;
  }
  grouping.event_count = static_cast<uint32_t>(events.size());
  MergeEvents(events, o, grouping);
  return grouping;
}

uint64_t BucketKey(uint64_t place, int64_t bucket) {
  return place * 1000003ull ^ static_cast<uint64_t>(bucket) * 0x9E3779B97F4A7C15ull;
}

int64_t BucketOf(int64_t day, int64_t width) {
  return day >= 0 ? day / width : -((-day + width - 1) / width);
}

}  // namespace

Grouping GroupEvents(const std::vector<DocumentFeatures>& docs, const GroupingOptions& o) {
  std::vector<OpenEvent> events;
  const int64_t width = std::max<int64_t>(o.window_days, 1);
  // (place, bucket) → timed events; place → every event (for untimed documents).
  std::unordered_map<uint64_t, std::vector<uint32_t>> by_place_and_time;
  std::unordered_map<uint64_t, std::vector<uint32_t>> by_place;
  struct Registered {
    std::vector<uint64_t> places;  // sorted, as indexed
    std::optional<std::pair<int64_t, int64_t>> buckets;
  };
  std::vector<Registered> registered;
  std::vector<uint32_t> seen_stamp;
  uint32_t stamp = 0;
  std::vector<uint32_t> found;

  auto candidates = [&](const DocumentFeatures& doc) -> const std::vector<uint32_t>& {
    found.clear();
    ++stamp;
    seen_stamp.resize(events.size(), 0);
    auto take = [&](const std::vector<uint32_t>& list) {
      for (uint32_t e : list)
        if (seen_stamp[e] != stamp) seen_stamp[e] = stamp, found.push_back(e);
    };
    for (uint64_t place : doc.blocking) {
      if (!doc.timed()) {
        if (auto it = by_place.find(place); it != by_place.end()) take(it->second);
        continue;
      }
      const int64_t first = BucketOf(*doc.earliest_day - o.window_days, width);
      const int64_t last = BucketOf(*doc.latest_day + o.window_days, width);
      for (int64_t b = first; b <= last; ++b)
        if (auto it = by_place_and_time.find(BucketKey(place, b)); it != by_place_and_time.end())
          take(it->second);
    }
    std::sort(found.begin(), found.end());
    return found;
  };
  // Indexes what is new about event e: places not yet indexed (in every
  // bucket of its window), and buckets its window has grown into (for the
  // places already indexed). An event is listed at most once per key.
  auto on_change = [&](uint32_t e) {
    registered.resize(events.size());
    const OpenEvent& event = events[e];
    Registered& r = registered[e];
    std::vector<uint64_t> new_places;
    std::set_difference(event.places.begin(), event.places.end(), r.places.begin(),
                        r.places.end(), std::back_inserter(new_places));
    for (uint64_t place : new_places) by_place[place].push_back(e);
    if (event.earliest) {
      const std::pair<int64_t, int64_t> now{BucketOf(*event.earliest, width),
                                            BucketOf(*event.latest, width)};
      for (int64_t b = now.first; b <= now.second; ++b) {
        const bool old_bucket = r.buckets && b >= r.buckets->first && b <= r.buckets->second;
        for (uint64_t place : old_bucket ? new_places : event.places)
          by_place_and_time[BucketKey(place, b)].push_back(e);
      }
      r.buckets = now;
    }
    r.places = event.places;
  };
  return Group(docs, o, events, candidates, on_change);
}

Grouping GroupEventsAllPairs(const std::vector<DocumentFeatures>& docs, const GroupingOptions& o) {
  std::vector<OpenEvent> events;
  std::vector<uint32_t> all;
  auto candidates = [&](const DocumentFeatures&) -> const std::vector<uint32_t>& {
    all.resize(events.size());
    std::iota(all.begin(), all.end(), 0u);
    return all;
  };
  return Group(docs, o, events, candidates, [](uint32_t) {});
}

}  // namespace recoupe::corpus
