#include "pipeline/stages.h"

#include "clean/cleaner.h"
#include "attribution/attribution_stage.h"
#include "dates/date_stage.h"
#include "entities/entity_stage.h"
#include "figures/figure_stage.h"
#include "framing/framing.h"
#include "html/html_document.h"
#include "segment/language.h"
#include "segment/segmenter.h"

namespace recoupe {

void ExtractHtmlStage(Document& doc) {
  if (doc.kind != InputKind::kHtml) return;
  if (Status status = FillFromHtml(&doc); !status.ok())
    doc.warnings.push_back({"html", status.message()});
}

std::string BodyText(const Document& doc) {
  std::string body;
  for (const Block& block : doc.blocks) {
    if (!IsBodyKind(block.kind)) continue;
    if (!body.empty()) body += "\n\n";
    body += doc.text(block.span);
  }
  return body;
}

namespace {

// The start of the body, enough for language identification: a few
// paragraphs say the language as well as the whole article, at a fraction of
// the cost.
std::string LanguageSample(const Document& doc) {
  constexpr size_t kSampleBytes = 2 * 1024;
  std::string sample;
  for (const Block& block : doc.blocks) {
    if (!IsBodyKind(block.kind)) continue;
    if (!sample.empty()) sample += "\n";
    sample += doc.text(block.span);
    if (sample.size() >= kSampleBytes) break;
  }
  if (sample.size() > kSampleBytes) {
    size_t cut = kSampleBytes;
    while (cut > 0 && (static_cast<unsigned char>(sample[cut]) & 0xC0) == 0x80) --cut;
    sample.resize(cut);
  }
  return sample;
}

}  // namespace

std::vector<StageEntry> PerDocumentStages(const StageSet& set) {
  const Cleaner& cleaner = *set.cleaner;
  const Segmenter& segmenter = *set.segmenter;
  std::vector<StageEntry> stages = {
      {"html", ExtractHtmlStage},
      {"clean", [&cleaner](Document& doc) { cleaner.Clean(doc); }},
      {"language",
       [](Document& doc) {
         std::string detected = DetectLanguage(LanguageSample(doc));
         if (detected == "und" && doc.meta.language) detected = doc.meta.language->substr(0, 2);
         doc.language = detected;
       }},
      {"segment", [&segmenter](Document& doc) { segmenter.Segment(doc); }},
  };
  if (const entities::EntityStage* entity_stage = set.entities)
    stages.push_back(
        {"entities", [entity_stage](Document& doc) { entity_stage->Annotate(doc); }});
  if (const DateStage* dates = set.dates)
    stages.push_back({"dates", [dates, reference = set.reference_date](Document& doc) {
                        dates->Annotate(doc, reference);
                      }});
  if (const AttributionStage* attribution = set.attribution)
    stages.push_back(
        {"attribution", [attribution](Document& doc) { attribution->Annotate(doc); }});
  if (const FigureStage* figures = set.figures)
    stages.push_back({"figures", [figures](Document& doc) { figures->Annotate(doc); }});
  if (const FramingLexicon* lexicon = set.word_choice)
    stages.push_back({"word_choice", [lexicon](Document& doc) { lexicon->Annotate(doc); }});
  return stages;
}

}  // namespace recoupe
