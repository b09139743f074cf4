#include "pattern/match_index.h"

#include <algorithm>

#include "pattern/pattern_program.h"

namespace recoupe::pattern {

HitIndex FindHits(const Compiled& compiled, std::span<const Token> tokens) {
  HitIndex index;
  uint32_t n = static_cast<uint32_t>(tokens.size());
  index.by_begin.assign(n + 1, 0);
  for (uint32_t p = 0; p < n; ++p) {
    index.by_begin[p] = static_cast<uint32_t>(index.hits.size());
    for (int mode = 0; mode < 3; ++mode) {
      compiled.tries[mode].Find(tokens, p, static_cast<LexiconMode>(mode), &index.hits);
    }
  }
  index.by_begin[n] = static_cast<uint32_t>(index.hits.size());
  index.by_end_offsets.assign(n + 2, 0);
  for (const LexiconHit& hit : index.hits) {
    ++index.by_end_offsets[hit.end + 1];
    index.max_length = std::max(index.max_length, hit.end - hit.begin);
  }
  for (uint32_t p = 0; p <= n; ++p) index.by_end_offsets[p + 1] += index.by_end_offsets[p];
  index.by_end.resize(index.hits.size());
  std::vector<uint32_t> fill(index.by_end_offsets.begin(), index.by_end_offsets.end() - 1);
  for (uint32_t i = 0; i < index.hits.size(); ++i) index.by_end[fill[index.hits[i].end]++] = i;
  return index;
}

uint32_t RuleCandidates::FirstStart(int32_t rule, uint32_t begin, uint32_t end) const {
  const std::vector<uint32_t>& at = starts[rule];
  auto it = std::lower_bound(at.begin(), at.end(), begin);
  return it != at.end() && *it < end ? *it : end;
}

RuleCandidates FindCandidates(const Compiled& compiled, std::span<const Token> tokens,
                              const HitIndex& hits) {
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  RuleCandidates candidates;
  candidates.starts.resize(compiled.rules.size());
  std::vector<int32_t> rules;
  for (uint32_t p = 0; p < n; ++p) {
    rules.clear();
    compiled.starts.Candidates(tokens[p], hits.StartingAt(p), &rules);
    for (int32_t rule : rules) candidates.starts[rule].push_back(p);
  }
  candidates.end_offsets.assign(n + 2, 0);
  std::vector<LexiconHit> ending;
  for (uint32_t p = 1; p <= n; ++p) {
    candidates.end_offsets[p] = static_cast<uint32_t>(candidates.end_rules.size());
    ending.clear();
    for (uint32_t k = hits.by_end_offsets[p]; k < hits.by_end_offsets[p + 1]; ++k) {
      ending.push_back(hits.hits[hits.by_end[k]]);
    }
    compiled.ends.Candidates(tokens[p - 1], ending, &candidates.end_rules);
  }
  candidates.end_offsets[n + 1] = static_cast<uint32_t>(candidates.end_rules.size());
  return candidates;
}

}  // namespace recoupe::pattern
