#include "figures/figure_stage.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "segment/tokenizer.h"

namespace recoupe {
namespace {

const std::string kDataDir = std::string(RECOUPE_SOURCE_DIR) + "/data";

const FigureStage& Stage() {
  static const std::unique_ptr<FigureStage> stage = FigureStage::Load(kDataDir).value();
  return *stage;
}

// A one-sentence document of `text`, tokenized.
Document MakeDocument(const std::string& text, const std::string& language) {
  Document doc;
  doc.raw = text;
  doc.language = language;
  doc.tokens = TokenizeText(text);
  doc.blocks.push_back(Block{Span{0, static_cast<uint32_t>(text.size())}});
  doc.sentences.push_back(Sentence{Span{0, static_cast<uint32_t>(text.size())}, 0,
                                   static_cast<uint32_t>(doc.tokens.size()), 0});
  return doc;
}

// The entity mention of the first occurrence of `word` in doc.raw.
EntityMention Entity(const Document& doc, const std::string& word, const std::string& type,
                     const std::string& name, const std::string& country = "") {
  EntityMention e;
  e.begin = static_cast<uint32_t>(doc.raw.find(word));
  e.end = e.begin + static_cast<uint32_t>(word.size());
  e.type = type;
  e.name = name;
  if (!country.empty()) e.country = country;
  return e;
}

// The figure whose text is `text`, or nullptr.
const Figure* FigureOf(const Document& doc, std::string_view text) {
  for (const Figure& f : doc.figures) {
    if (doc.text(Span{f.begin, f.end}) == text) return &f;
  }
  return nullptr;
}

// "actor Syrian Arab Army (inferred)", "actor none": for readable failures.
std::string ActorOf(const Figure* f) {
  if (f == nullptr) return "no such figure";
  if (!f->who_actor) return "actor none";
  return "actor " + *f->who_actor + (f->actor_inferred ? " (inferred)" : "");
}

std::vector<std::string> FlagTexts(const Document& doc, const std::string& kind) {
  std::vector<std::string> texts;
  for (const Flag& flag : doc.flags) {
    if (flag.kind == kind) texts.emplace_back(doc.text(Span{flag.begin, flag.end}));
  }
  return texts;
}

std::string Text(const Document& doc, const Figure& f) {
  return std::string(doc.text(Span{f.begin, f.end}));
}

TEST(FigureStageTest, ActorNamedAfterTheNounAndSourceFromTheClaim) {
  Document doc = MakeDocument("Les combats auraient coûté la vie à 400 combattants de l'EI.", "fr");
  doc.entities.push_back(Entity(doc, "EI", "armed_group", "Islamic State"));
  doc.claims.push_back(Claim{0, static_cast<uint32_t>(doc.raw.size()),
                             "Syrian Observatory for Human Rights"});
  doc.claims.back().hedged = true;
  Stage().Annotate(doc);
  ASSERT_EQ(doc.figures.size(), 1u);
  const Figure& f = doc.figures[0];
  EXPECT_EQ(Text(doc, f), "400 combattants");
  EXPECT_EQ(f.low, 400);
  EXPECT_EQ(f.high, 400);
  EXPECT_EQ(f.what, "killed");
  EXPECT_EQ(f.who_class, "fighters");
  EXPECT_EQ(f.who_actor.value_or(""), "Islamic State");
  EXPECT_FALSE(f.actor_inferred);
  EXPECT_EQ(f.source.value_or(""), "Syrian Observatory for Human Rights");
  EXPECT_TRUE(f.hedged);
}

TEST(FigureStageTest, ActorInferredFromTheGroupTheArticleNames) {
  Document doc = MakeDocument("L'EI recule et Daech fuit ; 400 djihadistes ont été tués.", "fr");
  doc.entities.push_back(Entity(doc, "EI", "armed_group", "Islamic State"));
  doc.entities.push_back(Entity(doc, "Daech", "armed_group", "Islamic State"));
  Stage().Annotate(doc);
  ASSERT_EQ(doc.figures.size(), 1u);
  EXPECT_EQ(doc.figures[0].who_actor.value_or(""), "Islamic State");
  EXPECT_TRUE(doc.figures[0].actor_inferred);
  EXPECT_FALSE(doc.figures[0].source.has_value());
}

TEST(FigureStageTest, NoEntitiesNoActor) {
  Document doc = MakeDocument("400 djihadistes ont été tués.", "fr");
  Stage().Annotate(doc);
  ASSERT_EQ(doc.figures.size(), 1u);
  EXPECT_FALSE(doc.figures[0].who_actor.has_value());
}

TEST(FigureStageTest, AmbiguousSidesInferNothing) {
  Document doc = MakeDocument("L'EI et le Hezbollah s'affrontent ; 400 combattants ont été tués.", "fr");
  doc.entities.push_back(Entity(doc, "EI", "armed_group", "Islamic State"));
  doc.entities.push_back(Entity(doc, "Hezbollah", "armed_group", "Hezbollah"));
  Stage().Annotate(doc);
  ASSERT_EQ(doc.figures.size(), 1u);
  EXPECT_FALSE(doc.figures[0].who_actor.has_value());
}

TEST(FigureStageTest, BreakdownOverItsTotalIsFlagged) {
  Document doc = MakeDocument(
      "Au total, 200 personnes ont été tuées, dont 123 soldats, 115 combattants et 57 civils.", "fr");
  Stage().Annotate(doc);
  EXPECT_EQ(doc.figures.size(), 4u);
  EXPECT_EQ(FlagTexts(doc, "arithmetic"),
            std::vector<std::string>{
                "200 personnes ont été tuées, dont 123 soldats, 115 combattants et 57 civils"});
}

TEST(FigureStageTest, EnglishDocumentsUseTheEnglishData) {
  Document doc = MakeDocument("At least 30 civilians were killed.", "en");
  Stage().Annotate(doc);
  ASSERT_EQ(doc.figures.size(), 1u);
  EXPECT_EQ(doc.figures[0].qualifier, "at_least");
  EXPECT_EQ(doc.figures[0].low, 30);
  EXPECT_FALSE(doc.figures[0].high.has_value());
  EXPECT_EQ(doc.figures[0].what, "killed");
  EXPECT_EQ(doc.figures[0].who_class, "civilians");
}

// The kind of fighters the noun names chooses among the groups the article
// names: jihadists are the jihadist group's, even when a militia is named too.
TEST(FigureStageTest, TheNounsKindChoosesTheirGroup) {
  Document doc = MakeDocument(
      "Le Hezbollah et l'armée syrienne ont repoussé l'EI près de Qousseir ; 40 djihadistes ont "
      "été tués.",
      "fr");
  doc.entities.push_back(Entity(doc, "Hezbollah", "armed_group", "Hezbollah", "LB"));
  doc.entities.push_back(Entity(doc, "armée syrienne", "armed_group", "Syrian Arab Army", "SY"));
  doc.entities.push_back(Entity(doc, "EI", "armed_group", "Islamic State"));
  Stage().Annotate(doc);
  EXPECT_EQ(ActorOf(FigureOf(doc, "40 djihadistes")), "actor Islamic State (inferred)");
}

// English "militants" are the jihadist group's, not the most named militia's.
TEST(FigureStageTest, MilitantsAreTheJihadistGroupsNotTheMostNamedMilitias) {
  Document doc = MakeDocument(
      "The SDF said the Syrian Democratic Forces had taken Raqqa from the Islamic State. "
      "The SDF added that dozens of militants were still hiding in tunnels.",
      "en");
  doc.entities.push_back(Entity(doc, "SDF", "armed_group", "Syrian Democratic Forces", "SY"));
  doc.entities.push_back(
      Entity(doc, "Syrian Democratic Forces", "armed_group", "Syrian Democratic Forces", "SY"));
  doc.entities.push_back(Entity(doc, "Islamic State", "armed_group", "Islamic State"));
  EntityMention second_sdf = Entity(doc, "SDF added", "armed_group", "Syrian Democratic Forces", "SY");
  second_sdf.end = second_sdf.begin + 3;
  doc.entities.push_back(second_sdf);
  Stage().Annotate(doc);
  EXPECT_EQ(ActorOf(FigureOf(doc, "dozens of militants")), "actor Islamic State (inferred)");
}

// A national adjective names the state's army for soldiers, not for
// fighters (who may be rebels) nor civilians.
TEST(FigureStageTest, NationalAdjectiveNamesTheArmyOfSoldiersOnly) {
  Document doc = MakeDocument(
      "Près de Palmyre, 188 soldats syriens ont été tués, 30 combattants syriens ont péri et 12 "
      "civils syriens ont été blessés.",
      "fr");
  doc.entities.push_back(Entity(doc, "Palmyre", "place", "Palmyra", "SY"));
  Stage().Annotate(doc);
  EXPECT_EQ(ActorOf(FigureOf(doc, "188 soldats")), "actor Syrian Arab Army");
  EXPECT_EQ(ActorOf(FigureOf(doc, "30 combattants")), "actor none");
  EXPECT_EQ(ActorOf(FigureOf(doc, "12 civils")), "actor none");
}

TEST(FigureStageTest, EnglishNationalAdjectiveBeforeTheNoun) {
  Document doc = MakeDocument("At least 12 Russian soldiers were killed near Bakhmut.", "en");
  Stage().Annotate(doc);
  EXPECT_EQ(ActorOf(FigureOf(doc, "At least 12 Russian soldiers")), "actor Russian Armed Forces");
}

// A government word names the army of the state the article is about (the
// country of its places).
TEST(FigureStageTest, GovernmentSideIsTheArmyOfTheArticlesState) {
  Document doc = MakeDocument(
      "Autour de Palmyre et de Homs, du côté des forces loyalistes, on dénombrerait près de 190 "
      "victimes.",
      "fr");
  doc.entities.push_back(Entity(doc, "Palmyre", "place", "Palmyra", "SY"));
  doc.entities.push_back(Entity(doc, "Homs", "place", "Homs", "SY"));
  Stage().Annotate(doc);
  const Figure* f = FigureOf(doc, "près de 190 victimes");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->who_class, "soldiers");
  EXPECT_EQ(ActorOf(f), "actor Syrian Arab Army");
}

TEST(FigureStageTest, EnglishGovernmentModifierBetweenNumberAndNoun) {
  Document doc = MakeDocument(
      "In Deir ez-Zor province, 40 pro-government fighters were killed by the Islamic State.",
      "en");
  doc.entities.push_back(Entity(doc, "Deir ez-Zor", "place", "Deir ez-Zor", "SY"));
  doc.entities.push_back(Entity(doc, "Islamic State", "armed_group", "Islamic State"));
  Stage().Annotate(doc);
  const Figure* f = FigureOf(doc, "40 pro-government fighters");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->what, "killed");
  EXPECT_EQ(ActorOf(f), "actor Syrian Arab Army");
}

// A government named after the noun stands for its army.
TEST(FigureStageTest, TroopsOfTheRegimeAreItsArmy) {
  Document doc = MakeDocument("Une vingtaine de soldats du régime syrien ont été tués à Alep.", "fr");
  doc.entities.push_back(Entity(doc, "régime syrien", "org", "Syrian government", "SY"));
  Stage().Annotate(doc);
  EXPECT_EQ(ActorOf(FigureOf(doc, "Une vingtaine de soldats")), "actor Syrian Arab Army");
}

// Soldiers the text does not place on a side are the army of the article's
// state, inferred.
TEST(FigureStageTest, UnnamedSoldiersAreTheArmyOfTheArticlesState) {
  Document doc = MakeDocument(
      "Dans la région de Gao, au Mali, 14 soldats ont péri dans une embuscade.", "fr");
  doc.entities.push_back(Entity(doc, "Gao", "place", "Gao", "ML"));
  doc.entities.push_back(Entity(doc, "Mali", "place", "Mali", "ML"));
  Stage().Annotate(doc);
  EXPECT_EQ(ActorOf(FigureOf(doc, "14 soldats")), "actor Malian Armed Forces (inferred)");
}

// "soldiers, actor Niger Armed Forces (inferred)": the class and actor of the
// figure `figure` of the one-sentence document `text`.
std::string SideOf(const std::string& text, const std::string& language,
                   std::string_view figure) {
  Document doc = MakeDocument(text, language);
  Stage().Annotate(doc);
  const Figure* f = FigureOf(doc, figure);
  return f == nullptr ? "no such figure" : f->who_class + ", " + ActorOf(f);
}

// A count with no noun of its own, or only a casualty noun, goes on with the
// side of the soldiers counted just before it; not with civilians'.
TEST(FigureStageTest, EllipticCountsCarryTheSideOn) {
  EXPECT_EQ(SideOf("Au moins 20 soldats nigériens ont été tués et 12 blessés.", "fr", "12 blessés"),
            "soldiers, actor Niger Armed Forces (inferred)");
  EXPECT_EQ(SideOf("Twenty Chadian soldiers were killed, 12 were wounded.", "en", "12"),
            "soldiers, actor Chadian Armed Forces (inferred)");
  EXPECT_EQ(SideOf("Cinq civils ont été tués et 12 blessés.", "fr", "12 blessés"),
            "people, actor none");
}

// People sheltering, fleeing or rescued are civilians.
TEST(FigureStageTest, PeopleInRefugeAreCivilians) {
  EXPECT_EQ(SideOf("Des centaines de personnes s'étaient réfugiées dans l'école.", "fr",
                   "Des centaines de personnes"),
            "civilians, actor none");
  EXPECT_EQ(SideOf("About 500 people were sheltering in the basement.", "en", "About 500 people"),
            "civilians, actor none");
}

// The article's state also counts its national adjectives and the state
// forces it names, not only its places. Military materiel is a state's army;
// aircraft are a state's.
TEST(FigureStageTest, ArticleStateAndTheMaterielOfItsArmy) {
  Document doc = MakeDocument(
      "Près de la frontière du Mali, l'armée nigérienne a perdu 18 soldats, 16 véhicules "
      "militaires et trois hélicoptères ; le gouvernement nigérien a décrété un deuil.",
      "fr");
  doc.entities.push_back(Entity(doc, "Mali", "place", "Mali", "ML"));
  Stage().Annotate(doc);
  EXPECT_EQ(ActorOf(FigureOf(doc, "18 soldats")), "actor Niger Armed Forces (inferred)");
  EXPECT_EQ(ActorOf(FigureOf(doc, "16 véhicules")), "actor Niger Armed Forces");
  EXPECT_EQ(ActorOf(FigureOf(doc, "trois hélicoptères")), "actor Niger Armed Forces (inferred)");
}

// Tolls with no source are flagged; tolls with one, and counts of other
// things, are not.
TEST(FigureStageTest, TollsWithoutSourceAreFlagged) {
  Document doc = MakeDocument(
      "En une vingtaine de jours, 400 jihadistes ont été tués, 188 soldats ont péri et plus de 40 "
      "raids ont été menés.",
      "fr");
  Stage().Annotate(doc);
  EXPECT_EQ(FlagTexts(doc, "unattributed_figure"),
            (std::vector<std::string>{"400 jihadistes", "188 soldats"}));

  Document sourced = MakeDocument(
      "Selon l'OSDH, 400 jihadistes ont été tués et 188 soldats ont péri.", "fr");
  sourced.claims.push_back(Claim{0, static_cast<uint32_t>(sourced.raw.size()),
                                 "Syrian Observatory for Human Rights"});
  Stage().Annotate(sourced);
  EXPECT_EQ(sourced.figures.size(), 2u);
  EXPECT_TRUE(FlagTexts(sourced, "unattributed_figure").empty());
}

TEST(FigureStageTest, EnglishWoundedWithoutSourceIsFlagged) {
  Document doc = MakeDocument("Twelve civilians were wounded when the market was shelled.", "en");
  Stage().Annotate(doc);
  EXPECT_EQ(FlagTexts(doc, "unattributed_figure"),
            std::vector<std::string>{"Twelve civilians"});
}

// Vague counts, the parts of a flagged total and a count the text sources
// elsewhere are not flagged again.
TEST(FigureStageTest, OnlyCheckableTollsAreFlagged) {
  Document doc = MakeDocument(
      "Dozens of civilians were wounded. The strike killed 40 people, including 12 children. "
      "Officials said 40 people were killed.",
      "en");
  const uint32_t said = static_cast<uint32_t>(doc.raw.find("Officials"));
  doc.claims.push_back(Claim{said, static_cast<uint32_t>(doc.raw.size()), "officials"});
  Stage().Annotate(doc);
  EXPECT_EQ(doc.figures.size(), 4u);
  EXPECT_TRUE(FlagTexts(doc, "unattributed_figure").empty());

  Document twice = MakeDocument("Trente morts au nord. Plus tard, trente morts au nord.", "fr");
  Stage().Annotate(twice);
  EXPECT_EQ(FlagTexts(twice, "unattributed_figure"), std::vector<std::string>{"Trente morts"});
}

// A breakdown's part with no source of its own has its total's.
TEST(FigureStageTest, PartsHaveTheSourceOfTheirTotal) {
  Document doc = MakeDocument("Selon le gouverneur, 50 morts, dont cinq enfants.", "fr");
  const uint32_t comma = static_cast<uint32_t>(doc.raw.find(", dont"));
  doc.claims.push_back(Claim{0, comma, "governor"});
  Stage().Annotate(doc);
  ASSERT_EQ(doc.figures.size(), 2u);
  EXPECT_EQ(doc.figures[1].what, "killed");
  EXPECT_EQ(doc.figures[1].source.value_or(""), "governor");
}

TEST(FigureStageTest, MissingDataIsAnError) {
  auto missing = FigureStage::Load("/nonexistent");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("/nonexistent/fr/numbers.patterns"), std::string::npos)
      << missing.status().message();
}

}  // namespace
}  // namespace recoupe
