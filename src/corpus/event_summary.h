// Turning a grouping into the dossier's events (when, where, actors, label,
// documents), and placing each dated sentence or figure of a document in the
// event it is about: its document's main event, unless its date falls in
// another event at one of the document's places (002 recalls, in December,
// what happened "en mars dernier").
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "corpus/events.h"
#include "recoupe/dossier.h"

namespace recoupe::corpus {

// Days before its first publication that an event's own happenings may lie
// (an offensive launched three weeks before the town falls).
inline constexpr int64_t kEventLeadDays = 31;

// Fills dossier.events from `grouping`, numbered by earliest date (undated
// events last); returns the index in dossier.events of each document's event.
std::vector<uint32_t> DescribeEvents(Dossier& dossier, const Grouping& grouping);

class EventLocator {
 public:
  // REQUIRES: dossier.events filled by DescribeEvents; both outlive this.
  EventLocator(const Dossier& dossier, const std::vector<uint32_t>& event_of_document);

  // The event a date value (YYYY-MM-DD or YYYY-MM) of document `doc` is about.
  uint32_t EventOfDate(uint32_t doc, const std::string& value) const;
  // The event of a sentence: that of its first dated mention, else the main one.
  uint32_t EventOfSpan(uint32_t doc, Span sentence) const;
  uint32_t MainEvent(uint32_t doc) const { return event_of_document_[doc]; }

 private:
  struct Window {
    std::optional<int64_t> first, last;
  };
  const Dossier& dossier_;
  const std::vector<uint32_t>& event_of_document_;
  std::vector<Window> windows_;
  std::unordered_map<std::string, std::vector<uint32_t>> events_at_place_;  // by event.where
};

}  // namespace recoupe::corpus
