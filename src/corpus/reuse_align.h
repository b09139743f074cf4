// Alignment of two documents' body words into the passages they share:
// exact shingles seed it, and each seed is extended both ways word by word,
// across small edits (a word changed, inserted or dropped), as far as the
// words keep matching. Internal to the corpus stage.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "corpus/reuse.h"
#include "corpus/reuse_words.h"

namespace recoupe::corpus::reuse_internal {

// Words [begin, end) of one document's body.
struct WordRange {
  uint32_t begin = 0, end = 0;
  friend bool operator==(const WordRange&, const WordRange&) = default;
};

struct WordPassage {
  WordRange a, b;
  uint32_t matched_words = 0;  // words aligned identical on both sides
};

// The maximal passages `a` and `b` share, each starting and ending on an
// identical word and with at least options.min_passage_words matched words,
// ordered by a.begin. A passage includes the edits inside it.
std::vector<WordPassage> AlignPassages(std::span<const WordHash> a, std::span<const WordHash> b,
                                       const ReuseOptions& options);

}  // namespace recoupe::corpus::reuse_internal
