#include "corpus/event_summary.h"

#include <algorithm>
#include <map>
#include <numeric>

#include "corpus/features.h"
#include "dates/calendar.h"

namespace recoupe::corpus {
namespace {

constexpr size_t kMaxPlaces = 5;
constexpr size_t kMaxActors = 6;
constexpr const char* kMonthNames[] = {"January", "February", "March",     "April",
                                       "May",     "June",     "July",      "August",
                                       "September", "October", "November", "December"};

// [first, last] days of a YYYY-MM-DD or YYYY-MM value.
std::optional<std::pair<int64_t, int64_t>> ValueRange(const std::string& value) {
  if (value.size() == 10) {
    if (auto day = dates::ParseIsoDay(value)) return std::make_pair(*day, *day);
    return std::nullopt;
  }
  if (value.size() == 7 && value[4] == '-') {
    auto first = dates::ParseIsoDay(value + "-01");
    if (!first) return std::nullopt;
    const dates::CivilDate c = dates::CivilFromDays(*first);
    return std::make_pair(*first, *first + dates::DaysInMonth(c.year, c.month) - 1);
  }
  return std::nullopt;
}

template <typename Map>
std::vector<typename Map::key_type> MostCounted(const Map& counts, size_t limit) {
  std::vector<std::pair<uint32_t, typename Map::key_type>> sorted;
  for (const auto& [key, count] : counts) sorted.push_back({count, key});
  std::sort(sorted.begin(), sorted.end(),
            [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
  std::vector<typename Map::key_type> out;
  for (size_t i = 0; i < sorted.size() && i < limit; ++i) out.push_back(sorted[i].second);
  return out;
}

Event Describe(const std::vector<Document>& docs, const std::vector<uint32_t>& members) {
  Event event;
  std::optional<int64_t> first_published, last_published;
  for (uint32_t d : members) {
    event.documents.push_back(docs[d].id);
    if (auto window = DocumentWindow(docs[d])) {
      first_published = first_published ? std::min(*first_published, window->first) : window->first;
      last_published = last_published ? std::max(*last_published, window->second) : window->second;
    }
  }
  // When: the event's own dated happenings, from a few weeks before its
  // first publication to its last; else the publication days themselves.
  std::optional<int64_t> earliest, latest;
  if (first_published) {
    for (uint32_t d : members) {
      for (const DateMention& date : docs[d].dates) {
        if (date.kind != "date" || date.value.size() != 10) continue;
        auto day = dates::ParseIsoDay(date.value);
        if (!day || *day < *first_published - kEventLeadDays || *day > *last_published) continue;
        earliest = earliest ? std::min(*earliest, *day) : *day;
        latest = latest ? std::max(*latest, *day) : *day;
      }
    }
    if (!earliest) earliest = first_published, latest = last_published;
    event.earliest = dates::FormatDay(*earliest);
    event.latest = dates::FormatDay(*latest);
  }
  std::map<std::string, uint32_t> place_counts, actor_counts;
  std::map<std::string, const EntityMention*> place_of;
  for (uint32_t d : members) {
    for (const EntityMention& e : docs[d].entities) {
      if (e.type == "place") {
        ++place_counts[e.name];
        if (!place_of.count(e.name) || (e.lat && !place_of[e.name]->lat)) place_of[e.name] = &e;
      } else if (e.type == "armed_group") {
        ++actor_counts[e.name];
      }
    }
  }
  for (const std::string& name : MostCounted(place_counts, kMaxPlaces)) {
    const EntityMention* e = place_of[name];
    event.where.push_back({name, e->lat, e->lon, place_counts[name]});
  }
  event.actors = MostCounted(actor_counts, kMaxActors);
  event.label = event.where.empty() ? std::string("Unplaced event") : event.where.front().name;
  if (latest) {
    const dates::CivilDate c = dates::CivilFromDays(*latest);
    event.label += ", " + std::string(kMonthNames[c.month - 1]) + " " + std::to_string(c.year);
  }
  return event;
}

}  // namespace

std::vector<uint32_t> DescribeEvents(Dossier& dossier, const Grouping& grouping) {
  std::vector<std::vector<uint32_t>> members(grouping.event_count);
  for (uint32_t d = 0; d < grouping.event_of.size(); ++d) members[grouping.event_of[d]].push_back(d);
  std::vector<Event> events;
  for (const auto& list : members) events.push_back(Describe(dossier.documents, list));
  // Number events by earliest date, undated ones last, ties by first document.
  std::vector<uint32_t> order(events.size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    const Event& x = events[a];
    const Event& y = events[b];
    if (x.earliest.has_value() != y.earliest.has_value()) return x.earliest.has_value();
    if (x.earliest && *x.earliest != *y.earliest) return *x.earliest < *y.earliest;
    return members[a].front() < members[b].front();
  });
  std::vector<uint32_t> new_index(events.size());
  dossier.events.clear();
  for (uint32_t rank = 0; rank < order.size(); ++rank) {
    new_index[order[rank]] = rank;
    dossier.events.push_back(std::move(events[order[rank]]));
    dossier.events.back().id = "ev-" + std::to_string(rank + 1);
  }
  std::vector<uint32_t> event_of_document(grouping.event_of.size());
  for (uint32_t d = 0; d < event_of_document.size(); ++d)
    event_of_document[d] = new_index[grouping.event_of[d]];
  return event_of_document;
}

EventLocator::EventLocator(const Dossier& dossier, const std::vector<uint32_t>& event_of_document)
    : dossier_(dossier), event_of_document_(event_of_document) {
  for (const Event& event : dossier.events) {
    Window window;
    if (event.earliest) window.first = dates::ParseIsoDay(*event.earliest);
    if (event.latest) window.last = dates::ParseIsoDay(*event.latest);
    windows_.push_back(window);
    const uint32_t e = static_cast<uint32_t>(windows_.size() - 1);
    for (const EventPlace& place : event.where) events_at_place_[place.name].push_back(e);
  }
}

uint32_t EventLocator::EventOfDate(uint32_t doc, const std::string& value) const {
  const uint32_t main = event_of_document_[doc];
  const auto range = ValueRange(value);
  if (!range) return main;
  auto overlaps = [&](uint32_t e) {
    const Window& w = windows_[e];
    return w.first && w.last && range->first <= *w.last && *w.first <= range->second;
  };
  if (overlaps(main)) return main;
  for (const EntityMention& mention : dossier_.documents[doc].entities) {
    if (mention.type != "place") continue;
    auto it = events_at_place_.find(mention.name);
    if (it == events_at_place_.end()) continue;
    for (uint32_t e : it->second)
      if (e != main && overlaps(e)) return e;
  }
  return main;
}

uint32_t EventLocator::EventOfSpan(uint32_t doc, Span sentence) const {
  for (const DateMention& date : dossier_.documents[doc].dates)
    if (date.begin >= sentence.begin && date.end <= sentence.end && !date.value.empty())
      return EventOfDate(doc, date.value);
  return event_of_document_[doc];
}

}  // namespace recoupe::corpus
