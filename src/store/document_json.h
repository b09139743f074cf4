// A document as the store keeps it, and back: the dossier's JSON object of
// the document (render/json_parts.h), plus the layers that the dossier does
// not show but the corpus stage and the reports read (every block with its
// kind, the sentences, the dates' resolution recipes, the per-document
// flags, the metadata as the input stated it). Tokens are not kept: nothing
// after the per-document stages reads them.
#pragma once

#include <string>

#include "recoupe/document.h"
#include "recoupe/status.h"
#include "render/json_parts.h"

namespace recoupe::store {

// The layers of `doc` that DocumentJson leaves out.
json::Json LayersJson(const Document& doc);

// Rebuilds the document whose dossier object is `document`, whose layers
// are `layers` (LayersJson) and whose raw text is `raw`. Every span is
// checked against `raw`; a malformed record gives an error naming the
// document, never a crash. Round trip: DocumentJson(ReadDocument(
// DocumentJson(d), LayersJson(d), d.raw)) == DocumentJson(d).
Result<Document> ReadDocument(const json::Json& document, const json::Json& layers,
                              std::string raw);

// What the steps over the whole collection (the outlet guess from house
// style, the corpus stage) changed in a document: its `events` always, and
// `outlet`, `published`, `dates` and `warnings` when they differ from
// `before`. The store keeps it beside the document's own annotations.
json::Json CorpusOverlay(const Document& before, const Document& after);

// The document object `annotations` with the members of `overlay` put in.
void ApplyOverlay(json::Json& annotations, const json::Json& overlay);

}  // namespace recoupe::store
