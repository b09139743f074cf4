#include "corpus/events.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <numeric>
#include <random>

namespace recoupe::corpus {
namespace {

// A synthetic document about `topic` at `place`, published on `day`
// (unset: untimed), with a few words of its own.
DocumentFeatures Synthetic(uint64_t place, std::optional<int64_t> day, uint64_t topic,
                           std::mt19937& random) {
  DocumentFeatures f;
  if (day) f.earliest_day = f.latest_day = *day;
  f.places = {place};
  f.blocking = {place};
  std::vector<WeightedFeature> v = {{place, 3}, {1000 + topic, 2}, {2000 + topic, 2}};
  for (int i = 0; i < 4; ++i) v.push_back({100000 + random() % 5000, 1});
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end(), [](auto& a, auto& b) { return a.id == b.id; }), v.end());
  double norm = 0;
  for (auto& w : v) norm += w.weight * w.weight;
  for (auto& w : v) w.weight = static_cast<float>(w.weight / std::sqrt(norm));
  f.vector = v;
  return f;
}

TEST(GroupEvents, SamePlaceMonthsApartIsTwoEvents) {
  std::mt19937 random(7);
  std::vector<DocumentFeatures> docs = {Synthetic(1, 100, 1, random), Synthetic(1, 101, 1, random),
                                        Synthetic(1, 370, 1, random), Synthetic(1, 371, 1, random)};
  const Grouping g = GroupEvents(docs);
  EXPECT_EQ(g.event_count, 2u);
  EXPECT_EQ(g.event_of[0], g.event_of[1]);
  EXPECT_EQ(g.event_of[2], g.event_of[3]);
  EXPECT_NE(g.event_of[0], g.event_of[2]);
}

TEST(GroupEvents, DifferentPlacesSameDayAreTwoEvents) {
  std::mt19937 random(3);
  std::vector<DocumentFeatures> docs = {Synthetic(1, 100, 1, random), Synthetic(2, 100, 1, random)};
  EXPECT_EQ(GroupEvents(docs).event_count, 2u);
}

TEST(GroupEvents, UntimedDocumentJoinsTheEventItResembles) {
  std::mt19937 random(5);
  std::vector<DocumentFeatures> docs = {Synthetic(1, 100, 1, random), Synthetic(1, 300, 2, random),
                                        Synthetic(1, std::nullopt, 2, random)};
  const Grouping g = GroupEvents(docs);
  EXPECT_EQ(g.event_count, 2u);
  EXPECT_EQ(g.event_of[2], g.event_of[1]);
}

TEST(GroupEvents, AnEventNeverSpansMoreThanItsLimit) {
  std::mt19937 random(11);
  std::vector<DocumentFeatures> docs;
  for (int day = 0; day < 200; day += 5) docs.push_back(Synthetic(1, day, 1, random));
  GroupingOptions options;
  const Grouping g = GroupEvents(docs, options);
  EXPECT_GE(g.event_count, 200u / (options.max_event_days + options.window_days));
  std::map<uint32_t, std::pair<int64_t, int64_t>> spans;
  for (size_t i = 0; i < docs.size(); ++i) {
    auto [it, fresh] = spans.try_emplace(g.event_of[i], *docs[i].earliest_day, *docs[i].earliest_day);
    it->second.first = std::min(it->second.first, *docs[i].earliest_day);
    it->second.second = std::max(it->second.second, *docs[i].earliest_day);
  }
  for (const auto& [event, span] : spans) EXPECT_LE(span.second - span.first, options.max_event_days);
}

// Two reports of one happening in two languages share little but the
// place's name and a number: with the same place and days, that is enough.
TEST(GroupEvents, SamePlaceAndDaysJoinOnLittleSharedWording) {
  DocumentFeatures french, english;
  french.earliest_day = french.latest_day = 100;
  english.earliest_day = english.latest_day = 101;
  french.places = french.blocking = english.places = english.blocking = {1};
  // Cosine 0.09: the place in common, every other word differs.
  french.vector = {{1, 0.3f}, {50, 0.95394f}};
  english.vector = {{1, 0.3f}, {60, 0.95394f}};
  EXPECT_EQ(GroupEvents({french, english}).event_count, 1u);
  // Without dates the same wording is not enough.
  french.earliest_day = french.latest_day = english.earliest_day = english.latest_day = std::nullopt;
  EXPECT_EQ(GroupEvents({french, english}).event_count, 2u);
}

// A country is where many events happen at once: undated stories that share
// only their country need the full threshold, and events that share only a
// country are never merged.
TEST(GroupEvents, UndatedStoriesSharingOnlyACountryStayApart) {
  const uint64_t country = CountryKey("ML");
  DocumentFeatures a, b;
  a.places = a.blocking = {1};
  b.places = b.blocking = {2};
  for (DocumentFeatures* doc : {&a, &b}) {
    doc->countries = {country};
    doc->blocking.push_back(country);
  }
  // Cosine 0.15: below the threshold for an undated document.
  a.vector = {{country, 0.3873f}, {50, 0.9220f}};
  b.vector = {{country, 0.3873f}, {60, 0.9220f}};
  EXPECT_EQ(GroupEvents({a, b}).event_count, 2u);
}

// The input order never matters: the same documents shuffled give the same
// partition.
TEST(GroupEvents, InputOrderDoesNotMatter) {
  std::mt19937 random(21);
  std::vector<DocumentFeatures> docs;
  for (int i = 0; i < 400; ++i) {
    std::optional<int64_t> day;
    if (random() % 3) day = static_cast<int64_t>(random() % 60);
    docs.push_back(Synthetic(1 + random() % 4, day, random() % 8, random));
    docs.back().content_key = random();
  }
  std::vector<size_t> order(docs.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::shuffle(order.begin(), order.end(), random);
  std::vector<DocumentFeatures> shuffled;
  for (size_t i : order) shuffled.push_back(docs[i]);
  const Grouping a = GroupEvents(docs), b = GroupEvents(shuffled);
  ASSERT_EQ(a.event_count, b.event_count);
  // Same partition: documents i and j together in one iff together in the other.
  std::vector<uint32_t> b_of(docs.size());
  for (size_t k = 0; k < order.size(); ++k) b_of[order[k]] = b.event_of[k];
  std::map<uint32_t, uint32_t> a_to_b;
  for (size_t i = 0; i < docs.size(); ++i) {
    auto [it, fresh] = a_to_b.emplace(a.event_of[i], b_of[i]);
    EXPECT_EQ(it->second, b_of[i]) << "document " << i;
  }
}

// The index only spares comparisons: on a varied collection the blocked
// grouping makes exactly the decisions of the all-pairs reference.
TEST(GroupEvents, BlockedGroupingAgreesWithAllPairs) {
  std::mt19937 random(42);
  std::vector<DocumentFeatures> docs;
  for (int i = 0; i < 3000; ++i) {
    const uint64_t place = 1 + random() % 40;
    const uint64_t topic = random() % 60;
    std::optional<int64_t> day;
    if (random() % 10) day = static_cast<int64_t>(random() % 700);
    docs.push_back(Synthetic(place, day, topic, random));
    if (random() % 4 == 0) {  // a second place
      const uint64_t other = 1 + random() % 40;
      if (other != place) {
        docs.back().places.push_back(other);
        docs.back().blocking.push_back(other);
      }
    }
  }
  const Grouping blocked = GroupEvents(docs);
  const Grouping reference = GroupEventsAllPairs(docs);
  EXPECT_EQ(blocked.event_count, reference.event_count);
  EXPECT_EQ(blocked.event_of, reference.event_of);
  EXPECT_GT(blocked.event_count, 100u);
  EXPECT_LT(blocked.event_count, 2500u);
}

}  // namespace
}  // namespace recoupe::corpus
