// The rule index changes no match: every pattern file of the project, over
// the example articles, gives the same matches and captures with the index
// as when every rule is tried at every token.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "pattern/pattern_set.h"
#include "segment/tokenizer.h"

namespace recoupe::pattern {
namespace {

const std::filesystem::path kSourceDir = RECOUPE_SOURCE_DIR;

// The example articles' text (and the shared seed articles when present),
// tokenised, a new sentence after each . ! ? or line break, so that rules
// meet sentence bounds.
std::vector<Token> ExampleTokens() {
  std::vector<std::filesystem::path> files;
  std::error_code error;
  for (const auto& dir : {kSourceDir / "examples", kSourceDir / ".." / "shared" / "corpus" / "seeds"}) {
    for (const auto& entry : std::filesystem::directory_iterator(dir, error)) {
      if (entry.path().extension() == ".txt") files.push_back(entry.path());
    }
  }
  std::vector<Token> tokens;
  for (const std::filesystem::path& path : files) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    std::istringstream lines(text.str());
    for (std::string line; std::getline(lines, line);) {
      std::vector<Token> more = TokenizeText(line);
      tokens.insert(tokens.end(), more.begin(), more.end());
    }
  }
  uint32_t sentence = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    tokens[i].sentence = sentence;
    const std::string& f = tokens[i].fold;
    if (f == "." || f == "!" || f == "?" || (i + 1 < tokens.size() && tokens[i + 1].span.begin == 0)) {
      ++sentence;
    }
  }
  return tokens;
}

std::string Describe(const std::vector<PatternMatch>& matches) {
  std::string out;
  for (const PatternMatch& m : matches) {
    out += m.rule->name + "[" + std::to_string(m.first) + "," + std::to_string(m.end) + ")";
    for (const PatternCapture& c : m.captures) {
      out += " " + std::string(c.name) + "[" + std::to_string(c.first) + "," +
             std::to_string(c.end) + ")=" + std::string(c.value.value_or("-"));
    }
    out += "\n";
  }
  return out;
}

TEST(EntryIndexTest, SameMatchesAsTryingEveryRuleEverywhere) {
  const std::vector<Token> tokens = ExampleTokens();
  ASSERT_GT(tokens.size(), 1000u);
  int files = 0, files_matching = 0;
  for (const char* dir : {"data/fr", "data/en", "data/common/selftest-patterns"}) {
    for (const auto& entry : std::filesystem::directory_iterator(kSourceDir / dir)) {
      if (entry.path().extension() != ".patterns") continue;
      Result<PatternSet> set = PatternSet::LoadFile(entry.path().string());
      ASSERT_TRUE(set.ok()) << set.status().message();
      if (set.value().rule_count() == 0) continue;
      ++files;
      for (MatchMode mode : {MatchMode::kLongest, MatchMode::kEachRule}) {
        MatchOptions indexed{.mode = mode};
        MatchOptions every_rule{.mode = mode, .use_index = false};
        const std::string with = Describe(set.value().Match(tokens, indexed));
        const std::string without = Describe(set.value().Match(tokens, every_rule));
        EXPECT_EQ(with, without) << entry.path();
        if (!without.empty()) ++files_matching;
      }
    }
  }
  EXPECT_GT(files, 10);
  EXPECT_GT(files_matching, 10);  // the comparison is not vacuous
}

TEST(EntryIndexTest, RulesStartingWithAWildcardStillMatch) {
  Result<PatternSet> set = PatternSet::Parse(
      "recoupe-patterns 1\n"
      "rule tail\n  _ \"fin\"\n"
      "rule negated\n  !PUNCT \"stop\"\n"
      "rule suffix\n  [WORD suffix=\"ment\"] \"vite\"\n"
      "rule optional\n  \"très\"? [CAP !INITIAL]\n",
      "inline");
  ASSERT_TRUE(set.ok()) << set.status().message();
  const std::vector<Token> tokens = TokenizeText("la fin , avant stop ; rapidement vite et très Paris");
  EXPECT_EQ(Describe(set.value().Match(tokens)),
            "tail[0,2)\nnegated[3,5)\nsuffix[6,8)\noptional[9,11)\n");
}

}  // namespace
}  // namespace recoupe::pattern
