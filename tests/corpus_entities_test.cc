// Entities of the five seed articles (../shared/design/SEEDS-READING.md,
// "Entities and aliases"): every alias resolves to its canonical entity, and
// the places of the story carry coordinates. Skips when the shared corpus is
// absent.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "entities/entity_stage.h"
#include "recoupe/pipeline.h"
#include "test_support.h"

namespace recoupe {
namespace {

using recoupe::testing::SeedsDir;

struct Alias {
  const char* doc;      // id prefix
  const char* surface;  // the mention's text
  const char* name;     // canonical name
};

// One line per alias group member as it is written in the seeds.
const Alias kAliases[] = {
    {"000", "organisation Etat islamique", "Islamic State"},
    {"001", "Etat islamique", "Islamic State"},
    {"001", "EI", "Islamic State"},
    {"000", "Daech", "Islamic State"},
    {"002", "Daesh", "Islamic State"},
    {"004", "groupe autoproclamé Etat islamique", "Islamic State"},
    {"000", "Palmyre", "Palmyra"},
    {"001", "Tadmor", "Palmyra"},
    {"000", "Bachar al-Assad", "Bashar al-Assad"},
    {"004", "Bachar al Assad", "Bashar al-Assad"},
    {"000", "Vladimir Poutine", "Vladimir Putin"},
    {"000", "Poutine", "Vladimir Putin"},
    {"004", "Poutine", "Vladimir Putin"},
    {"001", "Observatoire syrien des droits de l'Homme", "Syrian Observatory for Human Rights"},
    {"001", "OSDH", "Syrian Observatory for Human Rights"},
    {"001", "ONG", "Syrian Observatory for Human Rights"},
    {"001", "Raqqa", "Raqqa"},
    {"004", "Raqa", "Raqqa"},
    {"001", "Deir Ezzor", "Deir ez-Zor"},
    {"004", "Deir Ezzor", "Deir ez-Zor"},
    {"001", "Mossoul", "Mosul"},
    {"004", "Mossoul", "Mosul"},
    {"001", "Kobané", "Kobani"},
    {"004", "Kobané", "Kobani"},
    {"003", "Kheimim", "Hmeimim"},
    {"003", "Sergueï Rudskoy", "Sergei Rudskoy"},
    {"003", "Sergueï Choïgou", "Sergei Shoigu"},
    {"004", "Peskov", "Dmitry Peskov"},
    {"004", "Irina Bokova", "Irina Bokova"},
    {"000", "Ban Ki-moon", "Ban Ki-moon"},
    {"001", "Hezbollah", "Hezbollah"},
    {"004", "Hezbollah", "Hezbollah"},
    {"001", "Gardiens de la Révolution iraniens", "Islamic Revolutionary Guard Corps"},
    {"004", "Sputnik", "Sputnik"},
    {"004", "Ria Novosti", "RIA Novosti"},
    {"002", "AMN", "Al-Masdar News"},
    {"001", "Unesco", "UNESCO"},
};

struct Coordinates {
  const char* name;
  double lat, lon;
};

const Coordinates kPlaces[] = {
    {"Palmyra", 34.56, 38.28}, {"Raqqa", 35.95, 39.01},  {"Deir ez-Zor", 35.34, 40.14},
    {"Mosul", 36.34, 43.12},   {"Kobani", 36.89, 38.35}, {"Hmeimim", 35.40, 35.95},
};

class EntitiesSeedsTest : public recoupe::testing::SeedsTestBase {};

TEST_F(EntitiesSeedsTest, EveryAliasResolvesToItsCanonicalEntity) {
  ASSERT_EQ(dossier_->documents.size(), 5u);
  for (const Alias& alias : kAliases) {
    bool found = false;
    std::string seen, all;
    for (const Document& doc : dossier_->documents) {
      if (!doc.id.starts_with(alias.doc)) continue;
      for (const EntityMention& e : doc.entities) {
        all += " [" + doc.raw.substr(e.begin, e.end - e.begin) + "=" + e.name + "]";
        if (doc.raw.substr(e.begin, e.end - e.begin) != alias.surface) continue;
        found |= e.name == alias.name && e.kb_id.has_value();
        seen += " " + e.name;
      }
    }
    EXPECT_TRUE(found) << alias.doc << " \"" << alias.surface << "\" → " << alias.name
                       << " (got:" << seen << ")\nall:" << all;
  }
}

TEST_F(EntitiesSeedsTest, PlacesOfTheStoryHaveCoordinates) {
  for (const Coordinates& place : kPlaces) {
    bool found = false;
    for (const Document& doc : dossier_->documents) {
      for (const EntityMention& e : doc.entities) {
        if (e.name != place.name || !e.lat || !e.lon) continue;
        found = true;
        EXPECT_NEAR(*e.lat, place.lat, 0.05) << place.name;
        EXPECT_NEAR(*e.lon, place.lon, 0.05) << place.name;
      }
    }
    EXPECT_TRUE(found) << place.name << " has no mention with coordinates";
  }
}

TEST_F(EntitiesSeedsTest, MentionsAreOrderedTypedAndNamed) {
  for (const Document& doc : dossier_->documents) {
    uint32_t last_end = 0;
    for (const EntityMention& e : doc.entities) {
      EXPECT_GE(e.begin, last_end) << doc.id;
      EXPECT_LT(e.begin, e.end) << doc.id;
      EXPECT_FALSE(e.type.empty());
      EXPECT_FALSE(e.name.empty());
      last_end = e.end;
    }
    EXPECT_GT(doc.entities.size(), 10u) << doc.id;
  }
}

}  // namespace
}  // namespace recoupe
