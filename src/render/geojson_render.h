// The dossier's events on a map: a GeoJSON FeatureCollection (RFC 7946) for
// QGIS, geojson.io and web maps (docs/exports.md). Each event is a Feature
// placed at its most mentioned place with coordinates (a null geometry when
// none has any), with the properties a map user reads (label, dates, places,
// facts in short, conflicts, flags, documents); each of its places with
// coordinates is a Feature of its own (kind "place") carrying the event id.
// Positions are [longitude, latitude], WGS 84.
#pragma once

#include <string>

#include "recoupe/dossier.h"

namespace recoupe {

std::string RenderGeoJson(const Dossier& dossier);

}  // namespace recoupe
