// Precision and recall of the attribution stage on the project's examples/
// against the hand reading in tests/gold/attribution/examples.tsv (format in
// that file): sources of sentences, hedges, and quotation speakers. The
// documents go through the pipeline (tokens kept), the entities stage and the
// attribution stage. The measured figures are written up in
// docs/attribution.md; the floors below sit just under them, so a change
// that loses ground fails.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "attribution/attribution_stage.h"
#include "entities/entity_stage.h"
#include "recoupe/pipeline.h"

namespace recoupe {
namespace {

const std::string kSourceDir = RECOUPE_SOURCE_DIR;

struct GoldItem {
  std::string doc, kind, anchor, expected;
};

std::vector<GoldItem> ReadGold(const std::string& name) {
  std::ifstream in(kSourceDir + "/tests/gold/attribution/" + name);
  std::vector<GoldItem> items;
  std::string line;
  std::getline(in, line);
  EXPECT_EQ(line, "recoupe-attribution-gold 1");
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::stringstream ss(line);
    for (std::string f; std::getline(ss, f, '\t');) fields.push_back(f);
    EXPECT_EQ(fields.size(), 4u) << line;
    if (fields.size() == 4) items.push_back({fields[0], fields[1], fields[2], fields[3]});
  }
  return items;
}

// The documents under `dir` (relative to the source tree), analysed once.
const std::map<std::string, Document>& Analysed(const std::string& dir) {
  static std::map<std::string, std::map<std::string, Document>> cache;
  auto cached = cache.find(dir);
  if (cached != cache.end()) return cached->second;
  const std::map<std::string, Document>* docs = [&] {
    const std::string data_dir = kSourceDir + "/data";
    PipelineOptions options;
    options.data_dir = data_dir;
    options.keep_tokens = true;
    auto pipeline = Pipeline::Load(options);
    auto attribution = AttributionStage::Load(data_dir);
    auto entities = entities::EntityStage::Load(data_dir);
    auto* out = new std::map<std::string, Document>();
    if (!pipeline.ok() || !attribution.ok()) {
      ADD_FAILURE() << pipeline.status().message() << attribution.status().message();
      return out;
    }
    Dossier dossier = pipeline.value()->Run({kSourceDir + "/" + dir});
    for (Document& doc : dossier.documents) {
      if (entities.ok()) entities.value()->Annotate(doc);
      attribution.value()->Annotate(doc);
      std::string id = doc.id;
      out->emplace(id, std::move(doc));
    }
    return out;
  }();
  auto& slot = cache[dir];
  slot = std::move(*const_cast<std::map<std::string, Document>*>(docs));
  delete docs;
  return slot;
}

bool NameMatches(const std::string& source, const std::string& expected) {
  std::stringstream ss(expected);
  for (std::string name; std::getline(ss, name, '|');) {
    if (source.find(name) != std::string::npos) return true;
  }
  return false;
}

bool CueMatches(const std::string& cue, const std::string& expected) {
  return cue.find(expected) != std::string::npos || expected.find(cue) != std::string::npos;
}

bool Holds(const Document& doc, const Claim& c, const std::string& anchor) {
  const size_t at = doc.raw.find(anchor);
  return at != std::string::npos && at >= c.begin && at + anchor.size() <= c.end;
}

struct Score {
  int system = 0, system_right = 0, gold = 0, gold_found = 0;
  double precision() const { return system ? double(system_right) / system : 1.0; }
  double recall() const { return gold ? double(gold_found) / gold : 1.0; }
};

// The stage's items of one kind on one document, each marked right or wrong
// against the gold lines; and the gold lines found.
void ScoreKind(const std::map<std::string, Document>& docs, const std::string& kind,
               const std::vector<GoldItem>& gold, Score* score, std::vector<std::string>* misses) {
  for (const auto& entry : docs) {
    const std::string& id = entry.first;
    const Document& doc = entry.second;  // a named reference: lambdas below capture it
    std::vector<const GoldItem*> lines;
    for (const GoldItem& g : gold) {
      if (g.doc == id && g.kind == kind) lines.push_back(&g);
    }
    auto right = [&](const Claim& c, const std::string& value, const GoldItem& g) {
      if (kind == "source")
        return !c.quote && Holds(doc, c, g.anchor) && NameMatches(value, g.expected);
      if (kind == "hedge")
        return !c.quote && Holds(doc, c, g.anchor) && CueMatches(value, g.expected);
      return c.quote && doc.text(Span{c.begin, c.end}).starts_with(g.anchor) &&
             NameMatches(value, g.expected);
    };
    auto values = [&](const Claim& c) {
      std::vector<std::string> v;
      if (kind == "hedge") {
        if (!c.quote) v = c.hedge_cues;
      } else if (c.source && c.quote == (kind == "quote")) {
        v.push_back(*c.source);
      }
      return v;
    };
    for (const Claim& c : doc.claims) {
      for (const std::string& value : values(c)) {
        ++score->system;
        bool ok = false;
        for (const GoldItem* g : lines) ok = ok || right(c, value, *g);
        if (ok) {
          ++score->system_right;
        } else {
          misses->push_back(id + " extra " + kind + " '" + value +
                            "' on: " + std::string(doc.text(Span{c.begin, c.end}).substr(0, 60)));
        }
      }
    }
    for (const GoldItem* g : lines) {
      ++score->gold;
      bool found = false;
      for (const Claim& c : doc.claims) {
        for (const std::string& value : values(c)) found = found || right(c, value, *g);
      }
      if (found) {
        ++score->gold_found;
      } else {
        misses->push_back(id + " missed " + kind + " '" + g->expected + "' at: " + g->anchor);
      }
    }
  }
}

struct Floor {
  const char* kind;
  double precision, recall;
};

void CheckFloors(const std::string& gold_file, const std::string& dir, size_t n_docs,
                 const std::vector<Floor>& floors) {
  const std::vector<GoldItem> gold = ReadGold(gold_file);
  ASSERT_GT(gold.size(), 20u);
  const std::map<std::string, Document>& docs = Analysed(dir);
  ASSERT_EQ(docs.size(), n_docs);
  for (const Floor& floor : floors) {
    Score score;
    std::vector<std::string> misses;
    ScoreKind(docs, floor.kind, gold, &score, &misses);
    std::printf("%s %-6s precision %d/%d = %.2f  recall %d/%d = %.2f\n", gold_file.c_str(),
                floor.kind, score.system_right, score.system, score.precision(), score.gold_found,
                score.gold, score.recall());
    for (const std::string& m : misses) std::printf("  %s\n", m.c_str());
    EXPECT_GE(score.precision(), floor.precision) << floor.kind;
    EXPECT_GE(score.recall(), floor.recall) << floor.kind;
  }
}

TEST(GoldenAttributionTest, PrecisionAndRecallOnExamples) {
  CheckFloors("examples.tsv", "examples", 6,
              {{"source", 0.95, 0.90}, {"hedge", 0.90, 0.40}, {"quote", 0.95, 0.95}});
}

TEST(GoldenAttributionTest, PrecisionAndRecallOnHeldOutTexts) {
  CheckFloors("heldout.tsv", "tests/gold/attribution/heldout", 2,
              {{"source", 0.90, 0.80}, {"hedge", 0.90, 0.80}, {"quote", 0.95, 0.95}});
}

}  // namespace
}  // namespace recoupe
