// The per-document stages, in pipeline order. Each reads the layers it needs
// and writes its own; none edits Document::raw.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "recoupe/document.h"

namespace recoupe {

class Cleaner;
class Segmenter;
class DateStage;
class AttributionStage;
class FigureStage;
class FramingLexicon;
namespace entities {
class EntityStage;
}

struct StageEntry {
  std::string name;
  std::function<void(Document&)> run;
};

// The loaded resources of every per-document stage; a null annotation stage
// is left out. Not owned: they must outlive the stage list.
struct StageSet {
  const Cleaner* cleaner = nullptr;      // REQUIRED
  const Segmenter* segmenter = nullptr;  // REQUIRED
  const entities::EntityStage* entities = nullptr;
  const DateStage* dates = nullptr;
  const AttributionStage* attribution = nullptr;
  const FigureStage* figures = nullptr;
  const FramingLexicon* word_choice = nullptr;
  std::optional<std::string> reference_date;  // for the dates stage
};

// html → clean → language → segment → entities → dates → attribution →
// figures → word_choice: attribution resolves sources to entities and marks
// dates hedged; figures read entities (sides) and claims (sources, hedges);
// word_choice reads the body blocks only.
std::vector<StageEntry> PerDocumentStages(const StageSet& stages);

// The HTML stage alone: for HTML input, turns Document::html into raw (the
// page's visible text, one block per line) and blocks, and takes the page's
// metadata where the input stated none. Text input is left as it is.
void ExtractHtmlStage(Document& doc);

// The body text: body blocks joined by blank lines.
std::string BodyText(const Document& doc);

}  // namespace recoupe
