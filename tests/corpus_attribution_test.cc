// The attribution reading of the five seed articles (shared SEEDS-READING.md,
// "Figures and who says them" and "Sources, copying and framing"): the source
// of every figure, the four hedges, and 004's Sputnik quote. The documents go
// through the pipeline (tokens kept), the entities stage (for canonical
// source names) and the attribution stage. Skips when the shared corpus is
// absent.
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "attribution/attribution_stage.h"
#include "entities/entity_stage.h"
#include "recoupe/pipeline.h"
#include "test_support.h"

namespace recoupe {
namespace {

using recoupe::testing::SeedsDir;

const std::string kDataDir = std::string(RECOUPE_SOURCE_DIR) + "/data";

// Seed documents by id, analysed once; nullptr when the corpus is absent.
const std::map<std::string, Document>* Seeds() {
  static const std::map<std::string, Document>* seeds = []() -> std::map<std::string, Document>* {
    if (SeedsDir().empty()) return nullptr;
    PipelineOptions options;
    options.data_dir = kDataDir;
    options.keep_tokens = true;
    auto pipeline = Pipeline::Load(options);
    auto attribution = AttributionStage::Load(kDataDir);
    auto entities = entities::EntityStage::Load(kDataDir);
    if (!pipeline.ok() || !attribution.ok()) {
      ADD_FAILURE() << pipeline.status().message() << attribution.status().message();
      return nullptr;
    }
    auto* docs = new std::map<std::string, Document>();
    Dossier dossier = pipeline.value()->Run({SeedsDir()});
    for (Document& doc : dossier.documents) {
      if (entities.ok()) entities.value()->Annotate(doc);
      attribution.value()->Annotate(doc);
      std::string id = doc.id;
      docs->emplace(id, std::move(doc));
    }
    return docs;
  }();
  return seeds;
}

// The source of the innermost claim holding the first occurrence of `text`
// in the body, or "none".
std::string SourceOf(const Document& doc, const std::string& text) {
  const size_t at = doc.raw.find(text);
  if (at == std::string::npos) return "(not in text)";
  const Claim* best = nullptr;
  for (const Claim& c : doc.claims) {
    if (!c.source || at < c.begin || at + text.size() > c.end) continue;
    if (!best || c.end - c.begin < best->end - best->begin) best = &c;
  }
  return best ? *best->source : "none";
}

// `source` is one of the '|'-separated names of `expected`, or contains one
// (a source phrase such as "l'agence de presse Sputnik" for "Sputnik").
bool Matches(const std::string& source, const std::string& expected) {
  size_t start = 0;
  while (start <= expected.size()) {
    size_t bar = expected.find('|', start);
    if (bar == std::string::npos) bar = expected.size();
    const std::string name = expected.substr(start, bar - start);
    if (source == name || (name != "none" && source.find(name) != std::string::npos)) {
      return true;
    }
    start = bar + 1;
  }
  return false;
}

class CorpusAttributionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (SeedsDir().empty()) {
      GTEST_SKIP() << "shared corpus not found at " << RECOUPE_SHARED_DIR
                   << " (set RECOUPE_SHARED_DIR); attribution seed checks skipped";
    }
    ASSERT_NE(Seeds(), nullptr);
  }
  const Document& Doc(const std::string& id) {
    auto it = Seeds()->find(id);
    EXPECT_NE(it, Seeds()->end()) << id;
    return it->second;
  }
};

struct FigureSource {
  const char* doc;
  const char* text;    // the figure as written (its first occurrence)
  const char* source;  // accepted names, '|'-separated; "none" = no source
};

const char* const kOsdh = "Syrian Observatory for Human Rights|OSDH";
const char* const kMod =
    "Russian Ministry of Defence|ministère russe de la Défense|"
    "ministère de la Défense russe|Défense russe";
const char* const kSputnik = "Sputnik";

TEST_F(CorpusAttributionTest, EveryFigureCarriesItsSource) {
  const std::vector<FigureSource> cases = {
      {"001_4cb14d4706432b3e", "400 djihadistes", kOsdh},
      {"001_4cb14d4706432b3e", "près de 190 victimes", kOsdh},
      {"001_4cb14d4706432b3e", "40 sorties", kMod},
      {"001_4cb14d4706432b3e", "158 objectifs", kMod},
      {"001_4cb14d4706432b3e", "une centaine de djihadistes", kMod},
      {"001_4cb14d4706432b3e", "quelques dizaines de combattants", "none"},
      {"004_cffaba008c6f17dc", "400 jihadistes", "none"},
      {"004_cffaba008c6f17dc", "188 soldats", "none"},
      {"004_cffaba008c6f17dc", "plus de 40 raids", kSputnik},
      {"004_cffaba008c6f17dc", "158 cibles", kSputnik},
      {"004_cffaba008c6f17dc", "plus de 100 terroristes", kSputnik},
      {"004_cffaba008c6f17dc", "100 terroristes en 24 heures", kSputnik},
      {"004_cffaba008c6f17dc", "quatre chars", kSputnik},
      {"004_cffaba008c6f17dc", "trois semaines", "none"},
      {"004_cffaba008c6f17dc", "une vingtaine de jours", "none"},
      {"000_dea4a13b925a10bc", "trois semaines", "none"},
      {"002_40582ffb7e87ae60", "plus de 300 terroristes", kMod},
      {"002_40582ffb7e87ae60", "plus de 20 hélicoptères", kMod},
      {"002_40582ffb7e87ae60", "64 frappes", kMod},
      {"002_40582ffb7e87ae60", "au moins 300 terroristes", kMod},
      {"003_886db4b57061b3a8", "400 localités", "Sergei Shoigu|Choïgou"},
      {"003_886db4b57061b3a8", "kilomètres carrés", "Sergei Shoigu|Choïgou"},
      {"003_886db4b57061b3a8", "plus de 70 drones", "none"},
  };
  for (const FigureSource& c : cases) {
    const std::string source = SourceOf(Doc(c.doc), c.text);
    EXPECT_TRUE(Matches(source, c.source))
        << c.doc << " «" << c.text << "»: source " << source << ", expected " << c.source;
  }
}

struct HedgeCase {
  const char* doc;
  const char* cue;   // a hedge cue of a claim
  const char* text;  // text inside that claim
};

TEST_F(CorpusAttributionTest, TheFourHedgesAreFound) {
  const std::vector<HedgeCase> cases = {
      {"000_dea4a13b925a10bc", "semble-t-il", "tiennent donc la cité antique"},
      {"001_4cb14d4706432b3e", "dénombrerait", "près de 190 victimes"},
      {"001_4cb14d4706432b3e", "serait", "L'armée russe serait présente"},
      {"003_886db4b57061b3a8", "seraient", "Elles seraient entrées"},
  };
  for (const HedgeCase& c : cases) {
    const Document& doc = Doc(c.doc);
    const size_t at = doc.raw.find(c.text);
    ASSERT_NE(at, std::string::npos) << c.text;
    bool found = false;
    for (const Claim& claim : doc.claims) {
      if (at < claim.begin || at >= claim.end || !claim.hedged) continue;
      for (const std::string& cue : claim.hedge_cues) found = found || cue == c.cue;
    }
    EXPECT_TRUE(found) << c.doc << ": no claim over «" << c.text << "» hedged by " << c.cue;
  }
}

TEST_F(CorpusAttributionTest, CounterfactualAndReportedConditionalsAreNotHedges) {
  // "il a reconnu que la victoire ... aurait été impossible" (000) and
  // "tout en soulignant que la Russie poursuivrait ses frappes" (003).
  const std::vector<std::pair<const char*, const char*>> cases = {
      {"000_dea4a13b925a10bc", "aurait"}, {"003_886db4b57061b3a8", "poursuivrait"}};
  for (const auto& [id, conditional] : cases) {
    for (const Claim& claim : Doc(id).claims) {
      for (const std::string& cue : claim.hedge_cues) EXPECT_NE(cue, conditional) << id;
    }
  }
}

TEST_F(CorpusAttributionTest, SputnikQuoteIsAttributedToSputnik) {
  const Document& doc = Doc("004_cffaba008c6f17dc");
  const size_t at = doc.raw.find("«158 cibles terroristes");
  ASSERT_NE(at, std::string::npos);
  const Claim* quote = nullptr;
  for (const Claim& c : doc.claims) {
    if (c.quote && c.begin == at) quote = &c;
  }
  ASSERT_NE(quote, nullptr) << "no quote claim at «158 cibles";
  EXPECT_TRUE(Matches(quote->source.value_or("none"), kSputnik)) << quote->source.value_or("none");
  EXPECT_EQ(quote->cue, "a indiqué");
  const std::string_view text = doc.text(Span{quote->begin, quote->end});
  EXPECT_TRUE(text.ends_with("»")) << text;
}

TEST_F(CorpusAttributionTest, ClaimSpansLieInTheBodyAndSourceSpansNameTheSource) {
  for (const auto& [id, doc] : *Seeds()) {
    for (const Claim& c : doc.claims) {
      ASSERT_LE(c.end, doc.raw.size()) << id;
      EXPECT_LT(c.begin, c.end) << id;
      if (c.source_begin) {
        ASSERT_TRUE(c.source_end.has_value());
        EXPECT_LT(*c.source_begin, *c.source_end) << id;
        EXPECT_LE(*c.source_end, doc.raw.size()) << id;
      }
    }
  }
}

}  // namespace
}  // namespace recoupe
