#include "html/html_document.h"

#include <utility>

#include "html/html_extractor.h"

namespace recoupe {

Status FillFromHtml(Document* doc) {
  Result<HtmlPage> page = ExtractHtml(doc->html);
  if (!page.ok()) return page.status();
  HtmlPage& p = page.value();
  for (auto& block : p.blocks) {
    if (!doc->raw.empty()) doc->raw.push_back('\n');
    Block out;
    out.span.begin = static_cast<uint32_t>(doc->raw.size());
    doc->raw += block.text;
    out.span.end = static_cast<uint32_t>(doc->raw.size());
    out.kind = block.kind;
    out.reason = std::move(block.reason);
    out.html_offset = block.html_offset;
    doc->blocks.push_back(std::move(out));
  }
  Metadata& meta = doc->meta;
  if (!meta.title) meta.title = std::move(p.meta.title);
  if (meta.bylines.empty()) meta.bylines = std::move(p.meta.bylines);
  if (!meta.outlet && p.meta.outlet) {
    meta.outlet = std::move(p.meta.outlet);
    meta.outlet_basis = "html_meta";
  }
  if (!meta.published) meta.published = std::move(p.meta.published);
  if (!meta.language) meta.language = std::move(p.meta.language);
  if (!doc->url) doc->url = std::move(p.url);
  bool has_body = false;
  for (const auto& block : doc->blocks) has_body = has_body || IsBodyKind(block.kind);
  if (!has_body) {
    doc->warnings.push_back({"no_body", "the page has no block of article text"});
  }
  return Status::Ok();
}

}  // namespace recoupe
