// The tense each date mention is told in, from the tense cues of
// data/<lang>/dates-tense.patterns (rules tagged tense=past or
// tense=future). Thread-safe.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "dates/date_resolve.h"
#include "pattern/pattern_set.h"
#include "recoupe/document.h"

namespace recoupe::dates {

// Tokens [first, end) of one mention in Document::tokens.
struct TokenRange {
  uint32_t first = 0, end = 0;
};

// Sets specs[i].tense for every mention (`ranges[i]` its tokens, specs[i].sentence
// its sentence): the tense of the cue nearest to the mention in its
// sentence (in tokens; at equal distance, the past), present when the
// sentence has no cue. A sentence often joins clauses in several tenses ("il
// a été blessé, alors qu'il jouera samedi"): the verb nearest a date is most
// often the one it dates.
void AssignTenses(const pattern::PatternSet& tense_rules, std::span<const Token> tokens,
                  const std::vector<Sentence>& sentences, std::span<const TokenRange> ranges,
                  std::vector<DateSpec>* specs);

}  // namespace recoupe::dates
