// Grouping documents into events: incremental, one pass, each document
// joining the most similar open event that shares one of its main places
// within a time window, or starting a new one. Candidate events come from an
// index by (place, time bucket), so a document is compared with the events
// around its own place and time, never with the whole collection.
#pragma once

#include <cstdint>
#include <vector>

#include "corpus/features.h"

namespace recoupe::corpus {

struct GroupingOptions {
  // A timed document may join an event whose window is at most this many
  // days from its own publication window.
  int64_t window_days = 10;
  // An event's window (publication days of its documents) never grows
  // beyond this: the same place months apart is another event.
  int64_t max_event_days = 45;
  // Least cosine similarity between a document and an event's centroid for
  // the document to join it.
  double join_threshold = 0.2;
  // The same when both are placed in time (within window_days) and share a
  // place below the country: time and place already make most of the
  // case, and the words need only show the same story (two languages share
  // little more than names and numbers).
  double same_place_join_threshold = 0.08;
  // The same for documents that could not be placed in time: they are
  // compared with events of any date that share their main places.
  double untimed_join_threshold = 0.2;
  // Features kept in an event's centroid (the heaviest).
  size_t max_centroid_features = 256;
};

struct Grouping {
  std::vector<uint32_t> event_of;  // event number of each document, 0-based
  uint32_t event_count = 0;
};

// Groups `docs` (features after ApplyIdf). Timed documents go first, in
// order of publication, then the untimed ones, ties in order of content key
// (never of input). A document joins, among the eligible events that pass
// their threshold, one sharing a place below the country if any (the finest
// scale the two name), the most similar. Then events that would pass the
// same test against each other (centroid against centroid) are merged, the
// most similar pair first: a story split by the order of its documents
// comes together. Events are numbered in the order they were created.
Grouping GroupEvents(const std::vector<DocumentFeatures>& docs,
                     const GroupingOptions& options = {});

// The same decisions, comparing each document with every event: the
// reference GroupEvents must agree with (tests only; quadratic).
Grouping GroupEventsAllPairs(const std::vector<DocumentFeatures>& docs,
                             const GroupingOptions& options = {});

}  // namespace recoupe::corpus
