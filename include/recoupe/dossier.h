// What one run produces: the analysed documents, the inputs that could not be
// analysed, and what the corpus stage (src/corpus, recoupe/crosscheck.h)
// finds across documents: events, reconciled facts, flags, copied passages
// and a timeline. Shapes follow the JSON dossier (docs/json-output.md).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "recoupe/document.h"

namespace recoupe {

// An input that did not become a document, with the reason. Reported on
// standard error and listed in the dossier: nothing is dropped silently.
struct SkippedInput {
  std::string path;
  std::optional<uint32_t> line;  // JSONL line, 1-based
  std::string id;                // document id when known
  std::string message;
  // "path:line: [id] message", the form printed on standard error.
  std::string ToString() const;
};

// A place where an event happened, with coordinates when known.
struct EventPlace {
  std::string name;  // canonical English name
  std::optional<double> lat, lon;
  uint32_t mentions = 0;  // mentions across the event's documents
};

// Documents (and parts of multi-event documents) about one happening: the
// same places, the same time window, the same actors.
struct Event {
  std::string id;                         // "ev-1", numbered by earliest date
  std::string label;                      // short human label ("Palmyra, March 2016")
  std::optional<std::string> earliest;    // YYYY-MM-DD
  std::optional<std::string> latest;      // YYYY-MM-DD
  std::vector<EventPlace> where;          // most mentioned first
  std::vector<std::string> actors;        // canonical names, most mentioned first
  std::vector<std::string> documents;     // ids, in input order
};

// One document's report of a fact: a figure of that document.
struct FactReport {
  std::string document;  // document id
  uint32_t begin = 0, end = 0;  // the figure's raw span in that document
  std::optional<double> low, high;
  std::string qualifier;
  std::optional<std::string> source;
  bool hedged = false;
  // Which independent witness this report goes back to (0-based within its
  // fact): reports sharing a source, or copied from one another, share one.
  uint32_t witness = 0;
};

struct Estimate {
  std::optional<double> low, best, high;
};

// The same quantity reported by one or more documents of one event.
struct Fact {
  std::string id;       // "f-1"
  std::string event;    // event id
  std::string what;     // Figure::what
  std::string who_class;
  std::optional<std::string> who_actor;
  std::optional<std::string> scope;  // ISO 8601 duration the count covers ("P1D"), if stated
  std::vector<FactReport> reports;
  Estimate estimate;
  std::string status;   // single|agree|compatible|conflict
  uint32_t independent_sources = 0;
};

// A flag of the whole dossier: per-document flags gathered, plus those the
// corpus stage raises between documents.
struct DossierFlag {
  std::string kind;      // Flag::kind values, cross_source_conflict, copied_text
  std::string document;  // document id
  uint32_t begin = 0, end = 0;
  std::string message;
  std::vector<std::string> related;  // other document ids involved
};

// A passage found in two documents: raw spans in each.
struct ReusedPassage {
  Span a, b;
};

// Text shared between two documents (wire copy, verbatim or lightly edited).
struct Reuse {
  std::string a, b;                     // document ids, a before b in input order
  std::vector<ReusedPassage> passages;  // in order of position in a
  double score = 0;                     // share of the shorter body covered, 0..1
  std::optional<std::string> original;  // the likely original: the earlier published
};

// A raw span of one document.
struct DocumentSpan {
  std::string document;  // document id
  uint32_t begin = 0, end = 0;
};

// A dated happening of an event, earliest first.
struct TimelineEntry {
  std::string date;       // DateMention::value
  std::string event;      // event id
  std::string text;       // the sentence that states it, from the first document
  std::vector<std::string> documents;
  std::vector<DocumentSpan> mentions;  // the date expressions that state it, in each document
  bool hedged = false;    // every document that states it hedges it
  // The date lies wholly outside the event's window: context the articles
  // recall (an earlier capture, a previous offensive), not the event itself.
  bool background = false;
};

struct Dossier {
  std::vector<Document> documents;
  std::vector<SkippedInput> skipped;
  // Corpus stage (empty until CrossCheck runs).
  std::vector<Event> events;
  std::vector<Fact> facts;
  std::vector<DossierFlag> flags;
  std::vector<Reuse> reuse;
  std::vector<TimelineEntry> timeline;
};

}  // namespace recoupe
