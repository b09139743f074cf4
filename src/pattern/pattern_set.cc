// Matching: a right-to-left NFA pass finds, for every start token, the end of
// the longest match (linear: states are merged keeping the farthest end);
// leftmost-longest matches are then picked left to right, and a
// left-to-right pass over each picked match alone fills its captures.
#include "pattern/pattern_set.h"

#include <algorithm>

#include "pattern/match_index.h"
#include "pattern/pattern_program.h"

namespace recoupe::pattern {
namespace {

bool AtSentenceStart(std::span<const Token> tokens, uint32_t p) {
  return p == 0 || (p < tokens.size() && tokens[p].sentence != tokens[p - 1].sentence);
}
bool AtSentenceEnd(std::span<const Token> tokens, uint32_t p) {
  return p == tokens.size() || (p > 0 && tokens[p].sentence != tokens[p - 1].sentence);
}

// The longest match found so far for one start token.
struct Best {
  int32_t end = -1;
  int32_t rule = -1;
  void Offer(int32_t e, int32_t r) {
    if (e > end || (e == end && r < rule)) {
      end = e;
      rule = r;
    }
  }
};

// Right-to-left simulation of the reverse program over tokens [begin, end)
// for the rules in `rules`; offers to best[p] the longest match of each
// start p. Each position visits each instruction at most once.
//
// A rule is started at an end position only when its last element can
// consume the token there and its first element can consume some token
// before it (RuleCandidates): any other start would consume nothing or never
// reach a start, so leaving it out changes no result.
class ReversePass {
 public:
  // `candidates` null: every rule is started at every position.
  ReversePass(const Compiled& compiled, std::span<const Token> tokens, const HitIndex& hits,
              const RuleCandidates* candidates, MatchStats* stats)
      : compiled_(compiled),
        prog_(compiled.reverse.insts),
        tokens_(tokens),
        hits_(hits),
        candidates_(candidates),
        stats_(stats),
        visited_(prog_.size(), 0),
        seed_end_(prog_.size(), -1),
        seed_stamp_(prog_.size(), 0),
        first_start_(compiled.rules.size(), 0),
        run_of_rule_(compiled.rules.size(), 0),
        ring_(hits.max_length + 1) {}

  void Run(std::span<const int32_t> rules, uint32_t begin, uint32_t end, std::vector<Best>* best) {
    ++run_;
    uint32_t earliest = end;  // the first position where any of `rules` can start
    for (int32_t rule : rules) {
      const uint32_t start = candidates_ ? candidates_->FirstStart(rule, begin, end) : begin;
      if (start == end) continue;
      run_of_rule_[rule] = run_;
      first_start_[rule] = start;
      earliest = std::min(earliest, start);
    }
    if (earliest == end) return;
    for (auto& slot : ring_) slot.clear();
    for (uint32_t p = end + 1; p-- > earliest;) {
      ++tick_;
      std::vector<Seed>& seeds = ring_[p % ring_.size()];
      // Keep, per instruction, the seed with the farthest end; then visit
      // seeds farthest end first so the first visit of a state is the best.
      current_.clear();
      for (const Seed& seed : seeds) {
        if (seed_stamp_[seed.pc] != tick_) {
          seed_stamp_[seed.pc] = tick_;
          seed_end_[seed.pc] = seed.end;
          current_.push_back(seed);
        } else if (seed.end > seed_end_[seed.pc]) {
          seed_end_[seed.pc] = seed.end;
        }
      }
      seeds.clear();
      for (Seed& seed : current_) seed.end = seed_end_[seed.pc];
      std::stable_sort(current_.begin(), current_.end(),
                       [](const Seed& a, const Seed& b) { return a.end > b.end; });
      for (int32_t rule : candidates_ ? candidates_->EndingAt(p) : rules) {
        if (run_of_rule_[rule] == run_ && first_start_[rule] < p) {
          current_.push_back({compiled_.rules[rule].reverse_entry, static_cast<int32_t>(p)});
        }
      }
      for (const Seed& seed : current_) Closure(seed, p, begin, best);
    }
  }

 private:
  struct Seed {
    int32_t pc;
    int32_t end;
  };

  void Closure(Seed seed, uint32_t p, uint32_t begin, std::vector<Best>* best) {
    stack_.clear();
    stack_.push_back(seed.pc);
    while (!stack_.empty()) {
      int32_t pc = stack_.back();
      stack_.pop_back();
      if (visited_[pc] == tick_) continue;
      visited_[pc] = tick_;
      if (stats_) ++stats_->steps;
      const Inst& inst = prog_[pc];
      switch (inst.op) {
        case Op::kSplit:
          stack_.push_back(inst.y);
          stack_.push_back(inst.x);
          break;
        case Op::kJump:
        case Op::kSave:
          stack_.push_back(inst.x);
          break;
        case Op::kSentenceStart:
          if (AtSentenceStart(tokens_, p)) stack_.push_back(inst.x);
          break;
        case Op::kSentenceEnd:
          if (AtSentenceEnd(tokens_, p)) stack_.push_back(inst.x);
          break;
        case Op::kMatch:
          if (seed.end > static_cast<int32_t>(p)) (*best)[p].Offer(seed.end, inst.arg);
          break;
        case Op::kTest:
          if (p > begin && PassesTest(compiled_.tests[inst.arg], tokens_[p - 1],
                                      hits_.SinglesAt(p - 1, &singles_))) {
            ring_[(p - 1) % ring_.size()].push_back({inst.x, seed.end});
          }
          break;
        case Op::kLexicon:
          for (uint32_t k = hits_.by_end_offsets[p]; k < hits_.by_end_offsets[p + 1]; ++k) {
            const LexiconHit& hit = hits_.hits[hits_.by_end[k]];
            if (hit.lexicon == inst.arg && hit.begin >= begin &&
                (inst.value < 0 || hit.value == inst.value)) {
              ring_[hit.begin % ring_.size()].push_back({inst.x, seed.end});
            }
          }
          break;
      }
    }
  }

  const Compiled& compiled_;
  const std::vector<Inst>& prog_;
  std::span<const Token> tokens_;
  const HitIndex& hits_;
  const RuleCandidates* candidates_;
  MatchStats* stats_;
  uint64_t tick_ = 0;  // one per position visited: stamps never repeat
  std::vector<uint64_t> visited_;
  std::vector<int32_t> seed_end_;
  std::vector<uint64_t> seed_stamp_;
  // Per rule, for the rules of the current Run (run_of_rule_ == run_): the
  // first position in the range where it can start.
  std::vector<uint32_t> first_start_;
  std::vector<uint64_t> run_of_rule_;
  uint64_t run_ = 0;
  std::vector<std::vector<Seed>> ring_;  // seeds by position modulo ring size
  std::vector<Seed> current_;
  std::vector<int32_t> stack_;
  std::vector<LexiconHit> singles_;
};

// Left-to-right simulation of rule `rule` anchored at match->first, in
// priority order (greedy, earlier alternatives first), stopping at the first
// thread that matches exactly at match->end. Fills the match's captures.
class CapturePass {
 public:
  CapturePass(const Compiled& compiled, std::span<const Token> tokens, const HitIndex& hits,
              MatchStats* stats)
      : compiled_(compiled),
        prog_(compiled.forward.insts),
        tokens_(tokens),
        hits_(hits),
        stats_(stats),
        visited_(prog_.size(), 0),
        ring_(hits.max_length + 1) {}

  void Run(int32_t rule_index, PatternMatch* match) {
    const CompiledRule& rule = compiled_.rules[rule_index];
    for (auto& slot : ring_) slot.clear();
    found_ = false;
    end_ = match->end;
    ring_[match->first % ring_.size()].push_back(
        {rule.forward_entry, std::vector<int32_t>(3 * rule.capture_names.size(), -1)});
    for (uint32_t p = match->first; p <= end_ && !found_; ++p) {
      ++tick_;
      std::vector<Thread> seeds = std::move(ring_[p % ring_.size()]);
      ring_[p % ring_.size()].clear();
      consumers_.clear();
      for (Thread& seed : seeds) Add(seed.pc, &seed.slots, p);
      if (found_) break;
      for (const Thread& thread : consumers_) Step(thread, p);
    }
    for (size_t c = 0; c < rule.capture_names.size(); ++c) {
      int32_t b = result_[3 * c], e = result_[3 * c + 1], v = result_[3 * c + 2];
      if (b < 0 || e <= b) continue;
      PatternCapture capture;
      capture.name = rule.capture_names[c];
      capture.first = static_cast<uint32_t>(b);
      capture.end = static_cast<uint32_t>(e);
      if (v >= 0) capture.value = compiled_.values[v];
      match->captures.push_back(capture);
    }
    std::sort(match->captures.begin(), match->captures.end(),
              [](const PatternCapture& a, const PatternCapture& b) { return a.first < b.first; });
  }

 private:
  struct Thread {
    int32_t pc;
    std::vector<int32_t> slots;
  };

  void Add(int32_t pc, std::vector<int32_t>* slots, uint32_t p) {
    if (found_ || visited_[pc] == tick_) return;
    visited_[pc] = tick_;
    if (stats_) ++stats_->steps;
    const Inst& inst = prog_[pc];
    switch (inst.op) {
      case Op::kSplit:
        Add(inst.x, slots, p);
        Add(inst.y, slots, p);
        break;
      case Op::kJump:
        Add(inst.x, slots, p);
        break;
      case Op::kSave: {
        int32_t old = (*slots)[inst.arg];
        (*slots)[inst.arg] = static_cast<int32_t>(p);
        Add(inst.x, slots, p);
        (*slots)[inst.arg] = old;
        break;
      }
      case Op::kSentenceStart:
        if (AtSentenceStart(tokens_, p)) Add(inst.x, slots, p);
        break;
      case Op::kSentenceEnd:
        if (AtSentenceEnd(tokens_, p)) Add(inst.x, slots, p);
        break;
      case Op::kMatch:
        if (p == end_) {
          found_ = true;
          result_ = *slots;
        }
        break;
      case Op::kTest:
      case Op::kLexicon:
        consumers_.push_back({pc, *slots});
        break;
    }
  }

  void SetValue(const Inst& inst, int32_t value, std::vector<int32_t>* slots) {
    const auto& caps = compiled_.forward.value_captures;
    for (int32_t k = inst.caps_begin; k < inst.caps_end; ++k) (*slots)[3 * caps[k] + 2] = value;
  }

  void Step(const Thread& thread, uint32_t p) {
    if (p >= end_) return;
    if (stats_) ++stats_->steps;
    const Inst& inst = prog_[thread.pc];
    if (inst.op == Op::kTest) {
      const TokenTest& test = compiled_.tests[inst.arg];
      std::span<const LexiconHit> singles = hits_.SinglesAt(p, &singles_);
      if (!PassesTest(test, tokens_[p], singles)) return;
      Thread next{inst.x, thread.slots};
      if (test.value_lexicon >= 0) {
        for (const LexiconHit& hit : singles) {
          if (hit.lexicon == test.value_lexicon) {
            SetValue(inst, hit.value, &next.slots);
            break;
          }
        }
      }
      ring_[(p + 1) % ring_.size()].push_back(std::move(next));
      return;
    }
    for (const LexiconHit& hit : hits_.StartingAt(p)) {
      if (hit.lexicon != inst.arg || hit.end > end_ ||
          (inst.value >= 0 && hit.value != inst.value)) {
        continue;
      }
      Thread next{inst.x, thread.slots};
      SetValue(inst, hit.value, &next.slots);
      ring_[hit.end % ring_.size()].push_back(std::move(next));
    }
  }

  const Compiled& compiled_;
  const std::vector<Inst>& prog_;
  std::span<const Token> tokens_;
  const HitIndex& hits_;
  MatchStats* stats_;
  std::vector<uint64_t> visited_;
  uint64_t tick_ = 0;
  std::vector<std::vector<Thread>> ring_;
  std::vector<Thread> consumers_;
  std::vector<LexiconHit> singles_;
  bool found_ = false;
  uint32_t end_ = 0;
  std::vector<int32_t> result_;
};

}  // namespace

std::optional<std::string_view> Rule::Tag(std::string_view key) const {
  for (const auto& [k, v] : tags) {
    if (k == key) return std::string_view(v);
  }
  return std::nullopt;
}

const PatternCapture* PatternMatch::Capture(std::string_view name) const {
  for (const PatternCapture& capture : captures) {
    if (capture.name == name) return &capture;
  }
  return nullptr;
}

PatternSet::PatternSet() : compiled_(std::make_shared<Compiled>()) {}
PatternSet::PatternSet(std::shared_ptr<const Compiled> compiled) : compiled_(std::move(compiled)) {}

size_t PatternSet::rule_count() const { return compiled_->rules.size(); }
const Rule& PatternSet::rule(size_t index) const { return compiled_->rules[index].rule; }
const Rule* PatternSet::FindRule(std::string_view name) const {
  for (const CompiledRule& rule : compiled_->rules) {
    if (rule.rule.name == name) return &rule.rule;
  }
  return nullptr;
}
std::vector<PatternMatch> PatternSet::Match(std::span<const Token> tokens,
                                            const MatchOptions& options, MatchStats* stats) const {
  std::vector<PatternMatch> matches;
  const Compiled& compiled = *compiled_;
  uint32_t n = static_cast<uint32_t>(tokens.size());
  if (n == 0 || compiled.rules.empty()) return matches;
  HitIndex hits = FindHits(compiled, tokens);
  RuleCandidates candidates;
  if (options.use_index) candidates = FindCandidates(compiled, tokens, hits);
  ReversePass reverse(compiled, tokens, hits, options.use_index ? &candidates : nullptr, stats);
  std::vector<int32_t> rule_of_match;

  // Leftmost-longest non-overlapping matches of `rules` among themselves.
  auto pick = [&](std::span<const int32_t> rules) {
    std::vector<int32_t> local, crossing;
    for (int32_t r : rules)
      (compiled.rules[r].rule.cross_sentences ? crossing : local).push_back(r);
    std::vector<Best> best(n + 1);
    if (!local.empty()) {
      for (uint32_t a = 0; a < n;) {
        uint32_t b = a + 1;
        while (b < n && tokens[b].sentence == tokens[a].sentence) ++b;
        reverse.Run(local, a, b, &best);
        a = b;
      }
    }
    if (!crossing.empty()) reverse.Run(crossing, 0, n, &best);
    for (uint32_t p = 0; p < n;) {
      if (best[p].end > static_cast<int32_t>(p)) {
        PatternMatch& match = matches.emplace_back();
        match.rule = &compiled.rules[best[p].rule].rule;
        match.first = p;
        match.end = static_cast<uint32_t>(best[p].end);
        rule_of_match.push_back(best[p].rule);
        p = static_cast<uint32_t>(best[p].end);
      } else {
        ++p;
      }
    }
  };

  if (options.mode == MatchMode::kLongest) {
    std::vector<int32_t> all(compiled.rules.size());
    for (size_t r = 0; r < all.size(); ++r) all[r] = static_cast<int32_t>(r);
    pick(all);
  } else {
    for (size_t r = 0; r < compiled.rules.size(); ++r) {
      int32_t one = static_cast<int32_t>(r);
      pick(std::span<const int32_t>(&one, 1));
    }
  }
  CapturePass capture(compiled, tokens, hits, stats);
  for (size_t i = 0; i < matches.size(); ++i) capture.Run(rule_of_match[i], &matches[i]);
  if (options.mode == MatchMode::kEachRule) {
    std::stable_sort(matches.begin(), matches.end(),
                     [](const PatternMatch& a, const PatternMatch& b) {
                       if (a.first != b.first) return a.first < b.first;
                       return a.end > b.end;  // rule order is kept by the stable sort
                     });
  }
  return matches;
}

size_t PatternSet::program_size() const { return compiled_->forward.insts.size(); }

}  // namespace recoupe::pattern
