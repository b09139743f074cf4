// The annotation layers that the per-document stages add to a Document, in
// the shapes of the JSON dossier (docs/json-output.md). Every annotation
// carries a Span into Document::raw (THE OFFSET INVARIANT, document.h): its
// text is exactly raw[span.begin, span.end).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace recoupe {

// A temporal expression resolved to the calendar (dates stage).
struct DateMention {
  uint32_t begin = 0, end = 0;  // raw byte span
  // YYYY-MM-DD | YYYY-MM | YYYY | YYYY-Www | "START/END" (an interval of those);
  // empty when the expression could not be resolved.
  std::string value;
  std::string kind;                // "date", "time", "interval", "duration", "set"
  std::optional<std::string> time; // "14:30" when a time of day is given
  std::optional<std::string> duration;  // ISO 8601 duration ("P3W") for kind "duration"
  // How the value was found: "absolute" (fully stated), "publication" (relative
  // to the publication date), "date" (relative to another date of the text),
  // "inferred" (completed from context, e.g. a year left out).
  std::string anchor;
  // For an expression whose value depends on the publication day (weekday,
  // "hier", "la semaine dernière", "il y a deux jours", "le 7 mars" without a
  // year, ...): a compact recipe of how it resolves against an anchor day,
  // set whether or not it was resolved; empty for absolute expressions and
  // for those chained to another date ("le lendemain"). A clock time takes
  // the recipe of the day it was placed on. Read by ReanchorDate
  // (src/dates/reanchor.h); internal, not in the JSON.
  std::string relative;
  // True when the expression names its day (or span, or length) only
  // roughly: "voici deux semaines", "il y a un mois", "ces dernières
  // semaines", "récemment", "une vingtaine de jours"; false for exact ones
  // ("dimanche", "hier", "il y a deux jours", "le 7 mars").
  bool approximate = false;
  bool hedged = false;             // inside a hedged clause (attribution stage)
};

// Publication date: stated by the input, or inferred from the text's dates.
struct PublishedDate {
  std::optional<std::string> value;     // one day when the constraints meet
  std::optional<std::string> earliest;
  std::optional<std::string> latest;
  std::string basis = "unknown";        // "stated", "inferred", "reference", "unknown"
  std::vector<std::string> evidence;    // the texts or fields that gave it
};

// A figure: a number, what it counts and what happened to it (figures stage).
struct Figure {
  uint32_t begin = 0, end = 0;
  std::optional<double> low;            // null = open or unknown bound
  std::optional<double> high;
  std::string qualifier = "exact";      // exact|at_least|more_than|approx|up_to|vague
  std::string what = "other";           // killed|wounded|captured|...|other
  std::string who_class = "other";      // fighters|soldiers|civilians|people|aircraft|other
  std::optional<std::string> who_actor; // canonical name of the side counted
  bool actor_inferred = false;          // actor taken from context, not the phrase
  std::optional<std::string> source;    // canonical name of who says it
  bool hedged = false;
};

// A named mention resolved to a canonical entity (entities stage).
struct EntityMention {
  uint32_t begin = 0, end = 0;
  std::string type;                     // person|org|armed_group|place|media|other
  std::string name;                     // canonical English name
  std::optional<std::string> kb_id;     // knowledge-base id, when resolved
  std::optional<std::string> wikidata;  // "Q…" when known
  std::optional<double> lat, lon;       // places with coordinates
  std::optional<std::string> country;   // ISO 3166-1 alpha-2
};

// A statement credited to a source, or hedged, or quoted (attribution stage).
struct Claim {
  uint32_t begin = 0, end = 0;          // the sentence or quote
  std::optional<std::string> source;    // canonical name or typed description
  std::optional<uint32_t> source_begin, source_end;  // where the source is named
  std::string cue;                      // "selon", "a déclaré", "according to", ...
  bool hedged = false;
  std::vector<std::string> hedge_cues;  // "seraient", "semble-t-il", ...
  bool quote = false;
};

// A word the outlet chose where news reports name one referent in several
// ways (word-choice stage, data/<lang>/framing.txt): "djihadistes" for the
// fighters of armed groups, "libérée" for taking a town.
struct WordChoice {
  uint32_t begin = 0, end = 0;  // the words as written
  std::string referent;         // id shared by every language: "armed_groups"
  std::string description;      // for the reader: "fighters of armed non-state groups ..."
  std::string variant;          // the variant's label: "djihadistes"
};

// Something a reader should check, raised by a per-document stage.
struct Flag {
  std::string kind;  // weekday_mismatch|date_anachronism|duration_mismatch|arithmetic|
                     // unattributed_figure|other
  uint32_t begin = 0, end = 0;
  std::string message;
};

}  // namespace recoupe
