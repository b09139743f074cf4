// One-line renderings of matches, and the self-test files that check a
// pattern set against them (format: docs/patterns.md#self-test-files).
// Thread safety: pure functions.
#pragma once

#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "pattern/pattern_set.h"
#include "recoupe/document.h"
#include "recoupe/status.h"

namespace recoupe::pattern {

// Turns one line of text into tokens whose spans are byte offsets in it.
using Tokenizer = std::function<std::vector<Token>(std::string_view text)>;

// `text` with each match bracketed: "le [date 7 mars 2016]". With
// `with_captures`, the captures follow the matched text:
// "le [date 7 mars 2016 {day=7 month=mars(3) year=2016}]". Token spans must
// be offsets in `text`; overlapping matches (MatchMode::kEachRule) nest.
std::string RenderMatches(std::string_view text, std::span<const Token> tokens,
                          std::span<const PatternMatch> matches, bool with_captures);

struct SelftestReport {
  int cases = 0;
  std::vector<std::string> failures;  // "file:line: got '...', expected '...'"
};

// Runs a self-test file held in memory. Its %patterns line names the pattern
// file, relative to `name`, read through `reader`. Errors in the self-test or
// pattern file are a Status; failed cases are listed in the report.
Result<SelftestReport> RunSelftest(std::string_view text, std::string_view name,
                                   const Tokenizer& tokenize,
                                   const FileReader& reader = ReadFileFromDisk);
Result<SelftestReport> RunSelftestFile(const std::string& path, const Tokenizer& tokenize,
                                       const FileReader& reader = ReadFileFromDisk);

}  // namespace recoupe::pattern
