// Golden tests on the project's own examples/ (gold reading in
// docs/examples.md). Two layers:
//  - a table of what the gold reading says (title, outlet, language, bylines,
//    dateline) checked field by field;
//  - the whole JSON of each document compared with tests/golden/<id>.<lang>.json,
//    with volatile fields (path, version) stripped. Run the test with
//    RECOUPE_UPDATE_GOLDEN=1 to rewrite the expectations, then review the diff
//    like code.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "recoupe/pipeline.h"
#include "render/render.h"
#include "test_support.h"

namespace recoupe {
namespace {

using Json = nlohmann::ordered_json;
using recoupe::testing::ReadFileOrDie;
using recoupe::testing::SharedPipeline;

const std::string kExamples = std::string(RECOUPE_SOURCE_DIR) + "/examples";
const std::string kGolden = std::string(RECOUPE_SOURCE_DIR) + "/tests/golden";

const Dossier& ExamplesDossier() {
  static const Dossier dossier = [] {
    Dossier analysed = SharedPipeline().Run({kExamples});
    recoupe::testing::SharedCrossChecker().Run(analysed);
    return analysed;
  }();
  return dossier;
}

struct GoldReading {
  const char* id;
  const char* language;
  const char* title;
  const char* outlet;
  std::vector<std::string> bylines;
};

TEST(GoldenExamples, MetadataOfTheGoldReading) {
  const std::vector<GoldReading> gold = {
      {"01_courrier-du-levant", "fr",
       "Syrie : les Forces démocratiques syriennes affirment avoir chassé l'EI de Raqqa",
       "Le Courrier du Levant", {"Hélène Marchand"}},
      {"02_radio-meridienne", "fr", "Raqqa : la « capitale » de Daech tombe aux mains des FDS",
       "Radio Méridienne", {"Julien Ferrand"}},
      {"03_voix-du-plateau", "fr", "Après Rakka, les déplacés attendent de pouvoir rentrer",
       "La Voix du Plateau", {"Claire Vasseur", "Nabil Aziz"}},
      {"04_northern-ledger", "en", "US-backed fighters declare Raqqa freed from Islamic State",
       "Northern Ledger", {"Margaret O'Rourke", "Sami Nasser"}},
      {"05a_harbour-post", "en",
       "Raqqa falls as US-backed alliance clears last Islamic State holdouts", "The Harbour Post",
       {"Tom Ashworth"}},
      {"05b_veilleur-d-orient", "fr",
       "Raqa : après la victoire sur Daesh, la bataille de la reconstruction",
       "Le Veilleur d'Orient", {"Sophie Lambert"}},
  };
  const Dossier& dossier = ExamplesDossier();
  EXPECT_TRUE(dossier.skipped.empty());
  ASSERT_EQ(dossier.documents.size(), gold.size());
  for (size_t i = 0; i < gold.size(); ++i) {
    const Document& doc = dossier.documents[i];
    SCOPED_TRACE(gold[i].id);
    EXPECT_EQ(doc.id, gold[i].id);
    EXPECT_EQ(doc.language, gold[i].language);
    EXPECT_EQ(doc.meta.title.value_or(""), gold[i].title);
    EXPECT_EQ(doc.meta.outlet.value_or(""), gold[i].outlet);
    EXPECT_EQ(doc.meta.bylines, gold[i].bylines);
    EXPECT_TRUE(CheckInvariants(doc).ok()) << CheckInvariants(doc).message();
  }
  EXPECT_EQ(dossier.documents[0].meta.dateline.value_or(""),
            "Beyrouth, 17 octobre (Agence Levant Presse) –");
  EXPECT_EQ(dossier.documents[2].source_encoding, "windows-1252");
}

TEST(GoldenExamples, EveryRemovedSpanIsItsText) {
  const Json dossier = Json::parse(RenderJson(ExamplesDossier()));
  for (size_t i = 0; i < dossier["documents"].size(); ++i) {
    const Document& doc = ExamplesDossier().documents[i];
    for (const Json& removed : dossier["documents"][i]["removed"]) {
      const Span span{removed["begin"].get<uint32_t>(), removed["end"].get<uint32_t>()};
      EXPECT_EQ(doc.text(span), removed["text"].get<std::string>()) << doc.id;
    }
  }
}

// Compares `actual` with the golden file, or rewrites it when asked.
void ExpectGolden(const std::string& file, const std::string& actual) {
  if (std::getenv("RECOUPE_UPDATE_GOLDEN") != nullptr) {
    std::filesystem::create_directories(kGolden);
    std::ofstream(file, std::ios::binary) << actual;
    return;
  }
  ASSERT_TRUE(std::filesystem::exists(file))
      << file << " missing; run with RECOUPE_UPDATE_GOLDEN=1 to create it";
  EXPECT_EQ(actual, ReadFileOrDie(file)) << "golden mismatch: " << file;
}

TEST(GoldenExamples, JsonMatchesTheGoldenFiles) {
  const Json dossier = Json::parse(RenderJson(ExamplesDossier()));
  for (Json doc : dossier["documents"]) {
    doc.erase("path");  // machine-dependent
    const std::string file =
        kGolden + "/" + doc["id"].get<std::string>() + "." + doc["language"].get<std::string>() +
        ".json";
    ExpectGolden(file, doc.dump(2) + "\n");
  }
}

// What the corpus stage makes of the examples as a whole.
TEST(GoldenExamples, CrossCheckMatchesItsGoldenFile) {
  const Json dossier = Json::parse(RenderJson(ExamplesDossier()));
  Json corpus = Json::object();
  for (const char* part : {"events", "facts", "flags", "reuse", "timeline"})
    corpus[part] = dossier[part];
  ExpectGolden(kGolden + "/examples.crosscheck.json", corpus.dump(2) + "\n");
}

}  // namespace
}  // namespace recoupe
