// The pieces of the JSON dossier (docs/json-output.md), one builder per
// object, shared by WriteJson and the store (src/store), which keeps each
// piece as it is rendered. store/dossier_json.h reads them back.
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "recoupe/dossier.h"

namespace recoupe::json {

using Json = nlohmann::ordered_json;

// Documents by id, for the pieces that quote the text of a span of another
// document (facts, flags, reuse). A span of an unknown document quotes "".
using DocumentsById = std::unordered_map<std::string_view, const Document*>;
DocumentsById IndexDocuments(const std::vector<Document>& documents);

// One entry of `documents`.
Json DocumentJson(const Document& doc);
// Members of a document entry that batch steps after the per-document stages
// may change (outlet guess, dating from the event).
Json OutletJson(const Document& doc);
Json PublishedJson(const Document& doc);
Json DatesJson(const Document& doc);
Json WarningsJson(const Document& doc);

Json EventJson(const Event& event);
Json FactJson(const Fact& fact, const DocumentsById& by_id);
Json FlagJson(const DossierFlag& flag, const DocumentsById& by_id);
Json ReuseJson(const Reuse& reuse, const DocumentsById& by_id);
Json TimelineEntryJson(const TimelineEntry& entry);

}  // namespace recoupe::json
