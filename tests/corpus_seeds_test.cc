// The five seed articles of ../shared/corpus/seeds (see the shared
// SEEDS-READING.md): titles, outlets, language, and the cleaning — every
// piece of page furniture removed with its kind, every other block kept in
// the body. Skips when the shared corpus is absent.
#include <gtest/gtest.h>

#include <map>

#include "pipeline/stages.h"
#include "recoupe/pipeline.h"
#include "test_support.h"

namespace recoupe {
namespace {

using recoupe::testing::SeedsDir;
using recoupe::testing::SharedPipeline;

struct Removed {
  const char* starts_with;  // start of the block text
  const char* kind;         // BlockKindName, or "any" for any non-body kind
};

struct SeedCase {
  const char* id;
  const char* title;
  const char* outlet;  // "" = unknown
  std::vector<const char*> bylines;
  std::vector<Removed> removed;
};

const std::vector<SeedCase>& Cases() {
  static const std::vector<SeedCase> cases = {
      {"000_dea4a13b925a10bc",
       "La cité de Palmyre reprise par l'armée syrienne avec l'aide de la Russie",
       "franceinfo",
       {"Laure Stephan"},
       {{"Cet article date de plus de huit ans.", "notice"},
        {"La cité de Palmyre reprise", "title"},
        {"Article rédigé par Laure Stephan", "byline"},
        {"Radio France", "byline"},
        {"Publié Mis à jour", "notice"},
        {"Temps de lecture", "notice"},
        {"Des soldats de l'armée syrienne postés", "caption"},
        {"© Uncredited/AP/SIPA", "credit"},
        {"Commentaires", "comments"},
        {"Connectez-vous à votre compte franceinfo", "comments"}}},
      {"001_4cb14d4706432b3e",
       "Syrie : le régime affirme avoir repris la totalité de Palmyre des mains de Daech",
       "France-Soir",
       {},
       {{"Syrie : le régime affirme", "title"},
        {"À LIRE AUSSI", "related"},
        {"L'article vous a plu", "donation"},
        {"L'information a un coût", "donation"},
        {"Avec votre soutien, France-Soir", "donation"},
        {"Vous êtes la condition", "donation"},
        {"Si vous le pouvez", "donation"}}},
      {"002_40582ffb7e87ae60",
       "Syrie : Daesh se retire de Palmyre après des raids russes et syriens",
       "RT France",
       {},
       {{"Syrie : Daesh se retire de Palmyre après des raids russes et syriens", "title"},
        {"Syrie : Daesh se retire de Palmyre après des raids russes et syriens", "title"},
        {"© Omar Sanadiki Source: Reuters", "credit"},
        {"Une femme près de sa maison", "caption"},
        {"Lire aussi : Top 5", "related"},
        {"Raconter l'actualité", "any"},
        {"Les opinions, assertions", "comments"},
        {"En cliquant sur chaque option", "cookie"},
        {"OK", "cookie"},
        {"Ce site utilise des cookies.", "cookie"},
        {"En poursuivant votre navigation", "cookie"}}},
      {"003_886db4b57061b3a8",
       "Une «défaite définitive» de l’Etat islamique est à venir à Palmyre, selon un général russe",
       "RT France",
       {},
       {{"International", "navigation"}, {"Une «défaite définitive»", "title"}}},
      {"004_cffaba008c6f17dc",
       "Palmyre une cité vieille de 2000 ans a été entièrement libérée",
       "",
       {},
       {{"Palmyre une cité vieille de 2000 ans a été entièrement libérée", "title"}}},
  };
  return cases;
}

class SeedsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (SeedsDir().empty()) return;
    dossier_ = new Dossier(SharedPipeline().Run({SeedsDir()}));
  }
  static void TearDownTestSuite() { delete dossier_; }
  void SetUp() override {
    if (SeedsDir().empty())
      GTEST_SKIP() << "shared corpus not found at " << RECOUPE_SHARED_DIR
                   << "/corpus/seeds; corpus tests skipped";
  }
  static const Document* Find(const std::string& id) {
    for (const Document& doc : dossier_->documents)
      if (doc.id == id) return &doc;
    return nullptr;
  }
  static Dossier* dossier_;
};
Dossier* SeedsTest::dossier_ = nullptr;

TEST_F(SeedsTest, FiveFrenchDocumentsWithTheirTitlesOutletsAndBylines) {
  ASSERT_EQ(dossier_->documents.size(), 5u);
  EXPECT_TRUE(dossier_->skipped.empty());
  for (const SeedCase& c : Cases()) {
    SCOPED_TRACE(c.id);
    const Document* doc = Find(c.id);
    ASSERT_NE(doc, nullptr);
    EXPECT_EQ(doc->language, "fr");
    EXPECT_EQ(doc->meta.title.value_or(""), c.title);
    EXPECT_EQ(doc->meta.outlet.value_or(""), c.outlet) << "basis " << doc->meta.outlet_basis;
    EXPECT_EQ(doc->meta.bylines, std::vector<std::string>(c.bylines.begin(), c.bylines.end()));
    EXPECT_TRUE(CheckInvariants(*doc).ok()) << CheckInvariants(*doc).message();
  }
}

TEST_F(SeedsTest, BoilerplateRemovedAndEveryBodyBlockKept) {
  for (const SeedCase& c : Cases()) {
    SCOPED_TRACE(c.id);
    const Document* doc = Find(c.id);
    ASSERT_NE(doc, nullptr);
    std::vector<bool> expected_removed(doc->blocks.size(), false);
    for (const Removed& r : c.removed) {
      bool found = false;
      for (size_t i = 0; i < doc->blocks.size() && !found; ++i) {
        const Block& b = doc->blocks[i];
        if (!doc->text(b.span).starts_with(r.starts_with) || expected_removed[i]) continue;
        found = true;
        expected_removed[i] = true;
        if (std::string(r.kind) == "any")
          EXPECT_FALSE(IsBodyKind(b.kind)) << r.starts_with << " kept in the body";
        else
          EXPECT_EQ(BlockKindName(b.kind), r.kind) << r.starts_with << " (" << b.reason << ")";
      }
      EXPECT_TRUE(found) << "no block starts with: " << r.starts_with;
    }
    for (size_t i = 0; i < doc->blocks.size(); ++i) {
      const Block& b = doc->blocks[i];
      if (expected_removed[i]) continue;
      EXPECT_TRUE(IsBodyKind(b.kind))
          << "removed as " << BlockKindName(b.kind) << " (" << b.reason
          << "): " << doc->text(b.span).substr(0, 80);
    }
  }
}

TEST_F(SeedsTest, RunOnPageIsSplitIntoTitleStandfirstAndText) {
  const Document* doc = Find("004_cffaba008c6f17dc");
  ASSERT_NE(doc, nullptr);
  const std::string body = BodyText(*doc);
  EXPECT_TRUE(body.starts_with("L'aviation russe a tué 100 terroristes en 24 heures.")) << body;
  EXPECT_NE(body.find("Poutine félicite Bachar al Assad"), std::string::npos);
  std::vector<std::string> kinds;  // the first three blocks: title, standfirst, text
  for (size_t i = 0; i < doc->blocks.size() && i < 3; ++i)
    kinds.emplace_back(BlockKindName(doc->blocks[i].kind));
  EXPECT_EQ(kinds, (std::vector<std::string>{"title", "subtitle", "body"}));
  bool crosshead = false;
  for (const Block& b : doc->blocks)
    crosshead |= b.kind == BlockKind::kHeading &&
                 doc->text(b.span) == "Poutine félicite Bachar al Assad";
  EXPECT_TRUE(crosshead);
  EXPECT_GT(doc->sentences.size(), 20u);
}

}  // namespace
}  // namespace recoupe
