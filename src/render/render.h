// Rendering a dossier for people and programs. Pure functions of the dossier.
#pragma once

#include <ostream>
#include <string>

#include "recoupe/dossier.h"

namespace recoupe {

// The JSON dossier of CONTRACT.md (schema 1; fields in docs/json-output.md),
// written to `out` one document at a time.
void WriteJson(const Dossier& dossier, std::ostream& out);
// The same, as one string.
std::string RenderJson(const Dossier& dossier);

// A Markdown report: per document, its metadata, body and what was removed.
std::string RenderMarkdown(const Dossier& dossier);

// The same report as one self-contained HTML page (no scripts, no network).
std::string RenderHtml(const Dossier& dossier);

}  // namespace recoupe
