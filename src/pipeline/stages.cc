#include "pipeline/stages.h"

#include "clean/cleaner.h"
#include "html/html_extractor.h"
#include "segment/language.h"
#include "segment/segmenter.h"

namespace recoupe {

void ExtractHtmlStage(Document& doc) {
  if (doc.kind != InputKind::kHtml) return;
  Result<HtmlPage> page = ExtractHtml(doc.html);
  if (!page.ok()) {
    doc.warnings.push_back({"html", page.status().message()});
    return;
  }
  doc.raw.clear();
  doc.blocks.clear();
  for (const HtmlBlock& block : page->blocks) {
    if (block.text.empty()) continue;
    if (!doc.raw.empty()) doc.raw.push_back('\n');
    const uint32_t begin = static_cast<uint32_t>(doc.raw.size());
    doc.raw += block.text;
    doc.blocks.push_back({{begin, static_cast<uint32_t>(doc.raw.size())}, block.kind,
                          block.reason, block.html_offset});
  }
  Metadata& meta = doc.meta;
  const Metadata& page_meta = page->meta;
  if (!meta.title) meta.title = page_meta.title;
  if (meta.bylines.empty()) meta.bylines = page_meta.bylines;
  if (!meta.outlet && page_meta.outlet) {
    meta.outlet = page_meta.outlet;
    meta.outlet_basis = "html_meta";
  }
  if (!meta.published) meta.published = page_meta.published;
  if (!meta.language) meta.language = page_meta.language;
  if (!doc.url) doc.url = page->url;
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

std::vector<StageEntry> PerDocumentStages(const Cleaner& cleaner, const Segmenter& segmenter) {
  return {
      {"html", ExtractHtmlStage},
      {"clean", [&cleaner](Document& doc) { cleaner.Clean(doc); }},
      {"language",
       [](Document& doc) {
         std::string detected = DetectLanguage(BodyText(doc));
         if (detected == "und" && doc.meta.language) detected = doc.meta.language->substr(0, 2);
         doc.language = detected;
       }},
      {"segment", [&segmenter](Document& doc) { segmenter.Segment(doc); }},
  };
}

}  // namespace recoupe
