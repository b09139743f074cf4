// Rendering a dossier for people and programs. Pure functions of the dossier.
#pragma once

#include <string>

#include "recoupe/dossier.h"

namespace recoupe {

// The JSON dossier of CONTRACT.md (schema 1; fields in docs/json-output.md).
std::string RenderJson(const Dossier& dossier);

// A Markdown report: per document, its metadata, body and what was removed.
std::string RenderMarkdown(const Dossier& dossier);

// The same report as one self-contained HTML page (no scripts, no network).
std::string RenderHtml(const Dossier& dossier);

}  // namespace recoupe
