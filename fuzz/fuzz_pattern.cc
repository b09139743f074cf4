// The pattern-file parser and the matcher. The input is a pattern file,
// optionally followed by a line "%%" and a text to match it on (else a fixed
// sentence). "%include self.patterns" reads the same file again (it is read
// once). Matches lie inside the tokens and inside one sentence unless the
// rule crosses sentences, captures inside their match, and the work stays
// under the documented linear bound 3 × (tokens + 1) × (program size + 2).
#include "fuzz_support.h"
#include "ingest/encoding.h"
#include "pattern/pattern_set.h"
#include "segment/segmenter.h"
#include "segment/tokenizer.h"

using namespace recoupe;
using namespace recoupe::pattern;

namespace {

constexpr std::string_view kDefaultText =
    "Le 27 mars 2016, selon l'OSDH, au moins 3 000 personnes ont fui Palmyre. "
    "More than twenty people were killed on Monday, the army said.";

void CheckMatches(const PatternSet& set, std::span<const Token> tokens, MatchMode mode) {
  MatchStats stats;
  for (const PatternMatch& match : set.Match(tokens, {mode}, &stats)) {
    fuzz::Require(match.first < match.end && match.end <= tokens.size(), "match outside tokens");
    fuzz::Require(match.rule->cross_sentences ||
                      tokens[match.first].sentence == tokens[match.end - 1].sentence,
                  "a match crosses sentences");
    for (const PatternCapture& capture : match.captures)
      fuzz::Require(
          match.first <= capture.first && capture.first <= capture.end && capture.end <= match.end,
          "capture outside its match");
  }
  if (mode == MatchMode::kLongest)
    fuzz::Require(stats.steps <= 3 * (tokens.size() + 1) * (set.program_size() + 2),
                  "matching work over the linear bound");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string input = fuzz::AsUtf8(fuzz::AsText(data, size));
  std::string_view patterns = input, text = kDefaultText;
  if (const size_t cut = input.find("\n%%\n"); cut != std::string::npos) {
    patterns = std::string_view(input).substr(0, cut + 1);
    text = std::string_view(input).substr(cut + 4);
  }
  const std::string self(patterns);
  auto reader = [&self](const std::string& path) -> Result<std::string> {
    if (path == "fuzz/self.patterns") return self;
    return Status::Error(path + ": no such file");
  };
  Result<PatternSet> set = PatternSet::Parse(patterns, "fuzz/main.patterns", reader);
  if (!set.ok()) return 0;
  for (size_t i = 0; i < set->rule_count(); ++i) set->FindRule(set->rule(i).name);

  const std::vector<Token> tokens = fuzz::TokensInSentences(text);
  CheckMatches(set.value(), tokens, MatchMode::kLongest);
  CheckMatches(set.value(), tokens, MatchMode::kEachRule);
  return 0;
}
