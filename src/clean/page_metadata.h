// Reads title, bylines, outlet and dateline off a classified page. Fields
// the input already stated (JSONL, HTML meta) are kept as they are.
#pragma once

#include "clean/outlets.h"
#include "recoupe/document.h"

namespace recoupe {

// REQUIRES: doc.blocks classified. Outlet evidence, in order of trust: the
// input's own field, HTML meta, the URL's domain, then outlets named in the
// page's furniture (bylines, banners, prompts; never the body, whose outlets
// are sources, nor photo credits, whose agencies are the photographer's).
void FillPageMetadata(Document& doc, const OutletTable& outlets);

// The names in a byline line: "Article rédigé par Laure Stephan" →
// {"Laure Stephan"}; "By Jane Roe and John Doe" → {"Jane Roe", "John Doe"}.
std::vector<std::string> BylineNames(const Document& doc, const Block& byline);

}  // namespace recoupe
