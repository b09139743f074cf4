#include "pattern/pattern_program.h"

namespace recoupe::pattern {
namespace {

bool Compare(double a, Condition::Op op, double b) {
  switch (op) {
    case Condition::Op::kLt:
      return a < b;
    case Condition::Op::kLe:
      return a <= b;
    case Condition::Op::kEq:
      return a == b;
    case Condition::Op::kNe:
      return a != b;
    case Condition::Op::kGe:
      return a >= b;
    case Condition::Op::kGt:
      return a > b;
  }
  return false;
}

bool Holds(const Condition& c, const Token& token, std::span<const LexiconHit> single_hits) {
  switch (c.kind) {
    case Condition::Kind::kAny:
      return true;
    case Condition::Kind::kFold:
      return token.fold == c.text;
    case Condition::Kind::kLower:
      return token.lower == c.text;
    case Condition::Kind::kNorm:
      return token.norm == c.text;
    case Condition::Kind::kPrefix:
      return token.fold.starts_with(c.text);
    case Condition::Kind::kSuffix:
      return token.fold.ends_with(c.text);
    case Condition::Kind::kShape:
      return static_cast<uint16_t>(token.shape) == c.bits;
    case Condition::Kind::kFlag:
      return (token.flags & c.bits) != 0;
    case Condition::Kind::kNumber:
      return token.number && Compare(*token.number, c.op, c.number);
    case Condition::Kind::kLexicon:
      for (const LexiconHit& hit : single_hits) {
        if (hit.lexicon == c.lexicon && (c.value < 0 || hit.value == c.value)) return true;
      }
      return false;
  }
  return false;
}

// Emits the program of one rule tree. Instructions fall through to the next
// one unless they jump.
class Emitter {
 public:
  Emitter(const Compiled& compiled, Program* program, bool reverse)
      : compiled_(compiled), program_(program), reverse_(reverse) {}

  void Gen(const Node& node) {
    switch (node.kind) {
      case Node::Kind::kTest: {
        Inst inst{.op = Op::kTest, .arg = node.test};
        if (compiled_.tests[node.test].value_lexicon >= 0) SetValueCaptures(&inst);
        Emit(inst);
        break;
      }
      case Node::Kind::kLexicon: {
        Inst inst{.op = Op::kLexicon, .arg = node.lexicon, .value = node.value};
        SetValueCaptures(&inst);
        Emit(inst);
        break;
      }
      case Node::Kind::kSequence:
        if (reverse_) {
          for (auto it = node.children.rbegin(); it != node.children.rend(); ++it) Gen(*it);
        } else {
          for (const Node& child : node.children) Gen(child);
        }
        break;
      case Node::Kind::kAlternation: {
        std::vector<int32_t> exits;
        for (size_t i = 0; i < node.children.size(); ++i) {
          int32_t split = -1;
          if (i + 1 < node.children.size()) split = Emit({.op = Op::kSplit});
          if (split >= 0) insts()[split].x = pc();
          Gen(node.children[i]);
          if (i + 1 < node.children.size()) {
            exits.push_back(Emit({.op = Op::kJump}));
            insts()[split].y = pc();
          }
        }
        for (int32_t jump : exits) insts()[jump].x = pc();
        break;
      }
      case Node::Kind::kRepeat: {
        const Node& child = node.children[0];
        for (int32_t i = 0; i < node.min; ++i) Gen(child);
        if (node.max < 0) {
          int32_t loop = Emit({.op = Op::kSplit});
          insts()[loop].x = pc();
          Gen(child);
          int32_t back = Emit({.op = Op::kJump});
          insts()[back].x = loop;
          insts()[loop].y = pc();
        } else {
          std::vector<int32_t> skips;
          for (int32_t i = node.min; i < node.max; ++i) {
            int32_t split = Emit({.op = Op::kSplit});
            insts()[split].x = pc();
            skips.push_back(split);
            Gen(child);
          }
          for (int32_t split : skips) insts()[split].y = pc();
        }
        break;
      }
      case Node::Kind::kCapture:
        if (reverse_) {
          Gen(node.children[0]);
        } else {
          Emit({.op = Op::kSave, .arg = 3 * node.capture});
          open_captures_.push_back(node.capture);
          Gen(node.children[0]);
          open_captures_.pop_back();
          Emit({.op = Op::kSave, .arg = 3 * node.capture + 1});
        }
        break;
      case Node::Kind::kSentenceStart:
        Emit({.op = Op::kSentenceStart});
        break;
      case Node::Kind::kSentenceEnd:
        Emit({.op = Op::kSentenceEnd});
        break;
    }
  }

  int32_t Emit(Inst inst) {
    int32_t at = pc();
    if (inst.op != Op::kSplit && inst.op != Op::kJump && inst.op != Op::kMatch) inst.x = at + 1;
    insts().push_back(inst);
    return at;
  }

 private:
  std::vector<Inst>& insts() { return program_->insts; }
  int32_t pc() const { return static_cast<int32_t>(program_->insts.size()); }
  void SetValueCaptures(Inst* inst) {
    if (reverse_ || open_captures_.empty()) return;
    inst->caps_begin = static_cast<int32_t>(program_->value_captures.size());
    program_->value_captures.insert(program_->value_captures.end(), open_captures_.begin(),
                                    open_captures_.end());
    inst->caps_end = static_cast<int32_t>(program_->value_captures.size());
  }

  const Compiled& compiled_;
  Program* program_;
  bool reverse_;
  std::vector<int32_t> open_captures_;
};

}  // namespace

bool PassesTest(const TokenTest& test, const Token& token,
                std::span<const LexiconHit> single_hits) {
  for (const Condition& c : test.conditions) {
    if (Holds(c, token, single_hits) == c.negate) return false;
  }
  return true;
}

void CompilePrograms(Compiled* compiled) {
  compiled->forward = {};
  compiled->reverse = {};
  for (size_t r = 0; r < compiled->rules.size(); ++r) {
    CompiledRule& rule = compiled->rules[r];
    for (bool reverse : {false, true}) {
      Program* program = reverse ? &compiled->reverse : &compiled->forward;
      (reverse ? rule.reverse_entry : rule.forward_entry) =
          static_cast<int32_t>(program->insts.size());
      Emitter emitter(*compiled, program, reverse);
      emitter.Gen(rule.tree);
      emitter.Emit({.op = Op::kMatch, .arg = static_cast<int32_t>(r)});
    }
  }
  std::vector<int32_t> forward_entries, reverse_entries;
  for (const CompiledRule& rule : compiled->rules) {
    forward_entries.push_back(rule.forward_entry);
    reverse_entries.push_back(rule.reverse_entry);
  }
  compiled->starts = EntryIndex(*compiled, compiled->forward, forward_entries);
  compiled->ends = EntryIndex(*compiled, compiled->reverse, reverse_entries);
}

}  // namespace recoupe::pattern
