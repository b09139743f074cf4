#include <gtest/gtest.h>

#include "store/document_json.h"
#include "store/dossier_json.h"
#include "store/event_ids.h"
#include "store/sha256.h"

namespace recoupe::store {
namespace {

using json::Json;

TEST(Sha256, KnownDigests) {
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  // Two blocks of padding (56 bytes of input).
  EXPECT_EQ(Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(Sha256Hex(std::string(1000, 'a')).size(), 64u);
}

// The events of a new run, each given by its documents; ids as the corpus
// stage numbers them.
Dossier NewRun(const std::vector<std::vector<std::string>>& events) {
  Dossier dossier;
  for (size_t i = 0; i < events.size(); ++i) {
    Event e;
    e.id = "ev-" + std::to_string(i + 1);
    e.documents = events[i];
    dossier.events.push_back(e);
    for (const std::string& id : events[i]) {
      Document doc;
      doc.id = id;
      doc.events = {e.id};
      dossier.documents.push_back(doc);
    }
    Fact fact;
    fact.event = e.id;
    dossier.facts.push_back(fact);
  }
  return dossier;
}

std::string Ids(const Dossier& dossier) {
  std::string out;
  for (const Event& e : dossier.events) out += (out.empty() ? "" : " ") + e.id;
  return out;
}

TEST(KeepEventIds, FirstRunKeepsTheCorpusStageNumbers) {
  Dossier run = NewRun({{"a", "b"}, {"c"}});
  uint64_t next = 1;
  KeepEventIds(run, {}, next);
  EXPECT_EQ(Ids(run), "ev-1 ev-2");
  EXPECT_EQ(next, 3u);
}

TEST(KeepEventIds, AnEventKeepsItsIdWhenAnEarlierEventIsAdded) {
  // "c" was ev-1; a new earlier event now comes first in the corpus stage's order.
  Dossier run = NewRun({{"x"}, {"c", "d"}, {"a", "b"}});
  uint64_t next = 3;
  KeepEventIds(run, {{"ev-1", {"c"}}, {"ev-2", {"a", "b"}}}, next);
  EXPECT_EQ(Ids(run), "ev-3 ev-1 ev-2");
  EXPECT_EQ(run.documents[0].events, std::vector<std::string>{"ev-3"});
  EXPECT_EQ(run.documents[1].events, std::vector<std::string>{"ev-1"});
  EXPECT_EQ(run.facts[2].event, "ev-2");
  EXPECT_EQ(next, 4u);
}

TEST(KeepEventIds, ASplitEventGoesToTheLargerPartAndIdsAreNeverReused) {
  Dossier run = NewRun({{"a"}, {"b", "c"}});
  uint64_t next = 1;  // below the previous ids: raised past them
  KeepEventIds(run, {{"ev-7", {"a", "b", "c"}}}, next);
  EXPECT_EQ(Ids(run), "ev-8 ev-7");
  EXPECT_EQ(next, 9u);
}

TEST(KeepEventIds, MergedEventsKeepTheIdOfTheLargerOne) {
  Dossier run = NewRun({{"a", "b", "c"}});
  uint64_t next = 3;
  KeepEventIds(run, {{"ev-1", {"a"}}, {"ev-2", {"b", "c"}}}, next);
  EXPECT_EQ(Ids(run), "ev-2");
}

TEST(ReadDocument, MalformedRecordsAreErrorsNotCrashes) {
  Document doc;
  doc.id = "d";
  doc.path = "d.txt";
  doc.raw = "Hello world.";
  doc.blocks.push_back({{0, 12}, BlockKind::kBody, "", std::nullopt});
  EntityMention hello;
  hello.end = 5;
  hello.type = "person";
  hello.name = "Hello";
  doc.entities.push_back(hello);
  const Json good = json::DocumentJson(doc);
  const Json layers = LayersJson(doc);
  ASSERT_TRUE(ReadDocument(good, layers, doc.raw).ok());
  EXPECT_EQ(json::DocumentJson(ReadDocument(good, layers, doc.raw).value()), good);

  // A span past the raw text.
  EXPECT_FALSE(ReadDocument(good, layers, "Hi").ok());
  Json bad = good;
  bad["entities"][0]["end"] = -3;
  EXPECT_FALSE(ReadDocument(bad, layers, doc.raw).ok());
  bad = good;
  bad["entities"] = "nope";
  EXPECT_FALSE(ReadDocument(bad, layers, doc.raw).ok());
  bad = good;
  bad.erase("published");
  const auto missing = ReadDocument(bad, layers, doc.raw);
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("published"), std::string::npos);
  Json bad_layers = layers;
  bad_layers["blocks"][0][2] = "nonsense";
  EXPECT_FALSE(ReadDocument(good, bad_layers, doc.raw).ok());
  EXPECT_FALSE(ReadDocument(Json::parse("[1,2]"), layers, doc.raw).ok());
  EXPECT_FALSE(ReadDocument(good, Json(nullptr), doc.raw).ok());
}

TEST(ReadDossierPieces, RoundTripAndErrors) {
  Event e;
  e.id = "ev-1";
  e.label = "Raqqa, October 2017";
  e.earliest = "2017-10-17";
  e.where.push_back({"Raqqa", 35.95, 39.01, 4});
  e.actors = {"Islamic State"};
  e.documents = {"a", "b"};
  auto read = ReadEvent(json::EventJson(e));
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(json::EventJson(read.value()), json::EventJson(e));

  Reuse r{"a", "b", {{{0, 5}, {3, 8}}}, 0.5, std::string("a")};
  auto reuse = ReadReuse(json::ReuseJson(r, {}));
  ASSERT_TRUE(reuse.ok());
  EXPECT_EQ(json::ReuseJson(reuse.value(), {}), json::ReuseJson(r, {}));

  EXPECT_FALSE(ReadEvent(Json::parse(R"({"id": 3})")).ok());
  EXPECT_FALSE(ReadFact(Json::parse("null")).ok());
  EXPECT_FALSE(ReadFlag(Json::parse(R"({"kind": "x", "document": "a", "begin": 9, "end": 2})")).ok());
  EXPECT_FALSE(ReadReuse(Json::parse(R"({"documents": ["a"]})")).ok());
  EXPECT_FALSE(ReadTimelineEntry(Json::parse("{}")).ok());
}

}  // namespace
}  // namespace recoupe::store
