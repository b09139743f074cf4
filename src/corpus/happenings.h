// Happenings: what a dated sentence says took place ("a repris dimanche",
// "s'est achevée samedi dernier"), read from the corpus-cues data file of
// the document's language. They make the timeline of each event, and two
// documents of one event dating the same kind of happening on different days
// are in conflict.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "recoupe/dossier.h"
#include "util/phrase_sets.h"

namespace recoupe::corpus {

// The corpus-cues file of one language.
struct CorpusCues {
  PhraseSets sets;
};

// A date of a document with the sentence that states it.
struct DatedSentence {
  uint32_t document = 0;  // index in the dossier
  uint32_t date = 0;      // index in Document::dates
  Span sentence;
  std::string happening;  // the nearest happening cue's kind ("capture"), or empty
};

// The sentence of `doc` around byte `offset` (a body sentence, else the block).
Span SentenceAround(const Document& doc, uint32_t offset);

// The kind of happening whose cue in `sentence` is nearest to `date`, or "".
std::string NearestHappening(const Document& doc, Span sentence, Span date, const CorpusCues& cues);

// The first cue in `span` of a set named "<prefix>NAME": NAME, or unset.
// ("scope:" gives the time a figure covers: "P1D", "R/P1D"; "approx:" the
// side an approximate figure leans to: "below" for "près de", "nearly".)
std::optional<std::string> FirstCue(const Document& doc, Span span, const CorpusCues& cues,
                                    std::string_view prefix);

// Days between two YYYY-MM-DD values, if both are days.
std::optional<int64_t> DaysBetween(const std::string& a, const std::string& b);

// Conflicts between documents of one event that date the same kind of
// happening on days at most two apart: the dating given by the most
// documents (ties: the one given first in input order) stands, and each
// document giving another is flagged, related to those documents. Only exact
// (not approximate) day values count; hedged ones do (a side's claim of when
// it took a town is still a dating).
std::vector<DossierFlag> DateConflicts(const Dossier& dossier,
                                       const std::vector<DatedSentence>& sentences,
                                       const std::vector<uint32_t>& event_of_sentence);

// The timeline: one entry per (event, date value, happening), earliest
// first, with every document that states it.
std::vector<TimelineEntry> BuildTimeline(const Dossier& dossier,
                                         const std::vector<DatedSentence>& sentences,
                                         const std::vector<uint32_t>& event_of_sentence);

}  // namespace recoupe::corpus
