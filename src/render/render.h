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

class FramingLexicon;

struct ReportOptions {
  // The word-choice vocabulary (framing/framing.h); null: the lexicon of the
  // default data directory, loaded once on first use.
  const FramingLexicon* framing = nullptr;
};

// The report a person reads (sections in docs/report.md): per event its
// header, timeline, facts table with one column per document, flags with the
// text that raised them, copied passages side by side and per-outlet word
// choice; then per document its metadata, body and what was removed.
std::string RenderMarkdown(const Dossier& dossier, const ReportOptions& options = {});

// The same report as one self-contained HTML page (inline style; no scripts,
// no network, no external fonts).
std::string RenderHtml(const Dossier& dossier, const ReportOptions& options = {});

}  // namespace recoupe
