// Internal to the pattern matcher: what one Match call looks up once before
// running the rules over a token sequence — the lexicon entries found at
// each token (HitIndex) and, from the rules' entry indexes, where each rule
// can start and which rules can end at each position (RuleCandidates).
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "pattern/lexicon.h"
#include "recoupe/document.h"

namespace recoupe::pattern {

struct Compiled;

// The lexicon entries found in a token span, indexed by start and by end.
struct HitIndex {
  std::vector<LexiconHit> hits;          // sorted by begin
  std::vector<uint32_t> by_begin;        // CSR offsets into hits, size n + 1
  std::vector<uint32_t> by_end_offsets;  // CSR offsets into by_end, size n + 2
  std::vector<uint32_t> by_end;          // indices into hits, grouped by end
  uint32_t max_length = 1;

  std::span<const LexiconHit> StartingAt(uint32_t p) const {
    return {hits.data() + by_begin[p], hits.data() + by_begin[p + 1]};
  }
  std::span<const LexiconHit> SinglesAt(uint32_t p, std::vector<LexiconHit>* scratch) const {
    scratch->clear();
    for (const LexiconHit& hit : StartingAt(p)) {
      if (hit.end == p + 1) scratch->push_back(hit);
    }
    return *scratch;
  }
};

HitIndex FindHits(const Compiled& compiled, std::span<const Token> tokens);

// Candidate rules of one token sequence (supersets: a rule left out cannot
// match there).
struct RuleCandidates {
  // Per rule, ascending: the positions where its first element can consume.
  std::vector<std::vector<uint32_t>> starts;
  // Per end position p in [0, n]: the rules whose last element can consume
  // the token before p or an entry ending at p. CSR, size n + 2.
  std::vector<uint32_t> end_offsets;
  std::vector<int32_t> end_rules;

  std::span<const int32_t> EndingAt(uint32_t p) const {
    return {end_rules.data() + end_offsets[p], end_rules.data() + end_offsets[p + 1]};
  }
  // The first position in [begin, end) where `rule` can start, or `end`.
  uint32_t FirstStart(int32_t rule, uint32_t begin, uint32_t end) const;
};

RuleCandidates FindCandidates(const Compiled& compiled, std::span<const Token> tokens,
                              const HitIndex& hits);

}  // namespace recoupe::pattern
