#include "render/geojson_render.h"

#include <cmath>
#include <map>
#include <set>

#include "render/json_parts.h"

namespace recoupe {
namespace {

using json::Json;

// RFC 7946 positions: longitude first; six decimals (about 10 cm) suffice.
Json Point(double lat, double lon) {
  const auto round6 = [](double v) { return std::round(v * 1e6) / 1e6; };
  return Json{{"type", "Point"}, {"coordinates", Json::array({round6(lon), round6(lat)})}};
}

const EventPlace* MainPlace(const Event& event) {
  for (const EventPlace& place : event.where)
    if (place.lat && place.lon) return &place;
  return nullptr;
}

Json Optional(const std::optional<double>& value) { return value ? Json(*value) : Json(); }

// "killed (civilians): 12–15, conflict" in short, one entry per fact.
Json FactsOf(const std::string& event_id, const std::vector<Fact>& facts) {
  Json out = Json::array();
  for (const Fact& fact : facts) {
    if (fact.event != event_id) continue;
    out.push_back({{"id", fact.id},
                   {"what", fact.what},
                   {"side", fact.who_actor ? Json(*fact.who_actor) : Json(fact.who_class)},
                   {"low", Optional(fact.estimate.low)},
                   {"best", Optional(fact.estimate.best)},
                   {"high", Optional(fact.estimate.high)},
                   {"status", fact.status},
                   {"independent_sources", fact.independent_sources}});
  }
  return out;
}

struct EventCounts {
  std::map<std::string, size_t> conflicts, flags;
  std::map<std::string, std::set<std::string>> outlets;
  explicit EventCounts(const Dossier& dossier) {
    std::map<std::string, std::vector<std::string>> events_of;
    for (const Document& doc : dossier.documents) {
      events_of[doc.id] = doc.events;
      for (const std::string& event : doc.events)
        if (doc.meta.outlet) outlets[event].insert(*doc.meta.outlet);
    }
    for (const Fact& fact : dossier.facts)
      if (fact.status == "conflict") ++conflicts[fact.event];
    for (const DossierFlag& flag : dossier.flags)
      for (const std::string& event : events_of[flag.document]) ++flags[event];
  }
};

Json EventFeature(const Event& event, const Dossier& dossier, const EventCounts& counts) {
  const EventPlace* main = MainPlace(event);
  Json places = Json::array();
  for (const EventPlace& place : event.where) places.push_back(place.name);
  const auto outlets = counts.outlets.find(event.id);
  Json properties = {
      {"kind", "event"},
      {"id", event.id},
      {"title", event.label},
      {"earliest", event.earliest ? Json(*event.earliest) : Json()},
      {"latest", event.latest ? Json(*event.latest) : Json()},
      {"place", main ? Json(main->name) : Json()},
      {"places", places},
      {"actors", event.actors},
      {"documents", event.documents.size()},
      {"outlets", outlets == counts.outlets.end() ? Json::array() : Json(outlets->second)},
      {"facts", FactsOf(event.id, dossier.facts)},
      {"conflicts", counts.conflicts.count(event.id) ? counts.conflicts.at(event.id) : 0},
      {"flags", counts.flags.count(event.id) ? counts.flags.at(event.id) : 0}};
  return {{"type", "Feature"},
          {"id", event.id},
          {"geometry", main ? Point(*main->lat, *main->lon) : Json()},
          {"properties", properties}};
}

Json PlaceFeature(const Event& event, const EventPlace& place) {
  return {{"type", "Feature"},
          {"id", event.id + "/" + place.name},
          {"geometry", Point(*place.lat, *place.lon)},
          {"properties",
           {{"kind", "place"}, {"event", event.id}, {"title", place.name},
            {"mentions", place.mentions}}}};
}

}  // namespace

std::string RenderGeoJson(const Dossier& dossier) {
  const EventCounts counts(dossier);
  Json features = Json::array();
  for (const Event& event : dossier.events) {
    features.push_back(EventFeature(event, dossier, counts));
    for (const EventPlace& place : event.where)
      if (place.lat && place.lon) features.push_back(PlaceFeature(event, place));
  }
  const Json collection = {{"type", "FeatureCollection"}, {"features", features}};
  return collection.dump(1, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace recoupe
