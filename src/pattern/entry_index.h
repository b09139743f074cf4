// Internal to the pattern matcher: which rules can begin consuming at a
// token. For each rule, the program's first consuming instructions (reached
// from the rule's entry without consuming) give the token keys that can
// start it: a literal form (fold, lower or norm), a lexicon, a number, a
// shape or a flag. A rule whose first element has no such key (a wildcard,
// a negated or prefix/suffix test) is always tried.
//
// Built twice per pattern set: on the forward program (the rules' first
// elements: where a match can start) and on the reverse program (their last
// elements: where a match can end). Every rule the NFA could start at a
// position is among the candidates; candidates may include rules that then
// fail, never miss one that would match.
//
// Thread safety: immutable once built.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "pattern/lexicon.h"
#include "recoupe/document.h"

namespace recoupe::pattern {

struct Compiled;
struct Program;

class EntryIndex {
 public:
  EntryIndex() = default;
  // Indexes the rules of `compiled` by the first consuming instructions of
  // `program` from each entry (`entries[rule]`).
  EntryIndex(const Compiled& compiled, const Program& program, std::span<const int32_t> entries);

  // Appends to `rules` (sorted, without duplicates) every rule whose first
  // element can consume `token` or one of `hits`, the lexicon entries that
  // can be consumed first there.
  void Candidates(const Token& token, std::span<const LexiconHit> hits,
                  std::vector<int32_t>* rules) const;

 private:
  // A set of rules, one bit per rule.
  using RuleList = std::vector<uint64_t>;
  RuleList& Keyed(RuleList& list) const;  // sized for every rule
  size_t words_ = 0;                      // 64-bit words per RuleList
  // Literal forms by comparison: fold, lower, norm.
  std::array<std::unordered_map<std::string, RuleList>, 3> by_form_;
  std::vector<RuleList> by_lexicon_;
  std::array<RuleList, 4> by_shape_;  // TokenShape
  std::array<RuleList, 16> by_flag_;  // TokenFlag bit
  RuleList with_number_;
  RuleList always_;  // rules whose first element has no key
};

}  // namespace recoupe::pattern
