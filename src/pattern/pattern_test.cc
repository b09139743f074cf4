#include <gtest/gtest.h>

#include <cctype>
#include <map>
#include <string>
#include <vector>

#include "pattern/fold.h"
#include "pattern/pattern_selftest.h"
#include "pattern/pattern_set.h"
#include "segment/tokenizer.h"

namespace recoupe::pattern {
namespace {

// A small stand-in tokenizer: words (with inner hyphens), elisions ("l'"),
// digit runs (numbers), one token per punctuation mark. A full stop, '!' or
// '?' followed by a capitalised word starts a new sentence.
std::vector<Token> FixtureTokenize(std::string_view text) {
  std::vector<Token> tokens;
  uint32_t sentence = 0;
  bool new_sentence = true;
  size_t i = 0;
  auto is_punct = [](unsigned char c) { return c < 0x80 && std::ispunct(c) && c != '-'; };
  while (i < text.size()) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c == ' ') {
      ++i;
      continue;
    }
    size_t start = i;
    Token token;
    if (std::isdigit(c)) {
      while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
      if (i < text.size() && std::isalpha(static_cast<unsigned char>(text[i]))) {
        while (i < text.size() && std::isalpha(static_cast<unsigned char>(text[i]))) ++i;
      } else {
        token.shape = TokenShape::kNumber;
        token.number = std::stod(std::string(text.substr(start, i - start)));
      }
    } else if (is_punct(c) || text.substr(i).starts_with("«") ||
               text.substr(i).starts_with("»")) {
      i += c < 0x80 ? 1 : 2;
      token.shape = (c == '%' || c == '$' || c == '/') ? TokenShape::kSymbol : TokenShape::kPunct;
    } else {
      while (i < text.size() && text[i] != ' ' && !is_punct(static_cast<unsigned char>(text[i]))) {
        ++i;
      }
      if (i < text.size() && text[i] == '\'') {
        ++i;
        token.flags |= kElided;
      }
    }
    token.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(i)};
    token.norm = std::string(text.substr(start, i - start));
    token.lower = LowerText(token.norm);
    token.fold = FoldText(token.norm);
    if (token.shape == TokenShape::kWord && token.lower != token.norm) {
      token.flags |= token.lower.substr(0, 1) != token.norm.substr(0, 1) ? kCapitalized : 0;
      if (token.norm.size() > 1 && LowerText(token.norm) != token.norm &&
          std::none_of(token.norm.begin(), token.norm.end(),
                       [](char ch) { return std::islower(static_cast<unsigned char>(ch)); })) {
        token.flags |= kAllCaps;
      }
    }
    if (start > 0 && text[start - 1] == ' ') token.flags |= kSpaceBefore;
    if (token.norm.find('-') != std::string::npos && token.shape == TokenShape::kWord) {
      token.flags |= kHyphenated;
    }
    if (new_sentence && !tokens.empty() && (token.flags & kCapitalized)) ++sentence;
    if (new_sentence && (tokens.empty() || (token.flags & kCapitalized))) {
      token.flags |= kSentenceInitial;
    }
    new_sentence = token.norm == "." || token.norm == "!" || token.norm == "?";
    token.sentence = sentence;
    tokens.push_back(std::move(token));
  }
  return tokens;
}

std::string Render(const PatternSet& set, std::string_view text, bool captures = false,
                   MatchMode mode = MatchMode::kLongest) {
  std::vector<Token> tokens = FixtureTokenize(text);
  std::vector<PatternMatch> matches = set.Match(tokens, {.mode = mode});
  return RenderMatches(text, tokens, matches, captures);
}

PatternSet MustParse(std::string_view text) {
  Result<PatternSet> set = PatternSet::Parse(text, "test.patterns");
  EXPECT_TRUE(set.ok()) << set.status().message();
  return set.ok() ? std::move(set).value() : PatternSet();
}

struct Case {
  const char* rules;  // without the version line
  const char* input;
  const char* expected;
};

TEST(PatternSetTest, RulesOverInputs) {
  const Case kCases[] = {
      // literals match the fold: case and accents ignored
      {"rule r\n  \"selon\" CAP", "Selon Damas, la ville est tombée.",
       "[r Selon Damas], la ville est tombée."},
      {"rule r\n  \"etat\"", "L'État a répondu.", "L'[r État] a répondu."},
      {"rule r\n  norm=\"Etat\"", "L'État et l'Etat.", "L'État et l'[r Etat]."},
      {"rule r\n  lower=\"état\"", "Etat, ÉTAT, état", "Etat, [r ÉTAT], [r état]"},
      // number comparisons, shapes, flags
      {"rule r\n  [NUM num>=1000] \"morts\"", "Il y a 200 morts puis 3000 morts.",
       "Il y a 200 morts puis [r 3000 morts]."},
      {"rule r\n  [NUM num!=0]", "0 1 2", "0 [r 1] [r 2]"},
      {"rule r\n  ALLCAPS", "Le CICR et l'ONU", "Le [r CICR] et l'[r ONU]"},
      {"rule r\n  [CAP !INITIAL]+", "Le président Bachar al-Assad parle.",
       "Le président [r Bachar] al-Assad parle."},
      {"rule r\n  prefix=\"djihad\"", "les djihadistes du djihad",
       "les [r djihadistes] du [r djihad]"},
      {"rule r\n  suffix=\"iste\"+", "un journaliste syndicaliste et un juge",
       "un [r journaliste syndicaliste] et un juge"},
      // repetition, alternation, optional; leftmost-longest
      {"rule r\n  \"a\" (\"b\" | \"c\")* \"d\"?", "a b c b d a", "[r a b c b d] [r a]"},
      {"rule r\n  _{2,3} \".\"", "un deux trois quatre .", "un [r deux trois quatre .]"},
      {"rule r\n  WORD{2}", "un deux trois", "[r un deux] trois"},
      {"rule r\n  WORD{2,}", "un deux trois , quatre", "[r un deux trois] , quatre"},
      // across rules: longest wins, then the rule written first
      {"rule short\n  \"le\" NUM\nrule long\n  \"le\" NUM WORD", "le 7 mars", "[long le 7 mars]"},
      {"rule first\n  \"le\" NUM\nrule second\n  \"le\" NUM", "le 7", "[first le 7]"},
      // sentence anchors
      {"rule r\n  ^ WORD", "Alors il part. Puis il revient.",
       "[r Alors] il part. [r Puis] il revient."},
      {"rule r\n  WORD \".\" $", "Il part. Puis il revient.", "Il [r part.] Puis il [r revient.]"},
      // matches stop at sentence ends unless the rule crosses them
      {"rule r\n  \"part\" \".\" \"Puis\"", "Il part. Puis il revient.",
       "Il part. Puis il revient."},
      {"rule r cross_sentences\n  \"part\" \".\" \"Puis\"", "Il part. Puis il revient.",
       "Il [r part. Puis] il revient."},
      // negation and any
      {"rule r\n  \"selon\" !PUNCT+", "selon des sources militaires, la ville",
       "[r selon des sources militaires], la ville"},
      // defines
      {"define day\n  [NUM num>=1 num<=31] | \"1er\"\nrule r\n  \"le\" <day>",
       "le 1er et le 32 et le 31", "[r le 1er] et le 32 et [r le 31]"},
  };
  for (const Case& c : kCases) {
    PatternSet set = MustParse(std::string("recoupe-patterns 1\n") + c.rules);
    EXPECT_EQ(Render(set, c.input), c.expected) << c.rules;
  }
}

TEST(PatternSetTest, LexiconsWithValuesAndSeveralTokens) {
  PatternSet set = MustParse(R"(recoupe-patterns 1
lexicon group
  Etat islamique | EI | Daech | organisation Etat islamique => ISIS
  Front al-Nosra => Nusra
lexicon number_word
  quatre-vingt => 80
  vingt => 20
  mille => 1000
lexicon acronym exact
  ONU => UN
rule group kind=organisation
  ("l'" | "le" | "du")? name:@group
rule amount
  n:@number_word+ what:WORD
rule un
  org:@acronym
rule number_3
  v:@number_word=1000
)");
  const Case kCases[] = {
      {"", "les djihadistes de l'organisation Etat islamique ont fui",
       "les djihadistes de [group l'organisation Etat islamique {name=organisation Etat "
       "islamique(ISIS)}] ont fui"},
      {"", "les hommes de Daech et du Front al-Nosra",
       "les hommes de [group Daech {name=Daech(ISIS)}] et [group du Front al-Nosra "
       "{name=Front al-Nosra(Nusra)}]"},
      {"", "quatre-vingt soldats",
       "[amount quatre-vingt soldats {n=quatre-vingt(80) what=soldats}]"},
      {"", "vingt mille réfugiés",
       "[amount vingt mille réfugiés {n=vingt mille(1000) what=réfugiés}]"},
      {"", "l'ONU et l'onu", "l'[un ONU {org=ONU(UN)}] et l'onu"},
  };
  for (const Case& c : kCases) EXPECT_EQ(Render(set, c.input, /*captures=*/true), c.expected);
  // The `Tag` accessor and lookup by name.
  ASSERT_NE(set.FindRule("group"), nullptr);
  EXPECT_EQ(set.FindRule("group")->Tag("kind"), "organisation");
  EXPECT_EQ(set.FindRule("group")->Tag("missing"), std::nullopt);
}

TEST(PatternSetTest, EachRuleModeLetsRulesOverlap) {
  PatternSet set = MustParse(R"(recoupe-patterns 1
rule date
  NUM "mars" NUM
rule number
  NUM
)");
  EXPECT_EQ(Render(set, "le 27 mars 2016"), "le [date 27 mars 2016]");
  EXPECT_EQ(Render(set, "le 27 mars 2016", false, MatchMode::kEachRule),
            "le [date [number 27] mars [number 2016]]");
}

TEST(PatternSetTest, EnglishAttributionAndFigures) {
  PatternSet set = MustParse(R"(recoupe-patterns 1
lexicon say_verb
  said | says | told | reported | announced
lexicon source_noun
  officials | sources | witnesses | spokesman | monitor
define amount
  [NUM num>=1] ("," NUM)* ("million" | "thousand")?
rule according_to kind=attribution
  "according" "to" ("the" | "military" | "local")* source:@source_noun
rule said_source kind=attribution
  source:@source_noun verb:@say_verb
rule killed kind=figure event=death
  ("at" "least" | "more" "than" | "nearly")? count:<amount> ("people" | "civilians" | "soldiers")
  ("were" | "have" "been")? "killed"
)");
  const Case kCases[] = {
      {"", "At least 1,500 civilians were killed, according to local officials.",
       "[killed At least 1,500 civilians were killed], [according_to according to local "
       "officials]."},
      {"", "Witnesses told reporters that nearly 40 soldiers were killed.",
       "[said_source Witnesses told] reporters that [killed nearly 40 soldiers were killed]."},
      {"", "The monitor reported 12 deaths.", "The [said_source monitor reported] 12 deaths."},
  };
  for (const Case& c : kCases) EXPECT_EQ(Render(set, c.input), c.expected);
  std::vector<Token> tokens = FixtureTokenize("more than 3,000 people killed");
  std::vector<PatternMatch> matches = set.Match(tokens);
  ASSERT_EQ(matches.size(), 1u);
  EXPECT_EQ(matches[0].rule->Tag("event"), "death");
  ASSERT_NE(matches[0].Capture("count"), nullptr);
  EXPECT_EQ(matches[0].Capture("count")->first, 2u);
  EXPECT_EQ(matches[0].Capture("count")->end, 5u);
}

// (_*)*x has exponentially many ways to match; the VM must stay linear.
TEST(PatternSetTest, PathologicalPatternStaysLinear) {
  PatternSet set =
      MustParse("recoupe-patterns 1\nrule r\n  (_*)*\"x\"\nrule s\n  (\"a\"?){20}\"a\"{20}\n");
  for (bool with_x : {false, true}) {
    std::vector<Token> tokens;
    std::string text;
    for (int i = 0; i < 10000; ++i) text += "a ";
    if (with_x) text += "x";
    tokens = FixtureTokenize(text);
    MatchStats stats;
    std::vector<PatternMatch> matches = set.Match(tokens, {}, &stats);
    uint64_t bound = 3 * (tokens.size() + 1) * (set.program_size() + 2);
    EXPECT_LE(stats.steps, bound);
    if (with_x) {
      ASSERT_EQ(matches.size(), 1u);
      EXPECT_EQ(matches[0].rule->name, "r");
      EXPECT_EQ(matches[0].first, 0u);
      EXPECT_EQ(matches[0].end, tokens.size());
    } else {
      // Without the x, rule s takes the a's forty at a time.
      EXPECT_EQ(matches.size(), 10000u / 40u);
    }
  }
}

struct ErrorCase {
  const char* text;
  const char* expected;  // a prefix of the error message
};

TEST(PatternSetTest, LoaderErrorsNameFileAndLine) {
  const ErrorCase kCases[] = {
      {"recoupe-patterns 2\n", "test.patterns:1: expected the version line 'recoupe-patterns 1'"},
      {"", "test.patterns:1: expected the version line"},
      {"recoupe-patterns 1\n# c\nrule r\n  \"a\" (\"b\"\n",
       "test.patterns:4: expected ')' (got end of pattern)"},
      {"recoupe-patterns 1\nrule r\n  \"a\"\n  FOO\n",
       "test.patterns:4: expected a token test (\"word\", @lexicon, WORD"},
      {"recoupe-patterns 1\nrule r\n  @nowhere\n", "test.patterns:3: unknown lexicon @nowhere"},
      {"recoupe-patterns 1\nrule r\n", "test.patterns:2: expected an indented pattern under r"},
      {"recoupe-patterns 1\nrule r\n  _\nrule r\n  _\n",
       "test.patterns:4: rule r is already defined at test.patterns:2"},
      {"recoupe-patterns 1\n  \"a\"\n", "test.patterns:2: expected %include, lexicon"},
      {"recoupe-patterns 1\nlexicon m\n  mars => 3\n  Mars => 4\n",
       "test.patterns:4: 'mars' is already in @m with another value"},
      {"recoupe-patterns 1\nlexicon m\n  mars => 3\nrule r\n  @m=4\n",
       "test.patterns:5: no entry of @m has the value 4"},
      {"recoupe-patterns 1\nrule r\n  _{5,2}\n", "test.patterns:3: repetition {5,2} is not"},
      {"recoupe-patterns 1\nrule r\n  \"deux mots\"\n", "test.patterns:3: a quoted word is one"},
      {"recoupe-patterns 1\nrule r foo\n  _\n", "test.patterns:2: expected a tag key=value"},
      {"recoupe-patterns 1\nrule r\n  <day>\n", "test.patterns:3: unknown define <day>"},
      {"recoupe-patterns 1\nrule r\n  num<<3\n", "test.patterns:3: expected a number"},
  };
  for (const ErrorCase& c : kCases) {
    Result<PatternSet> set = PatternSet::Parse(c.text, "test.patterns");
    ASSERT_FALSE(set.ok()) << c.text;
    EXPECT_TRUE(set.status().message().starts_with(c.expected))
        << "got: " << set.status().message() << "\nwanted: " << c.expected;
  }
}

TEST(PatternSetTest, IncludesReadThroughTheReader) {
  std::map<std::string, std::string> files = {
      {"dir/main.patterns",
       "recoupe-patterns 1\n%include sub/months.patterns\n"
       "rule r\n  NUM @month\n"},
      {"dir/sub/months.patterns", "recoupe-patterns 1\nlexicon month\n  mars => 3\n"},
      {"dir/bad.patterns", "recoupe-patterns 1\n\n%include broken.patterns\n"},
      {"dir/broken.patterns", "recoupe-patterns 1\nlexicon\n"},
  };
  FileReader reader = [&](const std::string& path) -> Result<std::string> {
    auto it = files.find(path);
    if (it == files.end()) return Status::Error(path + ": cannot open file");
    return it->second;
  };
  Result<PatternSet> set = PatternSet::LoadFile("dir/main.patterns", reader);
  ASSERT_TRUE(set.ok()) << set.status().message();
  EXPECT_EQ(Render(set.value(), "le 27 mars"), "le [r 27 mars]");
  Result<PatternSet> bad = PatternSet::LoadFile("dir/bad.patterns", reader);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(),
            "dir/broken.patterns:2: expected 'lexicon NAME [fold|lower|exact]'");
  files["dir/main.patterns"] = "recoupe-patterns 1\n%include missing.patterns\n";
  Result<PatternSet> missing = PatternSet::LoadFile("dir/main.patterns", reader);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().message(),
            "dir/main.patterns:2: cannot include: dir/missing.patterns: cannot open file");
}

const std::string kSelftestDir = std::string(RECOUPE_SOURCE_DIR) + "/data/common/selftest-patterns";

TEST(PatternSelftestTest, FrenchDatesWithFixtureTokenizer) {
  Result<SelftestReport> report =
      RunSelftestFile(kSelftestDir + "/dates-fr.selftest", FixtureTokenize);
  ASSERT_TRUE(report.ok()) << report.status().message();
  EXPECT_EQ(report->cases, 7);
  for (const std::string& failure : report->failures) ADD_FAILURE() << failure;
}

TEST(PatternSelftestTest, FrenchDatesWithTheRealTokenizer) {
  auto tokenize = [](std::string_view text) { return TokenizeText(text); };
  Result<SelftestReport> report = RunSelftestFile(kSelftestDir + "/dates-fr.selftest", tokenize);
  ASSERT_TRUE(report.ok()) << report.status().message();
  EXPECT_EQ(report->cases, 7);
  for (const std::string& failure : report->failures) ADD_FAILURE() << failure;
}

TEST(PatternSelftestTest, FailingCasesAreReported) {
  std::map<std::string, std::string> files = {
      {"p.patterns", "recoupe-patterns 1\nrule n\n  NUM\n"},
  };
  FileReader reader = [&](const std::string& path) -> Result<std::string> {
    return files.at(path);
  };
  Result<SelftestReport> report = RunSelftest(
      "recoupe-pattern-selftest 1\n%patterns p.patterns\nil y a 3 morts ⇒ il y a [n 3] morts\n"
      "il y a 3 morts ⇒ il y a 3 morts\n",
      "t.selftest", FixtureTokenize, reader);
  ASSERT_TRUE(report.ok()) << report.status().message();
  EXPECT_EQ(report->cases, 2);
  ASSERT_EQ(report->failures.size(), 1u);
  EXPECT_EQ(report->failures[0],
            "t.selftest:4: got 'il y a [n 3] morts', expected 'il y a 3 morts'");
  Result<SelftestReport> bad =
      RunSelftest("recoupe-pattern-selftest 1\nno arrow\n", "t.selftest", FixtureTokenize, reader);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(), "t.selftest:2: expected 'input ⇒ expected rendering'");
}

}  // namespace
}  // namespace recoupe::pattern
