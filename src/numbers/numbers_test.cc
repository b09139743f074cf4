#include "numbers/numbers.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pattern/pattern_selftest.h"
#include "segment/tokenizer.h"

namespace recoupe {
namespace {

const std::string kDataDir = std::string(RECOUPE_SOURCE_DIR) + "/data";

const NumberResources& Resources(const std::string& language) {
  static const NumberResources fr = NumberResources::Load(kDataDir, "fr").value();
  static const NumberResources en = NumberResources::Load(kDataDir, "en").value();
  return language == "en" ? en : fr;
}

// "il y a [plus de 300|more_than 300..] morts": each mention bracketed with
// its rendering.
std::string Render(const std::string& language, const std::string& text) {
  std::vector<Token> tokens = TokenizeText(text);
  std::vector<NumberMention> found = FindNumbers(tokens, Resources(language));
  std::string out;
  size_t pos = 0;
  for (const NumberMention& m : found) {
    uint32_t begin = tokens[m.first].span.begin;
    uint32_t end = tokens[m.end - 1].span.end;
    out += text.substr(pos, begin - pos);
    out += "[" + text.substr(begin, end - begin) + "|" + RenderNumber(m) + "]";
    pos = end;
  }
  return out + text.substr(pos);
}

struct Case {
  const char* language;
  const char* text;
  const char* expected;
};

TEST(FindNumbersTest, Table) {
  const std::vector<Case> cases = {
      // Digits and separators.
      {"fr", "10\u00a0000 soldats", "[10\u00a0000|exact 10000] soldats"},
      {"fr", "10\u202f000 soldats", "[10\u202f000|exact 10000] soldats"},
      {"fr", "4.000 morts et 2,5 %", "[4.000|exact 4000] morts et [2,5 %|percent exact 2.5]"},
      {"fr", "1,5 million de réfugiés", "[1,5 million|exact 1500000] de réfugiés"},
      // Words.
      {"fr", "onze chars", "[onze|exact 11] chars"},
      {"fr", "vingt-cinq sorties", "[vingt-cinq|exact 25] sorties"},
      {"fr", "cent quatre-vingt-huit soldats", "[cent quatre-vingt-huit|exact 188] soldats"},
      {"fr", "soixante et onze morts", "[soixante et onze|exact 71] morts"},
      {"fr", "septante blessés", "[septante|exact 70] blessés"},
      {"fr", "deux cent mille personnes", "[deux cent mille|exact 200000] personnes"},
      {"fr", "trois semaines", "[trois|exact 3] semaines"},
      {"fr", "un million et demi de réfugiés", "[un million et demi|exact 1500000] de réfugiés"},
      {"fr", "3 millions et demi", "[3 millions et demi|exact 3500000]"},
      {"fr", "deux heures et demie", "[deux|exact 2] heures et demie"},
      {"en", "a million and a half", "[a million and a half|exact 1500000]"},
      {"fr", "la deuxième ville", "la [deuxième|ordinal exact 2] ville"},
      {"en", "eleven soldiers", "[eleven|exact 11] soldiers"},
      {"en", "a hundred and fifty fighters", "[a hundred and fifty|exact 150] fighters"},
      {"en", "two thousand and five", "[two thousand and five|exact 2005]"},
      // Qualifiers.
      {"fr", "près de 190 victimes", "[près de 190|approx 190] victimes"},
      {"fr", "environ 40 raids", "[environ 40|approx 40] raids"},
      {"fr", "quelque 300 hommes", "[quelque 300|approx 300] hommes"},
      {"fr", "au moins 300 terroristes", "[au moins 300|at_least 300..] terroristes"},
      {"fr", "plus de 10 000 kilomètres carrés",
       "[plus de 10 000|more_than 10000..] kilomètres carrés"},
      {"fr", "jusqu'à 50 frappes", "[jusqu'à 50|up_to ..50] frappes"},
      {"en", "nearly 200 people", "[nearly 200|approx 200] people"},
      {"en", "more than 40 raids", "[more than 40|more_than 40..] raids"},
      {"en", "some 300 troops", "[some 300|approx 300] troops"},
      // Ranges.
      {"fr", "entre vingt et vingt-cinq sorties", "[entre vingt et vingt-cinq|range exact 20..25] sorties"},
      {"fr", "20 à 25 morts", "[20 à 25|range exact 20..25] morts"},
      {"fr", "20-25 morts", "[20-25|range exact 20..25] morts"},
      {"en", "between 20 and 25 dead", "[between 20 and 25|range exact 20..25] dead"},
      // Collective and vague counts.
      {"fr", "une centaine de djihadistes", "[une centaine|approx 100] de djihadistes"},
      {"fr", "une vingtaine de jours", "[une vingtaine|approx 20] de jours"},
      {"fr", "plus d'une centaine de morts", "[plus d'une centaine|more_than 100..] de morts"},
      {"fr", "des dizaines de bombes", "[des dizaines|vague 20..99] de bombes"},
      {"fr", "quelques dizaines de combattants", "[quelques dizaines|vague 20..99] de combattants"},
      {"fr", "plusieurs centaines de civils", "[plusieurs centaines|vague 200..999] de civils"},
      {"fr", "trois douzaines de blindés", "[trois douzaines|approx 36] de blindés"},
      {"fr", "près de 3 centaines de soldats", "[près de 3 centaines|approx 300] de soldats"},
      {"fr", "2 millions de déplacés", "[2 millions|exact 2000000] de déplacés"},
      {"fr", "des milliers et des milliers d'années",
       "[des milliers|vague 2000..9999] et [des milliers|vague 2000..9999] d'années"},
      {"fr", "des dizaines de milliers de morts",
       "[des dizaines de milliers|vague 20000..99999] de morts"},
      {"en", "dozens of fighters", "[dozens|vague 24..119] of fighters"},
      {"en", "hundreds of civilians", "[hundreds|vague 200..999] of civilians"},
      {"en", "about a dozen", "[about a dozen|approx 12]"},
      {"en", "three dozen soldiers", "[three dozen|approx 36] soldiers"},
      {"en", "no more than 350 militants", "[no more than 350|up_to ..350] militants"},
      {"en", "several hundred fighters", "[several hundred|vague 200..999] fighters"},
      {"en", "a few thousand people", "[a few thousand|vague 2000..9999] people"},
      {"en", "two hundred people", "[two hundred|exact 200] people"},
      // Not ranges: a later bound below the first.
      {"fr", "de 2016 à 2015", "de [2016|exact 2016] à [2015|exact 2015]"},
      // Nothing to find.
      {"fr", "Palmyre est reprise.", "Palmyre est reprise."},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Render(c.language, c.text), c.expected) << c.text;
  }
}

TEST(FindNumbersTest, ValueTokensLeaveTheCueOut) {
  std::vector<Token> tokens = TokenizeText("plus de 300 terroristes");
  std::vector<NumberMention> found = FindNumbers(tokens, Resources("fr"));
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].first, 0u);
  EXPECT_EQ(found[0].value_first, 2u);
  EXPECT_EQ(found[0].value_end, 3u);
  EXPECT_FALSE(found[0].words);
}

TEST(FindNumbersTest, MissingDataIsAnError) {
  Result<NumberResources> missing = NumberResources::Load("/nonexistent", "fr");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("numbers.patterns"), std::string::npos);
}

TEST(NumberSelftestTest, DataFiles) {
  auto tokenize = [](std::string_view text) { return TokenizeText(text); };
  for (const char* file : {"/fr/numbers.selftest", "/en/numbers.selftest"}) {
    Result<pattern::SelftestReport> report = pattern::RunSelftestFile(kDataDir + file, tokenize);
    ASSERT_TRUE(report.ok()) << report.status().message();
    EXPECT_GE(report->cases, 5) << file;
    for (const std::string& failure : report->failures) ADD_FAILURE() << failure;
  }
}

}  // namespace
}  // namespace recoupe
