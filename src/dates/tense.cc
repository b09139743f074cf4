#include "dates/tense.h"

#include <limits>

namespace recoupe::dates {
namespace {

struct Cue {
  uint32_t first = 0, end = 0;  // tokens, in Document::tokens
  Tense tense = Tense::kPresent;
};

// Tokens between a cue and a mention (0 when they touch or overlap).
uint32_t Gap(const Cue& cue, const TokenRange& range) {
  if (cue.end <= range.first) return range.first - cue.end;
  if (range.end <= cue.first) return cue.first - range.end;
  return 0;
}

}  // namespace

void AssignTenses(const pattern::PatternSet& tense_rules, std::span<const Token> tokens,
                  const std::vector<Sentence>& sentences, std::span<const TokenRange> ranges,
                  std::vector<DateSpec>* specs) {
  std::vector<Cue> cues;
  uint32_t cues_of = std::numeric_limits<uint32_t>::max();  // sentence `cues` were read from
  for (size_t i = 0; i < specs->size(); ++i) {
    DateSpec& spec = (*specs)[i];
    if (spec.sentence >= sentences.size()) continue;
    if (spec.sentence != cues_of) {
      cues_of = spec.sentence;
      cues.clear();
      const Sentence& s = sentences[spec.sentence];
      for (const pattern::PatternMatch& m :
           tense_rules.Match(tokens.subspan(s.first_token, s.end_token - s.first_token))) {
        const Tense tense = m.rule->Tag("tense") == "past" ? Tense::kPast : Tense::kFuture;
        cues.push_back({s.first_token + m.first, s.first_token + m.end, tense});
      }
    }
    const Cue* nearest = nullptr;
    for (const Cue& cue : cues) {
      if (nearest == nullptr || Gap(cue, ranges[i]) < Gap(*nearest, ranges[i]) ||
          (Gap(cue, ranges[i]) == Gap(*nearest, ranges[i]) && cue.tense == Tense::kPast)) {
        nearest = &cue;
      }
    }
    spec.tense = nearest ? nearest->tense : Tense::kPresent;
  }
}

}  // namespace recoupe::dates
