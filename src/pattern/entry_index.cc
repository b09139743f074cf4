#include "pattern/entry_index.h"

#include <algorithm>

#include "pattern/pattern_program.h"

namespace recoupe::pattern {
namespace {

// The consuming instructions reachable from `entry` without consuming a
// token (sentence assertions are passed as if they held).
std::vector<int32_t> FirstConsumers(const Program& program, int32_t entry) {
  std::vector<int32_t> consumers, stack{entry};
  std::vector<bool> seen(program.insts.size(), false);
  while (!stack.empty()) {
    const int32_t pc = stack.back();
    stack.pop_back();
    if (seen[pc]) continue;
    seen[pc] = true;
    const Inst& inst = program.insts[pc];
    switch (inst.op) {
      case Op::kSplit:
        stack.push_back(inst.y);
        stack.push_back(inst.x);
        break;
      case Op::kJump:
      case Op::kSave:
      case Op::kSentenceStart:
      case Op::kSentenceEnd:
        stack.push_back(inst.x);
        break;
      case Op::kTest:
      case Op::kLexicon:
        consumers.push_back(pc);
        break;
      case Op::kMatch:  // an empty match is never reported
        break;
    }
  }
  return consumers;
}

// How selective a positive condition is as a key: higher is better, 0 is
// not a key.
int KeyRank(const Condition& c) {
  if (c.negate) return 0;
  switch (c.kind) {
    case Condition::Kind::kFold:
    case Condition::Kind::kLower:
    case Condition::Kind::kNorm:
      return 5;
    case Condition::Kind::kLexicon:
      return 4;
    case Condition::Kind::kNumber:
      return 3;
    case Condition::Kind::kShape:
      return 2;
    case Condition::Kind::kFlag:
      return 1;
    default:
      return 0;
  }
}

void Merge(std::vector<uint64_t>& into, const std::vector<uint64_t>& more) {
  for (size_t w = 0; w < more.size(); ++w) into[w] |= more[w];
}

}  // namespace

EntryIndex::RuleList& EntryIndex::Keyed(RuleList& list) const {
  list.resize(words_, 0);
  return list;
}

EntryIndex::EntryIndex(const Compiled& compiled, const Program& program,
                       std::span<const int32_t> entries) {
  words_ = (entries.size() + 63) / 64;
  by_lexicon_.resize(compiled.lexicons.size());
  Keyed(always_);
  for (size_t r = 0; r < entries.size(); ++r) {
    const int32_t rule = static_cast<int32_t>(r);
    // Keyed lists this rule joins.
    std::vector<RuleList*> lists;
    bool always = false;
    for (int32_t pc : FirstConsumers(program, entries[r])) {
      const Inst& inst = program.insts[pc];
      if (inst.op == Op::kLexicon) {
        lists.push_back(&by_lexicon_[inst.arg]);
        continue;
      }
      const Condition* key = nullptr;
      for (const Condition& c : compiled.tests[inst.arg].conditions) {
        if (KeyRank(c) > (key ? KeyRank(*key) : 0)) key = &c;
      }
      if (key == nullptr) {
        always = true;
        break;
      }
      switch (key->kind) {
        case Condition::Kind::kFold:
          lists.push_back(&by_form_[0][key->text]);
          break;
        case Condition::Kind::kLower:
          lists.push_back(&by_form_[1][key->text]);
          break;
        case Condition::Kind::kNorm:
          lists.push_back(&by_form_[2][key->text]);
          break;
        case Condition::Kind::kLexicon:
          lists.push_back(&by_lexicon_[key->lexicon]);
          break;
        case Condition::Kind::kNumber:
          lists.push_back(&with_number_);
          break;
        case Condition::Kind::kShape:
          lists.push_back(&by_shape_[key->bits & 3]);
          break;
        default:  // kFlag: any of its bits
          for (int bit = 0; bit < 16; ++bit) {
            if (key->bits & (1u << bit)) lists.push_back(&by_flag_[bit]);
          }
          break;
      }
    }
    const uint64_t bit = uint64_t{1} << (rule % 64);
    if (always) {
      always_[rule / 64] |= bit;
      continue;
    }
    for (RuleList* list : lists) Keyed(*list)[rule / 64] |= bit;
  }
}

void EntryIndex::Candidates(const Token& token, std::span<const LexiconHit> hits,
                            std::vector<int32_t>* rules) const {
  thread_local RuleList found;
  found = always_;
  const std::string* forms[3] = {&token.fold, &token.lower, &token.norm};
  for (int mode = 0; mode < 3; ++mode) {
    if (by_form_[mode].empty()) continue;
    auto it = by_form_[mode].find(*forms[mode]);
    if (it != by_form_[mode].end()) Merge(found, it->second);
  }
  for (const LexiconHit& hit : hits) Merge(found, by_lexicon_[hit.lexicon]);
  if (token.number) Merge(found, with_number_);
  Merge(found, by_shape_[static_cast<size_t>(token.shape) & 3]);
  for (uint32_t flags = token.flags; flags != 0; flags &= flags - 1) {
    Merge(found, by_flag_[static_cast<size_t>(__builtin_ctz(flags))]);
  }
  for (size_t w = 0; w < found.size(); ++w) {
    for (uint64_t word = found[w]; word != 0; word &= word - 1) {
      rules->push_back(static_cast<int32_t>(w * 64 + static_cast<size_t>(__builtin_ctzll(word))));
    }
  }
}

}  // namespace recoupe::pattern
