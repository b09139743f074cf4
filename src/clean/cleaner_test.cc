// The block classifier on pages written for these tests. Each case renders
// the page as one line per block, "kind|text", so a failure shows the page.
#include "clean/cleaner.h"

#include <gtest/gtest.h>

#include "clean/page_metadata.h"

namespace recoupe {
namespace {

const Cleaner& TestCleaner() {
  static const std::unique_ptr<Cleaner> cleaner = [] {
    auto loaded = Cleaner::Load(std::string(RECOUPE_SOURCE_DIR) + "/data");
    EXPECT_TRUE(loaded.ok()) << loaded.status().message();
    return std::move(loaded).value();
  }();
  return *cleaner;
}

Document Clean(const std::string& raw) {
  Document doc;
  doc.id = "t";
  doc.raw = raw;
  TestCleaner().Clean(doc);
  return doc;
}

std::string Render(const Document& doc) {
  std::string out;
  for (const Block& b : doc.blocks)
    out += std::string(BlockKindName(b.kind)) + "|" + std::string(doc.text(b.span)) + "\n";
  return out;
}

TEST(Cleaner, EnglishPageWithFurniture) {
  const Document doc = Clean(
      "World\n"
      "Kurdish-led forces say Raqqa battle is over\n"
      "By Jane Roe and Sam Poe\n"
      "Updated 14:35 GMT, 12 February 2023\n"
      "5 min read\n"
      "(Fighters walk past a ruined mosque in the old city © J. Doe/Wire Pictures)\n"
      "BEIRUT — The alliance said on Tuesday that its fighters had taken the last positions "
      "held by the militants in the city.\n"
      "A spokesman said clearing operations would go on for several days.\n"
      "What comes next\n"
      "Aid groups warned that thousands of displaced families could not return soon.\n"
      "Read more: How the siege unfolded, month by month\n"
      "Support independent journalism. Become a member today and help us keep reporting.\n"
      "Join the conversation\n"
      "We use cookies to improve your experience. By continuing to browse, you accept our "
      "cookie policy.\n"
      "Accept all\n");
  EXPECT_EQ(Render(doc),
            "navigation|World\n"
            "title|Kurdish-led forces say Raqqa battle is over\n"
            "byline|By Jane Roe and Sam Poe\n"
            "notice|Updated 14:35 GMT, 12 February 2023\n"
            "notice|5 min read\n"
            "caption|Fighters walk past a ruined mosque in the old city\n"
            "credit|© J. Doe/Wire Pictures\n"
            "dateline|BEIRUT —\n"
            "subtitle|The alliance said on Tuesday that its fighters had taken the last positions "
            "held by the militants in the city.\n"
            "body|A spokesman said clearing operations would go on for several days.\n"
            "heading|What comes next\n"
            "body|Aid groups warned that thousands of displaced families could not return soon.\n"
            "related|Read more: How the siege unfolded, month by month\n"
            "donation|Support independent journalism. Become a member today and help us keep "
            "reporting.\n"
            "comments|Join the conversation\n"
            "cookie|We use cookies to improve your experience. By continuing to browse, you "
            "accept our cookie policy.\n"
            "cookie|Accept all\n");
  EXPECT_EQ(doc.meta.title.value_or(""), "Kurdish-led forces say Raqqa battle is over");
  EXPECT_EQ(doc.meta.bylines, (std::vector<std::string>{"Jane Roe", "Sam Poe"}));
  EXPECT_EQ(doc.meta.dateline.value_or(""), "BEIRUT —");
}

TEST(Cleaner, ProseThatMentionsCommentsStaysInTheBody) {
  const Document doc = Clean(
      "Le ministre répond aux critiques\n"
      "Le ministre a balayé mardi les commentaires de l'opposition sur le budget de la défense, "
      "qu'il juge sans fondement, lors d'une conférence de presse à Paris.\n"
      "Il a rappelé que les crédits avaient augmenté de trois pour cent depuis l'an dernier.\n");
  EXPECT_EQ(Render(doc),
            "title|Le ministre répond aux critiques\n"
            "subtitle|Le ministre a balayé mardi les commentaires de l'opposition sur le budget "
            "de la défense, qu'il juge sans fondement, lors d'une conférence de presse à Paris.\n"
            "body|Il a rappelé que les crédits avaient augmenté de trois pour cent depuis l'an "
            "dernier.\n");
}

TEST(Cleaner, RunOnLineKeepsLeMondeWhole) {
  const std::string run_on =
      "La ville a été reprise Les forces gouvernementales ont annoncé dimanche la reprise de la "
      "ville après trois semaines de combats, selon le journal Le Monde qui cite des sources "
      "militaires sur place. Les combats se sont poursuivis dans les faubourgs pendant la nuit, "
      "a précisé un responsable local joint par téléphone. Un bilan complet des pertes n'a pas "
      "encore été publié par les autorités, qui promettent de le rendre public dans les "
      "prochains jours.";
  const Document doc = Clean(run_on);
  ASSERT_GE(doc.blocks.size(), 2u);
  EXPECT_EQ(Render(doc).substr(0, Render(doc).find('\n')), "title|La ville a été reprise");
  EXPECT_EQ(doc.blocks.back().kind, BlockKind::kBody);
  EXPECT_NE(Render(doc).find("le journal Le Monde qui cite"), std::string::npos);
}

TEST(Cleaner, OneCueInALongParagraphDoesNotRemoveIt) {
  const std::string paragraph =
      "Les habitants ont quitté le quartier pendant la nuit, selon un responsable local qui a "
      "demandé à rester anonyme. Les autorités ont ouvert des centres d'accueil dans trois "
      "écoles de la ville, et les associations distribuent des repas aux familles déplacées. "
      "Le maire a promis un premier bilan des dégâts en fin de semaine, lire aussi les "
      "consignes de la préfecture publiées sur son site, a-t-il ajouté devant la presse.";
  const Document doc = Clean("Des familles déplacées après les crues\n" + paragraph + "\n");
  EXPECT_EQ(Render(doc), "title|Des familles déplacées après les crues\nbody|" + paragraph + "\n");
}

TEST(Cleaner, StrongCueOpeningASentenceIsCutOff) {
  const Document doc = Clean(
      "Rescuers search the rubble after the quake\n"
      "Most of the victims lived in the old town, according to the mayor. Rescue teams worked "
      "through the night. Read more: How the quake unfolded\n");
  EXPECT_EQ(Render(doc),
            "title|Rescuers search the rubble after the quake\n"
            "subtitle|Most of the victims lived in the old town, according to the mayor. Rescue teams "
            "worked through the night.\n"
            "related|Read more: How the quake unfolded\n");
}

TEST(Cleaner, TextAfterACopyrightNoticeStaysInTheBody) {
  const Document doc = Clean(
      "Army accused of killing villagers\n"
      "© 2019 Example Rights Group (Geneva) – Soldiers killed at least forty villagers in the "
      "east of the country last month, the group said in a report on Monday.\n");
  EXPECT_EQ(Render(doc),
            "title|Army accused of killing villagers\n"
            "navigation|© 2019 Example Rights Group (Geneva)\n"
            "subtitle|Soldiers killed at least forty villagers in the east of the country last month, "
            "the group said in a report on Monday.\n");
}

TEST(Cleaner, TitleIsTheHeadLineWhoseWordsTheTextTakesUp) {
  const Document doc = Clean(
      "Connect with us\n"
      "World\n"
      "Storm floods coastal towns, thousands evacuated\n"
      "A storm flooded several coastal towns overnight and thousands of residents were "
      "evacuated, the civil protection agency said on Monday.\n"
      "Rescue teams were still searching flooded streets for people trapped in their homes.\n");
  EXPECT_EQ(doc.meta.title.value_or(""), "Storm floods coastal towns, thousands evacuated");
  EXPECT_EQ(Render(doc).substr(0, Render(doc).find("\ntitle")),
            "navigation|Connect with us\nnavigation|World");
}

TEST(Cleaner, CreditShapedLinesAreCredits) {
  const Document doc = Clean(
      "Des inondations frappent la côte\n"
      "Les pompiers ont évacué des centaines d'habitants dans la nuit, selon la préfecture.\n"
      "Photo : Jeanne Martin / Agence Exemple\n"
      "Les secours poursuivaient leurs recherches mardi dans les rues inondées du centre-ville.\n"
      "Paul Durand/Exemple Images\n"
      "Le maire a demandé l'aide de l'État pour reconstruire les digues détruites.\n");
  const std::string page = Render(doc);
  EXPECT_NE(page.find("credit|Photo : Jeanne Martin / Agence Exemple\n"), std::string::npos) << page;
  EXPECT_NE(page.find("credit|Paul Durand/Exemple Images\n"), std::string::npos) << page;
}

TEST(CueLexicon, ErrorsNameFileAndLine) {
  CueLexicon cues;
  EXPECT_EQ(cues.Parse("recoupe-clean-cues 1\n[kind weather]\n", "c.txt").message(),
            "c.txt:2: unknown block kind 'weather'");
  EXPECT_EQ(cues.Parse("recoupe-clean-cues 1\n[kind cookie]\ncookies = lots\n", "c.txt").message(),
            "c.txt:3: expected a whole-number weight after '=' (got 'lots')");
  EXPECT_EQ(cues.Parse("cookies = 3\n", "c.txt").message(),
            "c.txt:1: expected the version line 'recoupe-clean-cues 1'");
}

}  // namespace
}  // namespace recoupe
