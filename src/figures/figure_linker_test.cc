#include "figures/figure_linker.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pattern/pattern_selftest.h"
#include "segment/tokenizer.h"

namespace recoupe {
namespace {

const std::string kDataDir = std::string(RECOUPE_SOURCE_DIR) + "/data";

const FigureResources& Resources(const std::string& language) {
  static const FigureResources fr = FigureResources::Load(kDataDir, "fr").value();
  static const FigureResources en = FigureResources::Load(kDataDir, "en").value();
  return language == "en" ? en : fr;
}

// The figures of one sentence, "; "-separated renderings.
std::string Render(const std::string& language, const std::string& text) {
  std::vector<Token> tokens = TokenizeText(text);
  LinkResult result = LinkFigures(tokens, Resources(language));
  std::string out;
  for (const LinkedFigure& f : result.figures) {
    if (!out.empty()) out += "; ";
    out += RenderFigure(text, tokens, f);
  }
  for (const ArithmeticIssue& issue : result.issues) out += " | arithmetic: " + issue.message;
  return out;
}

struct Case {
  const char* language;
  const char* text;
  const char* expected;
};

TEST(LinkFiguresTest, Table) {
  const std::vector<Case> cases = {
      // Predicate before the number.
      {"fr", "La bataille a coûté la vie à 400 djihadistes.",
       "400 djihadistes ⇒ exact 400 killed fighters"},
      {"fr", "L'aviation russe a tué 100 terroristes en 24 heures.",
       "100 terroristes ⇒ exact 100 killed fighters"},
      {"fr", "Elle a frappé 158 objectifs, tuant une centaine de djihadistes.",
       "158 objectifs ⇒ exact 158 targets_hit other; une centaine de djihadistes ⇒ approx 100 "
       "killed fighters"},
      {"fr", "La mort de 12 civils a été confirmée.", "12 civils ⇒ exact 12 killed civilians"},
      // Predicate after, passive, enumerations.
      {"fr", "En vingt jours, 400 jihadistes ont été tués et 188 soldats ont péri.",
       "400 jihadistes ⇒ exact 400 killed fighters; 188 soldats ⇒ exact 188 killed soldiers"},
      {"fr", "Plus de 300 terroristes et onze chars ont été détruits.",
       "Plus de 300 terroristes ⇒ more_than 300.. killed fighters; onze chars ⇒ exact 11 "
       "vehicles_destroyed other"},
      {"fr",
       "Plus de 100 terroristes, quatre chars, trois systèmes d'artillerie, quatre dépôts "
       "d'armes et cinq véhicules ont été neutralisés.",
       "Plus de 100 terroristes ⇒ more_than 100.. killed fighters; quatre chars ⇒ exact 4 "
       "vehicles_destroyed other; trois systèmes d'artillerie ⇒ exact 3 vehicles_destroyed "
       "other; quatre dépôts d'armes ⇒ exact 4 vehicles_destroyed other; cinq véhicules ⇒ "
       "exact 5 vehicles_destroyed other"},
      {"fr", "158 cibles terroristes ont été frappées.",
       "158 cibles ⇒ exact 158 targets_hit other"},
      // The noun says what happened.
      {"fr", "Du côté des forces loyalistes, on dénombrerait près de 190 victimes.",
       "près de 190 victimes ⇒ approx 190 killed soldiers"},
      {"fr", "Son aviation a effectué 40 sorties.", "40 sorties ⇒ exact 40 air_raids aircraft"},
      {"fr", "Entre vingt et vingt-cinq sorties par jours.",
       "Entre vingt et vingt-cinq sorties ⇒ range exact 20..25 air_raids aircraft"},
      {"fr", "Le bilan est de 30 morts et 12 blessés.",
       "30 morts ⇒ exact 30 killed people; 12 blessés ⇒ exact 12 wounded people"},
      // Rough counts stay rough; durations and dates are not figures.
      {"fr", "Ils laissent quelques dizaines de combattants sur place.",
       "quelques dizaines de combattants ⇒ vague 20..99 fighters_present fighters"},
      // A force's size: fighters and soldiers present, not civilians.
      {"fr", "Quelque 2 000 soldats russes sont déployés en Syrie.",
       "Quelque 2 000 soldats ⇒ approx 2000 fighters_present soldiers"},
      {"fr", "Environ 10 000 civils sont piégés dans la vieille ville.",
       "Environ 10 000 civils ⇒ approx 10000 other civilians"},
      {"en", "Some 300 Islamic State fighters remain holed up in the old city.",
       "Some 300 Islamic State fighters ⇒ approx 300 fighters_present fighters"},
      {"fr", "Ils désamorcent des dizaines de bombes.", "des dizaines de bombes ⇒ vague 20..99 other other"},
      {"fr", "Des milliers et des milliers d'années de patrimoine.",
       "des milliers d'années ⇒ vague 2000..9999 other other"},
      {"fr", "En une vingtaine de jours de combats, le 7 mars 2016.", ""},
      {"fr", "La bataille aura duré trois semaines.", ""},
      {"fr", "Une femme près de sa maison.", ""},
      // Subject carried from an earlier noun.
      {"fr", "Des djihadistes ont attaqué ; 40 ont été tués.", "40 ⇒ exact 40 killed fighters"},
      // Breakdowns.
      {"fr", "300 personnes ont été tuées, dont 123 soldats, 115 combattants et 57 civils.",
       "300 personnes ⇒ exact 300 killed people; 123 soldats ⇒ exact 123 killed soldiers; 115 "
       "combattants ⇒ exact 115 killed fighters; 57 civils ⇒ exact 57 killed civilians"},
      {"fr", "200 personnes ont été tuées, dont 123 soldats, 115 combattants et 57 civils.",
       "200 personnes ⇒ exact 200 killed people; 123 soldats ⇒ exact 123 killed soldiers; 115 "
       "combattants ⇒ exact 115 killed fighters; 57 civils ⇒ exact 57 killed civilians | "
       "arithmetic: the parts add up to 295 (123 + 115 + 57) but the total is 200"},
      // Numbers with no noun after them: the object of a casualty verb, a
      // subject with its predicate a few words on, a word standing for the
      // noun, a toll's number, a breakdown's part.
      {"en", "The shell hit the market, killing at least 12 and injuring 40 more.",
       "at least 12 ⇒ at_least 12.. killed people; 40 more ⇒ exact 40 wounded people"},
      {"en", "Officials said 14 were also confirmed dead and 3 remain in critical condition.",
       "14 ⇒ exact 14 killed people; 3 ⇒ exact 3 wounded people"},
      {"fr", "Sur les 60 blessés, 12 autres sont décédées à l'hôpital.",
       "60 blessés ⇒ exact 60 wounded people; 12 autres ⇒ exact 12 killed people"},
      {"fr", "Neuf soldats sont morts. Trois d'entre eux ont été tués par une mine.",
       "Neuf soldats ⇒ exact 9 killed soldiers; Trois d'entre eux ⇒ exact 3 killed soldiers"},
      {"fr", "Le bilan de l'attaque du marché s'est alourdi à 43, selon la police.",
       "43 ⇒ exact 43 killed people"},
      {"fr", "Ce décès porte à 31 le nombre de personnes tuées dans la ville.",
       "31 ⇒ exact 31 killed people"},
      {"en", "The number of civilians killed in the shelling has risen to 57.",
       "57 ⇒ exact 57 killed civilians"},
      {"en", "The number of visitors rose to 5000 this year.", ""},
      {"fr", "On compte 40 blessés, dont 6 grièvement.",
       "40 blessés ⇒ exact 40 wounded people; 6 ⇒ exact 6 wounded people"},
      {"fr", "Au moins 30 morts, dont sept enfants, ont été recensés.",
       "Au moins 30 morts ⇒ at_least 30.. killed people; sept enfants ⇒ exact 7 killed civilians"},
      {"fr", "Ils ont été tués en 2015.", ""},
      // Quantities said without a number stay vague.
      {"fr", "Plusieurs soldats ont été blessés.", "Plusieurs soldats ⇒ vague 2.. wounded soldiers"},
      {"en", "A number of militants were killed.", "A number of militants ⇒ vague .. killed fighters"},
      {"en", "Several questions remain.", ""},
      // Fighters that nothing happens to are a force's size.
      {"fr", "Sept terroristes armés de fusils.",
       "Sept terroristes ⇒ exact 7 fighters_present fighters"},
      // English.
      {"en", "The battle killed 400 Islamic State fighters.",
       "400 Islamic State fighters ⇒ exact 400 killed fighters"},
      {"en", "Nearly 190 soldiers died and dozens of civilians were wounded.",
       "Nearly 190 soldiers ⇒ approx 190 killed soldiers; dozens of civilians ⇒ vague 24..119 "
       "wounded civilians"},
      {"en", "Russian jets flew more than 40 sorties and hit 158 targets.",
       "more than 40 sorties ⇒ more_than 40.. air_raids aircraft; 158 targets ⇒ exact 158 "
       "targets_hit other"},
      {"en", "A hundred and fifty troops were captured.",
       "A hundred and fifty troops ⇒ exact 150 captured soldiers"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Render(c.language, c.text), c.expected) << c.text;
  }
}

TEST(FigureSelftestTest, DataFiles) {
  auto tokenize = [](std::string_view text) { return TokenizeText(text); };
  for (const char* file : {"/fr/figures.selftest", "/en/figures.selftest"}) {
    Result<pattern::SelftestReport> report = pattern::RunSelftestFile(kDataDir + file, tokenize);
    ASSERT_TRUE(report.ok()) << report.status().message();
    EXPECT_GE(report->cases, 4) << file;
    for (const std::string& failure : report->failures) ADD_FAILURE() << failure;
  }
}

}  // namespace
}  // namespace recoupe
