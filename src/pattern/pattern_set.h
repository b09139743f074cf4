// The token-pattern matcher: lexicons and rules read from data files
// (format: docs/patterns.md), compiled to an NFA and run over tokens in time
// linear in tokens × pattern size (no backtracking).
//
// Thread safety: a PatternSet is immutable once parsed; copies share the
// compiled form, and Match is const and reentrant, so one set serves every
// thread.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "recoupe/document.h"
#include "recoupe/status.h"

namespace recoupe::pattern {

struct Compiled;  // pattern_program.h

// Reads a file for %include; returns its text or an error naming `path`.
using FileReader = std::function<Result<std::string>(const std::string& path)>;
Result<std::string> ReadFileFromDisk(const std::string& path);

struct Rule {
  std::string name;
  std::vector<std::pair<std::string, std::string>> tags;  // in file order
  bool cross_sentences = false;
  std::string origin;  // "file:line" of the rule header
  // The tag's value, or nullopt when the rule has no such tag.
  std::optional<std::string_view> Tag(std::string_view key) const;
};

struct PatternCapture {
  std::string_view name;  // owned by the PatternSet
  uint32_t first = 0;     // token range [first, end) in the matched span
  uint32_t end = 0;
  // Value of the last lexicon entry matched inside the capture, if any.
  std::optional<std::string_view> value;  // owned by the PatternSet
};

struct PatternMatch {
  const Rule* rule = nullptr;  // owned by the PatternSet
  uint32_t first = 0;          // token range [first, end) in the matched span
  uint32_t end = 0;
  std::vector<PatternCapture> captures;  // in pattern order; captures not taken are absent
  // The capture named `name`, or nullptr.
  const PatternCapture* Capture(std::string_view name) const;
};

enum class MatchMode {
  // Leftmost-longest, non-overlapping over all rules: the earliest start
  // wins, then the longest match, then the rule written first.
  kLongest,
  // Every rule on its own: each rule's leftmost-longest non-overlapping
  // matches, which may overlap other rules' matches. Sorted by start, then
  // longest first, then rule order.
  kEachRule,
};

struct MatchOptions {
  MatchMode mode = MatchMode::kLongest;
  // Start each rule only where its first and last elements can match a
  // token (docs/patterns.md, "Matching"). false tries every rule at every
  // token: same matches, slower; the reference the tests compare against.
  bool use_index = true;
};

// Work done by one Match call, to check the linear bound.
struct MatchStats {
  uint64_t steps = 0;  // VM instructions visited
};

class PatternSet {
 public:
  PatternSet();

  // Parses a pattern file held in memory. `name` names it in error messages
  // and is the base for relative %include paths, read through `reader`
  // (default: the disk).
  static Result<PatternSet> Parse(std::string_view text, std::string_view name,
                                  const FileReader& reader = ReadFileFromDisk);
  static Result<PatternSet> LoadFile(const std::string& path,
                                     const FileReader& reader = ReadFileFromDisk);

  // Matches the rules over `tokens`. Token ranges in the result index
  // `tokens`. Matches never span two sentences (Token::sentence) unless the
  // rule says `cross_sentences`. The result points into this set: keep the
  // set alive while using it.
  std::vector<PatternMatch> Match(std::span<const Token> tokens, const MatchOptions& options = {},
                                  MatchStats* stats = nullptr) const;

  size_t rule_count() const;
  const Rule& rule(size_t index) const;
  const Rule* FindRule(std::string_view name) const;
  // Instructions of the compiled forward program (the "pattern size").
  size_t program_size() const;

 private:
  explicit PatternSet(std::shared_ptr<const Compiled> compiled);
  std::shared_ptr<const Compiled> compiled_;
};

}  // namespace recoupe::pattern
