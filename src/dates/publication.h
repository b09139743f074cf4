// Publication date from the text's own dates when the input states none:
// every day of a window is scored against the constraints the dates give,
// and the best days make the answer (docs/dates.md, "Publication date").
// Pure function, thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "dates/date_resolve.h"
#include "recoupe/annotations.h"

namespace recoupe::dates {

// Bounds the page puts on publication: a notice ("Cet article date de plus
// de huit ans": latest only) or a stamp that names a month ("date 2022-04").
struct PublicationBound {
  std::optional<int64_t> earliest;  // publication is on or after this day
  int64_t latest = 0;               // publication is on or before this day
  std::string text;
};

struct PublicationGuess {
  PublishedDate published;        // basis "inferred" or "unknown"
  std::optional<int64_t> anchor;  // the day relative expressions hang on
};

// `specs` in document order with their texts (`texts[i]` for `specs[i]`).
PublicationGuess InferPublication(const std::vector<DateSpec>& specs,
                                  const std::vector<std::string>& texts,
                                  const std::vector<PublicationBound>& bounds,
                                  std::optional<int64_t> today);

}  // namespace recoupe::dates
