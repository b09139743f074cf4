// Event ids that outlive a corpus re-run. The corpus stage numbers events
// afresh on every run ("ev-1" the earliest); the store gives each event of
// a new run the id of the previous event it continues, so that a link to an
// event keeps working while articles are added.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "recoupe/dossier.h"

namespace recoupe::store {

struct PreviousEvent {
  std::string id;
  std::vector<std::string> documents;
};

// Renames the events of `dossier` (and every reference to them: documents'
// `events`, facts, timeline). Pairs (new event, previous event) sharing
// documents are taken greedily, most shared documents first (ties: the
// earlier new event, then the earlier previous one); each previous id goes
// to at most one new event. The other new events get "ev-<next_number>",
// counting up, so an id once given is never given to another event.
// `next_number` is at least one more than any previous "ev-N"; it is updated.
void KeepEventIds(Dossier& dossier, const std::vector<PreviousEvent>& previous,
                  uint64_t& next_number);

}  // namespace recoupe::store
