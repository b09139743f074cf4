#include "corpus/events.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>
#include <unordered_map>

namespace recoupe::corpus {
namespace {

struct OpenEvent {
  std::optional<int64_t> earliest, latest;  // publication window of its timed documents
  std::vector<uint64_t> places;             // sorted
  std::vector<WeightedFeature> centroid;    // sorted by id, summed member vectors
  double centroid_norm = 0;
};

// The order in which documents are grouped: timed ones by publication
// window, then untimed ones as they came.
std::vector<uint32_t> GroupingOrder(const std::vector<DocumentFeatures>& docs) {
  std::vector<uint32_t> order(docs.size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    const DocumentFeatures& x = docs[a];
    const DocumentFeatures& y = docs[b];
    if (x.timed() != y.timed()) return x.timed();
    if (!x.timed()) return false;
    if (*x.earliest_day != *y.earliest_day) return *x.earliest_day < *y.earliest_day;
    return *x.latest_day < *y.latest_day;
  });
  return order;
}

bool SharesPlace(const DocumentFeatures& doc, const OpenEvent& event) {
  for (uint64_t key : doc.blocking)
    if (std::binary_search(event.places.begin(), event.places.end(), key)) return true;
  return false;
}

// Whether `doc` may join `event` at all; both implementations use this.
bool Eligible(const DocumentFeatures& doc, const OpenEvent& event, const GroupingOptions& o) {
  if (!SharesPlace(doc, event)) return false;
  if (!doc.timed()) return true;
  if (!event.earliest) return false;  // timed documents never join untimed events
  const int64_t gap = std::max(*doc.earliest_day - *event.latest, *event.earliest - *doc.latest_day);
  if (gap > o.window_days) return false;
  const int64_t span = std::max(*doc.latest_day, *event.latest) -
                       std::min(*doc.earliest_day, *event.earliest);
  return span <= o.max_event_days;
}

double Similarity(const DocumentFeatures& doc, const OpenEvent& event) {
  if (event.centroid_norm == 0) return 0;
  return Dot(doc.vector, event.centroid) / event.centroid_norm;
}

void AddMember(OpenEvent& event, const DocumentFeatures& doc, const GroupingOptions& o) {
  if (doc.timed()) {
    event.earliest = event.earliest ? std::min(*event.earliest, *doc.earliest_day) : *doc.earliest_day;
    event.latest = event.latest ? std::max(*event.latest, *doc.latest_day) : *doc.latest_day;
  }
  std::vector<uint64_t> places = doc.places;
  if (places.empty()) places = doc.blocking;
  std::sort(places.begin(), places.end());
  std::vector<uint64_t> merged;
  std::set_union(event.places.begin(), event.places.end(), places.begin(), places.end(),
                 std::back_inserter(merged));
  event.places = std::move(merged);

  std::vector<WeightedFeature> sum;
  sum.reserve(event.centroid.size() + doc.vector.size());
  size_t i = 0, j = 0;
  while (i < event.centroid.size() || j < doc.vector.size()) {
    if (j == doc.vector.size() || (i < event.centroid.size() && event.centroid[i].id < doc.vector[j].id))
      sum.push_back(event.centroid[i++]);
    else if (i == event.centroid.size() || doc.vector[j].id < event.centroid[i].id)
      sum.push_back(doc.vector[j++]);
    else
      sum.push_back({event.centroid[i].id, event.centroid[i++].weight + doc.vector[j++].weight});
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
    const double threshold = doc.timed() ? o.join_threshold : o.untimed_join_threshold;
    // Candidates come in ascending order: the first best-scoring event wins.
    std::optional<uint32_t> best;
    double best_score = -1;
    for (uint32_t e : candidates(doc)) {
      if (!Eligible(doc, events[e], o)) continue;
      const double score = Similarity(doc, events[e]);
      if (score >= threshold && score > best_score) best = e, best_score = score;
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
