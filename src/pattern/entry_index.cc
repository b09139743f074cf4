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

void Append(std::vector<int32_t>* rules, const std::vector<int32_t>& more) {
  rules->insert(rules->end(), more.begin(), more.end());
}

}  // namespace

EntryIndex::EntryIndex(const Compiled& compiled, const Program& program,
                       std::span<const int32_t> entries) {
  by_lexicon_.resize(compiled.lexicons.size());
  for (size_t r = 0; r < entries.size(); ++r) {
    const int32_t rule = static_cast<int32_t>(r);
    // Keyed lists this rule joined, to add it once per list.
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
    if (always) {
      always_.push_back(rule);
      continue;
    }
    for (RuleList* list : lists) {
      if (list->empty() || list->back() != rule) list->push_back(rule);
    }
  }
}

void EntryIndex::Candidates(const Token& token, std::span<const LexiconHit> hits,
                            std::vector<int32_t>* rules) const {
  const size_t from = rules->size();
  Append(rules, always_);
  const std::string* forms[3] = {&token.fold, &token.lower, &token.norm};
  for (int mode = 0; mode < 3; ++mode) {
    if (by_form_[mode].empty()) continue;
    auto it = by_form_[mode].find(*forms[mode]);
    if (it != by_form_[mode].end()) Append(rules, it->second);
  }
  for (const LexiconHit& hit : hits) Append(rules, by_lexicon_[hit.lexicon]);
  if (token.number) Append(rules, with_number_);
  Append(rules, by_shape_[static_cast<size_t>(token.shape) & 3]);
  for (int bit = 0; bit < 16; ++bit) {
    if (token.flags & (1u << bit)) Append(rules, by_flag_[bit]);
  }
  std::sort(rules->begin() + static_cast<std::ptrdiff_t>(from), rules->end());
  rules->erase(std::unique(rules->begin() + static_cast<std::ptrdiff_t>(from), rules->end()),
               rules->end());
}

}  // namespace recoupe::pattern
