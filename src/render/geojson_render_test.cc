#include "render/geojson_render.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace recoupe {
namespace {

TEST(GeoJson, EventsArePointsAtTheirMainPlaceLongitudeFirst) {
  Dossier d;
  Document doc;
  doc.id = "a";
  doc.meta.outlet = "Radio Méridienne";
  doc.events = {"ev-1"};
  d.documents = {doc};
  Event located;
  located.id = "ev-1";
  located.label = "Palmyra, March 2016";
  located.earliest = "2016-03-24";
  located.latest = "2016-03-27";
  located.where = {{"Syria-wide", std::nullopt, std::nullopt, 9}, {"Palmyra", 34.5608, 38.2806, 4}};
  located.documents = {"a"};
  Event nowhere;
  nowhere.id = "ev-2";
  nowhere.label = "somewhere";
  d.events = {located, nowhere};
  Fact fact;
  fact.id = "f-1";
  fact.event = "ev-1";
  fact.what = "killed";
  fact.who_class = "civilians";
  fact.status = "conflict";
  fact.estimate = {12, 13, 15};
  d.facts = {fact};
  d.flags = {{"cross_source_conflict", "a", 0, 1, "12 against 15", {}}};

  const auto out = nlohmann::json::parse(RenderGeoJson(d));
  EXPECT_EQ(out["type"], "FeatureCollection");
  ASSERT_EQ(out["features"].size(), 3u);  // two events, one place with coordinates
  const auto& event = out["features"][0];
  EXPECT_EQ(event["geometry"]["coordinates"], nlohmann::json::array({38.2806, 34.5608}));
  EXPECT_EQ(event["properties"]["place"], "Palmyra");
  EXPECT_EQ(event["properties"]["conflicts"], 1);
  EXPECT_EQ(event["properties"]["flags"], 1);
  EXPECT_EQ(event["properties"]["outlets"], nlohmann::json::array({"Radio Méridienne"}));
  EXPECT_EQ(event["properties"]["facts"][0]["best"], 13.0);
  EXPECT_EQ(out["features"][1]["properties"]["kind"], "place");
  EXPECT_EQ(out["features"][1]["properties"]["event"], "ev-1");
  EXPECT_TRUE(out["features"][2]["geometry"].is_null());  // no place with coordinates
  EXPECT_EQ(out["features"][2]["properties"]["title"], "somewhere");
}

}  // namespace
}  // namespace recoupe
