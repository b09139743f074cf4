#include "entities/entity_stage.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "segment/segmenter.h"

namespace recoupe::entities {
namespace {

const std::string kDataDir = std::string(RECOUPE_SOURCE_DIR) + "/data";

const EntityStage& Stage() {
  // The knowledge base alone: results do not depend on the gazetteer.
  static const std::unique_ptr<EntityStage> stage = [] {
    auto loaded = EntityStage::Load(kDataDir, "");
    EXPECT_TRUE(loaded.ok()) << loaded.status().message();
    return loaded.ok() ? std::move(loaded).value() : nullptr;
  }();
  return *stage;
}

// Each mention as "[surface=type:Name]", in text order.
std::string Render(const std::string& text, const std::string& language = "fr") {
  static const Segmenter segmenter = Segmenter::Load(kDataDir).value();
  Document doc;
  doc.raw = text;
  doc.language = language;
  doc.blocks.push_back({Span{0, static_cast<uint32_t>(text.size())}, BlockKind::kBody, "", {}});
  segmenter.Segment(doc);
  Stage().Annotate(doc);
  std::string out;
  for (const EntityMention& e : doc.entities) {
    if (!out.empty()) out += " ";
    out += "[" + std::string(doc.raw.substr(e.begin, e.end - e.begin)) + "=" + e.type + ":" +
           e.name + "]";
  }
  return out;
}

struct Case {
  const char* text;
  const char* language;
  const char* expected;
};

TEST(EntityStageTest, MentionsResolvedToCanonicalNames) {
  const Case cases[] = {
      {"Les troupes de Bachar al Assad avancent.", "fr",
       "[Bachar al Assad=person:Bashar al-Assad]"},
      {"Les djihadistes de Daech ont fui Palmyre.", "fr",
       "[Daech=armed_group:Islamic State] [Palmyre=place:Palmyra]"},
      {"Il a appelé Vladimir Poutine. Poutine a répondu.", "fr",
       "[Vladimir Poutine=person:Vladimir Putin] [Poutine=person:Vladimir Putin]"},
      // Case- and hyphen-insensitive, but an acronym must be in capitals.
      {"La ville de DEIR EZZOR et Deir ez-Zor.", "fr",
       "[DEIR EZZOR=place:Deir ez-Zor] [Deir ez-Zor=place:Deir ez-Zor]"},
      {"Il est ei de rien.", "fr", ""},
      // An acronym defined in the text names the entity it follows.
      {"Le Front de libération de Zembla (FLZ) a tiré. Le FLZ dément.", "fr",
       "[Front de libération de Zembla=other:Front de libération de Zembla] "
       "[FLZ=other:Front de libération de Zembla] [FLZ=other:Front de libération de Zembla]"},
      // A known name starting inside another and running past it wins.
      {"Le groupe État islamique au Grand Sahara (EIGS) a revendiqué l'attaque. Le groupe Etat "
       "islamique dément.",
       "fr",
       "[État islamique au Grand Sahara=armed_group:Islamic State in the Greater Sahara] "
       "[EIGS=armed_group:Islamic State in the Greater Sahara] "
       "[groupe Etat islamique=armed_group:Islamic State]"},
      // "l'ONG" is the NGO named before.
      {"Selon l'Observatoire syrien des droits de l'Homme (OSDH), 400 morts, selon l'ONG.", "fr",
       "[Observatoire syrien des droits de l'Homme=org:Syrian Observatory for Human Rights] "
       "[OSDH=org:Syrian Observatory for Human Rights] "
       "[ONG=org:Syrian Observatory for Human Rights]"},
      {"L'agence syrienne AMN l'a dit. Des sources ont affirmé à l'agence syrienne que Damas "
       "a envoyé des troupes.",
       "fr",
       "[AMN=media:Al-Masdar News] [agence syrienne=media:Al-Masdar News] "
       "[Damas=place:Damascus]"},
      // Names the knowledge base does not hold keep a type from their cue.
      {"Le général Karim Zaher est arrivé dans la ville de Qasrine.", "fr",
       "[Karim Zaher=person:Karim Zaher] [Qasrine=place:Qasrine]"},
      {"Le général Karim Zaher est reparti. Zaher a parlé.", "fr",
       "[Karim Zaher=person:Karim Zaher] [Zaher=person:Karim Zaher]"},
      {"Puis Qarim Zaher est reparti.", "fr", "[Qarim Zaher=other:Qarim Zaher]"},
      // Capitalised words that are no names: a lone sentence opener, "Il a".
      {"Lors du vote, Il a parlé.", "fr", ""},
      {"Selon Radio Zembla, la ville a été reprise.", "fr", "[Radio Zembla=media:Radio Zembla]"},
      {"le porte-parole du Kremlin, M.Peskov, cité par l'agence Ria Novosti.", "fr",
       "[Kremlin=org:Kremlin] [Peskov=person:Dmitry Peskov] [Ria Novosti=media:RIA Novosti]"},
      {"The US-led coalition said Islamic State fighters left Mosul.", "en",
       "[US-led coalition=armed_group:Combined Joint Task Force – Operation Inherent Resolve] "
       "[Islamic State=armed_group:Islamic State] [Mosul=place:Mosul]"},
      {"President Vladimir Putin spoke to the news agency Zembla Press in Qasrine.", "en",
       "[Vladimir Putin=person:Vladimir Putin] [Zembla Press=media:Zembla Press] "
       "[Qasrine=place:Qasrine]"},
      {"Spokesman John Qarimov said the Syrian Observatory (SOHR) counted 40.", "en",
       "[John Qarimov=person:John Qarimov] "
       "[Syrian Observatory=org:Syrian Observatory for Human Rights] "
       "[SOHR=org:Syrian Observatory for Human Rights]"},
  };
  for (const Case& c : cases) EXPECT_EQ(Render(c.text, c.language), c.expected) << c.text;
}

// A kind word and a name: the known place inside is resolved and composed
// with the kind's English name; streets and
// capitalised names are kept as written; a region named alone is itself.
TEST(EntityStageTest, PlacesNamedByAKindWordAndAName) {
  const Case cases[] = {
      {"Le port de Beyrouth a été dévasté.", "fr",
       "[port de Beyrouth=place:Port of Beirut]"},
      {"La gare de Mossoul a été touchée.", "fr",
       "[gare de Mossoul=place:Mosul railway station]"},
      {"Les tirs ont visé la rue de Charonne.", "fr",
       "[rue de Charonne=place:Rue de Charonne]"},
      {"Ils se sont repliés vers le Stade de France.", "fr",
       "[Stade de France=place:Stade de France]"},
      {"Les combats continuent dans la région de Donetsk et la région du Sahel.", "fr",
       "[région de Donetsk=place:Donetsk Oblast] "
       "[région du Sahel=place:Sahel]"},
      {"Les forces ont repris la province de Zarqa.", "fr",
       "[province de Zarqa=place:Zarqa]"},
      {"Beirut's port was destroyed.", "en",
       "[Beirut's port=place:Port of Beirut]"},
      {"Families sheltered in the Drama Theatre of Mariupol.", "en",
       "[Drama Theatre of Mariupol=place:Mariupol drama theatre]"},
      {"The wounded were taken to the al-Zahra Arab hospital.", "en",
       "[al-Zahra Arab hospital=place:Al-Zahra Arab hospital]"},
  };
  for (const Case& c : cases) EXPECT_EQ(Render(c.text, c.language), c.expected) << c.text;
}

// "Lebanon's" names Lebanon; "Lebanon's army" is an alias as a whole.
TEST(EntityStageTest, PossessivesNameTheirOwner) {
  EXPECT_EQ(Render("Lebanon's president spoke after Lebanon's army withdrew.", "en"),
            "[Lebanon's=place:Lebanon] [Lebanon's army=armed_group:Lebanese Armed Forces]");
}

TEST(EntityStageTest, DictionaryFirstNamesMakePersons) {
  if (!std::filesystem::exists("/usr/share/hunspell/fr.dic"))
    GTEST_SKIP() << "hunspell-fr is not installed (scripts/setup.sh installs it)";
  EXPECT_EQ(Render("Puis Karim Zaher est reparti."), "[Karim Zaher=person:Karim Zaher]");
}

TEST(EntityStageTest, PlacesCarryCoordinatesAndCountry) {
  Document doc;
  doc.raw = "Kobané";
  doc.language = "fr";
  doc.blocks.push_back({Span{0, 7}, BlockKind::kBody, "", {}});
  Segmenter::Load(kDataDir).value().Segment(doc);
  Stage().Annotate(doc);
  ASSERT_EQ(doc.entities.size(), 1u);
  EXPECT_EQ(doc.entities[0].name, "Kobani");
  EXPECT_EQ(doc.entities[0].country.value_or(""), "SY");
  EXPECT_NEAR(doc.entities[0].lat.value_or(0), 36.89, 0.01);
  EXPECT_NEAR(doc.entities[0].lon.value_or(0), 38.35, 0.01);
}

// Two towns named Qasrine: a large one in Tunisia, a small one in Syria
// near Palmyra, and a small one in Tunisia far from it.
TEST(EntityStageTest, AmbiguousPlacesResolvedByContext) {
  const std::string path = ::testing::TempDir() + "/gazetteer_test.tsv";
  std::ofstream(path) << "recoupe-gazetteer 1\n"
                         "1\tQasrine\tTN\t35.1\t8.8\t90000\tKasserine\n"
                         "2\tQasrine\tSY\t34.6\t38.5\t3000\t\n"
                         "3\tZarqun\tTN\t36.0\t10.0\t2000\t\n"
                         "4\tZarqun\tTN\t34.7\t38.1\t1500\t\n";
  auto stage = EntityStage::Load(kDataDir, path);
  ASSERT_TRUE(stage.ok()) << stage.status().message();
  static const Segmenter segmenter = Segmenter::Load(kDataDir).value();
  const std::pair<const char*, const char*> cases[] = {
      {"Les combats ont repris à Qasrine.", "1"},             // the most populous
      {"En Syrie, les combats ont repris à Qasrine.", "2"},  // the country named
      {"Après Palmyre, les combats ont repris à Zarqun.", "4"},  // near a named place
  };
  for (const auto& [text, id] : cases) {
    Document doc;
    doc.raw = text;
    doc.language = "fr";
    doc.blocks.push_back({Span{0, static_cast<uint32_t>(doc.raw.size())}, BlockKind::kBody, "", {}});
    segmenter.Segment(doc);
    stage.value()->Annotate(doc);
    ASSERT_FALSE(doc.entities.empty()) << text;
    EXPECT_EQ(doc.entities.back().kb_id.value_or(""), std::string("geonames:") + id) << text;
  }
}

TEST(KnowledgeBaseTest, ResolveIgnoresCaseDiacriticsAndHyphens) {
  const KnowledgeBase& kb = Stage().kb();
  const std::pair<const char*, const char*> cases[] = {
      {"Etat islamique", "Islamic State"},      {"ÉTAT ISLAMIQUE", "Islamic State"},
      {"Daesh", "Islamic State"},               {"Bachar el-Assad", "Bashar al-Assad"},
      {"Sergueï Choïgou", "Sergei Shoigu"},     {"Kheimim", "Hmeimim"},
      {"Ria Novosti", "RIA Novosti"},           {"Gardiens de la Révolution iraniens",
                                                 "Islamic Revolutionary Guard Corps"},
      {"Mossoul", "Mosul"},                     {"Raqa", "Raqqa"},
  };
  for (const auto& [surface, name] : cases) {
    const Entity* e = kb.Resolve(surface);
    ASSERT_NE(e, nullptr) << surface;
    EXPECT_EQ(e->name, name) << surface;
  }
  EXPECT_EQ(kb.Resolve("Zembla"), nullptr);
  EXPECT_EQ(KnowledgeBase::KeyOf("Bachar al-Assad"), KnowledgeBase::KeyOf("BACHAR AL ASSAD"));
}

TEST(KnowledgeBaseTest, BadFilesNameTheLine) {
  const std::string dir = ::testing::TempDir() + "/kb_bad";
  std::filesystem::create_directories(dir + "/kb");
  std::filesystem::create_directories(dir + "/common");
  {
    std::ofstream(dir + "/kb/a.tsv") << "recoupe-kb 1\nX\tplanet\t-\t-\t-\t-\t-\t-\n";
    std::ofstream(dir + "/common/outlets.tsv") << "# recoupe-outlets 1\n";
  }
  auto loaded = KnowledgeBase::Load(dir, "");
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.status().message().find("a.tsv:2: unknown type 'planet'"), std::string::npos)
      << loaded.status().message();
}

}  // namespace
}  // namespace recoupe::entities
