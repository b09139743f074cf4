// Reads title, bylines, outlet and dateline off a classified page. Fields
// the input already stated (JSONL, HTML meta) are kept as they are.
#pragma once

#include "clean/cue_lexicon.h"
#include "clean/outlets.h"
#include "recoupe/document.h"

namespace recoupe {

// REQUIRES: doc.blocks classified. Outlet evidence, in order of trust: the
// input's own field, HTML meta, the URL's domain, known outlets named in the
// page's furniture (bylines, banners, prompts; never the body, whose outlets
// are sources, nor photo credits, whose agencies are the photographer's),
// then the site naming itself: the masthead line, or the name after an
// `outlet_leads` word ("votre compte X", "© X 2017") in the furniture.
void FillPageMetadata(Document& doc, const OutletTable& outlets, const CueLexicon& cues);

// The names in a byline line: "Article rédigé par Laure Stephan" →
// {"Laure Stephan"}; "By Jane Roe and John Doe" → {"Jane Roe", "John Doe"}.
std::vector<std::string> BylineNames(const Document& doc, const Block& byline);

}  // namespace recoupe
