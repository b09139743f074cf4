// The per-document stages, in pipeline order. Each reads the layers it needs
// and writes its own; none edits Document::raw.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "recoupe/document.h"

namespace recoupe {

class Cleaner;
class Segmenter;

struct StageEntry {
  std::string name;
  std::function<void(Document&)> run;
};

// html → clean → language → segment. The returned stages keep references
// to `cleaner` and `segmenter`, which must outlive them.
std::vector<StageEntry> PerDocumentStages(const Cleaner& cleaner, const Segmenter& segmenter);

// The HTML stage alone: for HTML input, turns Document::html into raw (the
// page's visible text, one block per line) and blocks, and takes the page's
// metadata where the input stated none. Text input is left as it is.
void ExtractHtmlStage(Document& doc);

// The body text: body blocks joined by blank lines.
std::string BodyText(const Document& doc);

}  // namespace recoupe
