// Entities of the project's own examples (docs/examples.md, "Entities and
// aliases"): each surface form resolves to its canonical entity.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>

#include "entities/entity_stage.h"
#include "recoupe/pipeline.h"

namespace recoupe::entities {
namespace {

struct Alias {
  const char* doc;      // id prefix
  const char* surface;  // the mention's text
  const char* name;     // canonical name
};

const Alias kAliases[] = {
    {"01", "Raqqa", "Raqqa"},
    {"03", "Rakka", "Raqqa"},
    {"05b", "Raqa", "Raqqa"},
    {"01", "Forces démocratiques syriennes", "Syrian Democratic Forces"},
    {"01", "FDS", "Syrian Democratic Forces"},
    {"04", "SDF", "Syrian Democratic Forces"},
    {"02", "Unités de protection du peuple", "People's Protection Units"},
    {"04", "YPG", "People's Protection Units"},
    {"03", "Daech", "Islamic State"},
    {"05b", "Daesh", "Islamic State"},
    {"04", "Islamic State", "Islamic State"},
    {"01", "OSDH", "Syrian Observatory for Human Rights"},
    {"04", "SOHR", "Syrian Observatory for Human Rights"},
    {"01", "Talal Silo", "Talal Silo"},
    {"01", "Ryan Dillon", "Ryan Dillon"},
    {"05a", "Abu Bakr al-Baghdadi", "Abu Bakr al-Baghdadi"},
    {"01", "Mossoul", "Mosul"},
    {"04", "Mosul", "Mosul"},
    {"01", "Tabqa", "Tabqa"},
    {"01", "Euphrate", "Euphrates"},
    {"03", "Syrie", "Syria"},
    {"01", "ONG", "Syrian Observatory for Human Rights"},  // "une ONG installée au ..."
    {"02", "Radio Méridienne", "Radio Méridienne"},
};

TEST(EntitiesExamplesTest, SurfaceFormsResolveToCanonicalEntities) {
  const std::string data_dir = std::string(RECOUPE_SOURCE_DIR) + "/data";
  PipelineOptions options;
  options.data_dir = data_dir;
  options.keep_tokens = true;
  options.jobs = 1;
  auto pipeline = Pipeline::Load(options);
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().message();
  auto stage = EntityStage::Load(data_dir, "");
  ASSERT_TRUE(stage.ok()) << stage.status().message();
  Dossier dossier = pipeline.value()->Run({std::string(RECOUPE_SOURCE_DIR) + "/examples"});
  ASSERT_GE(dossier.documents.size(), 6u);
  for (Document& doc : dossier.documents) {
    stage.value()->Annotate(doc);
    if (!std::getenv("RECOUPE_PRINT_ENTITIES")) continue;  // a reading aid
    for (const EntityMention& e : doc.entities)
      std::printf("%s %s=%s:%s\n", doc.id.c_str(), doc.raw.substr(e.begin, e.end - e.begin).c_str(),
                  e.type.c_str(), e.name.c_str());
  }
  for (const Alias& alias : kAliases) {
    bool found = false;
    for (const Document& doc : dossier.documents) {
      if (!doc.id.starts_with(alias.doc)) continue;
      for (const EntityMention& e : doc.entities)
        found |= doc.raw.substr(e.begin, e.end - e.begin) == alias.surface && e.name == alias.name;
    }
    EXPECT_TRUE(found) << alias.doc << " \"" << alias.surface << "\" → " << alias.name;
  }
}

}  // namespace
}  // namespace recoupe::entities
