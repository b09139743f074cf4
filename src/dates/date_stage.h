// The dates stage: finds temporal expressions in the body (French and
// English rules in data/<lang>/dates.patterns), resolves them to the
// calendar, fills Document::published (stated or inferred) and raises the
// date flags (weekday_mismatch, date_anachronism, duration_mismatch).
// Runs after segmentation. See docs/dates.md.
//
// Thread safety: immutable after Load(); Annotate is const and reentrant.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>

#include "numbers/numbers.h"
#include "pattern/pattern_set.h"
#include "recoupe/document.h"
#include "recoupe/status.h"

namespace recoupe {

class DateStage {
 public:
  // Reads <data_dir>/<lang>/dates.patterns and dates-tense.patterns for every
  // language that has them (fr and en), with the numbers stage's resources
  // of that language; fails when French is missing or a file is malformed.
  static Result<std::unique_ptr<DateStage>> Load(const std::string& data_dir);

  // Fills doc.dates, doc.published and doc.flags (appending). Needs
  // doc.tokens and doc.sentences. `reference_date` (YYYY-MM-DD) is "today"
  // for page notices and the fallback publication date; without it, notices
  // are read against the system clock.
  void Annotate(Document& doc, const std::optional<std::string>& reference_date) const;

 private:
  struct Rules {
    pattern::PatternSet dates;
    pattern::PatternSet tense;
    NumberResources numbers;  // values of counts written in words
  };
  const Rules& RulesFor(const std::string& language) const;
  std::map<std::string, Rules, std::less<>> rules_;
};

}  // namespace recoupe
