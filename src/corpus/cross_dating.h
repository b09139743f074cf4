// Dates a document cannot give itself, learnt from the other documents of
// its event; and which of two documents sharing text is the likely original.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "corpus/events.h"
#include "corpus/features.h"
#include "recoupe/dossier.h"

namespace recoupe::corpus {

// A document that could not be placed in time (no DocumentWindow) but joined
// an event takes the publication window of the most similar dated document
// of that event (basis "event", the document named in the evidence), within
// its own bounds; its relative dates ("dimanche") are then resolved against
// that day. `features` and `grouping` are those the events were made from.
void DateFromEvent(std::vector<Document>& docs, const std::vector<DocumentFeatures>& features,
                   const Grouping& grouping);

// Sets Reuse::original to the document published first, when their
// publication windows do not overlap.
void SetLikelyOriginals(const std::vector<Document>& docs, std::vector<Reuse>& reuse);

// Days an ISO 8601 duration spans ("PT24H" → 1, "P3W" → 21, "P2M" → 60),
// if it can be read.
std::optional<double> DurationDays(std::string_view duration);

}  // namespace recoupe::corpus
