// Fills the HTML-input layers of a Document from its page (see THE OFFSET
// INVARIANT in recoupe/document.h): `raw` becomes the visible text, one block
// per line, and every block keeps its kind, reason and HTML offset.
#pragma once

#include "recoupe/document.h"
#include "recoupe/status.h"

namespace recoupe {

// REQUIRES: doc->kind == InputKind::kHtml, doc->html valid UTF-8, doc->raw and
// doc->blocks empty. Sets raw (block texts joined by '\n'), blocks (spans into
// raw), the metadata fields the input did not state (title, bylines, outlet
// with outlet_basis "html_meta", published, language) and url when absent.
// Adds a "no_body" warning when no block is article body. Fails only when
// ExtractHtml fails. Thread-compatible (one Document per thread).
Status FillFromHtml(Document* doc);

}  // namespace recoupe
