// Internal to the pattern matcher: the syntax tree of a rule, token tests,
// the compiled NFA program and the immutable compiled set.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "pattern/entry_index.h"
#include "pattern/lexicon.h"
#include "pattern/pattern_set.h"

namespace recoupe::pattern {

// One condition on one token.
struct Condition {
  enum class Kind : uint8_t {
    kAny,
    kFold,
    kLower,
    kNorm,
    kPrefix,
    kSuffix,
    kShape,
    kFlag,
    kNumber,
    kLexicon
  };
  enum class Op : uint8_t { kLt, kLe, kEq, kNe, kGe, kGt };
  Kind kind = Kind::kAny;
  bool negate = false;
  Op op = Op::kEq;
  std::string text;          // kFold/kLower/kNorm/kPrefix/kSuffix (normalised)
  double number = 0;         // kNumber
  uint16_t bits = 0;         // kShape (the TokenShape) or kFlag (TokenFlag bits)
  int32_t lexicon = -1;      // kLexicon
  int32_t value = -1;        // kLexicon: required value, -1 for any
  std::string lexicon_name;  // until resolved
  std::string value_text;    // until resolved
  std::string origin;        // "file:line" for resolution errors
};

// A conjunction of conditions on one token.
struct TokenTest {
  std::vector<Condition> conditions;
  // The first positive lexicon condition: its value feeds captures.
  int32_t value_lexicon = -1;
};

struct Node {
  enum class Kind : uint8_t {
    kTest,
    kLexicon,
    kSequence,
    kAlternation,
    kRepeat,
    kCapture,
    kSentenceStart,
    kSentenceEnd
  };
  Kind kind = Kind::kSequence;
  int32_t test = -1;          // kTest: index into Compiled::tests
  int32_t lexicon = -1;       // kLexicon
  int32_t value = -1;         // kLexicon: required value id, -1 for any
  std::string lexicon_name;   // kLexicon, until resolved
  std::string value_text;     // kLexicon, until resolved
  std::string origin;         // kLexicon: "file:line" for resolution errors
  int32_t min = 0, max = -1;  // kRepeat; max -1: unbounded
  int32_t capture = -1;       // kCapture: index in the rule's capture names
  std::vector<Node> children;
};

enum class Op : uint8_t {
  kTest,
  kLexicon,
  kSplit,
  kJump,
  kSave,
  kSentenceStart,
  kSentenceEnd,
  kMatch
};

struct Inst {
  Op op = Op::kMatch;
  int32_t x = -1;      // next (or first branch)
  int32_t y = -1;      // second branch (kSplit)
  int32_t arg = -1;    // test, lexicon, save slot or rule
  int32_t value = -1;  // kLexicon: required value, -1 for any
  // kTest/kLexicon: captures whose value this instruction sets:
  // Program::value_captures[caps_begin, caps_end).
  int32_t caps_begin = 0, caps_end = 0;
};

struct Program {
  std::vector<Inst> insts;
  std::vector<int32_t> value_captures;
};

struct CompiledRule {
  Rule rule;
  std::vector<std::string> capture_names;
  Node tree;
  int32_t forward_entry = 0;
  int32_t reverse_entry = 0;
};

struct LexiconInfo {
  std::string name;
  LexiconMode mode = LexiconMode::kFold;
  std::string origin;
};

struct Compiled {
  std::vector<CompiledRule> rules;
  std::vector<TokenTest> tests;
  std::vector<LexiconInfo> lexicons;
  std::vector<std::string> values;   // lexicon value pool
  std::array<LexiconTrie, 3> tries;  // indexed by LexiconMode
  Program forward;                   // captures saved; rules end in kMatch
  Program reverse;                   // the rules read right to left, without captures
  EntryIndex starts;                 // rules by the tokens their first element takes
  EntryIndex ends;                   // rules by the tokens their last element takes
};

// Whether `token` passes `test`. `single_hits` are the one-token lexicon
// entries found at this token.
bool PassesTest(const TokenTest& test, const Token& token, std::span<const LexiconHit> single_hits);

// Compiles every rule's tree into `compiled->forward` and `->reverse`, and
// indexes the rules' first and last elements (`starts`, `ends`).
void CompilePrograms(Compiled* compiled);

}  // namespace recoupe::pattern
