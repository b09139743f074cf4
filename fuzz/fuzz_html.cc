// HTML extraction: any page (read as Windows-1252 when it is not UTF-8, as
// ingest does) gives blocks whose spans lie inside the text they describe.
#include "fuzz_support.h"
#include "html/html_document.h"
#include "html/html_extractor.h"
#include "ingest/encoding.h"

using namespace recoupe;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string html = fuzz::AsUtf8(fuzz::AsText(data, size));
  Result<HtmlPage> page = ExtractHtml(html);
  if (page.ok()) {
    for (const HtmlBlock& block : page->blocks)
      fuzz::Require(block.html_offset <= html.size(), "block offset past the page");
    MainText(page.value());
  }
  Document doc;
  doc.kind = InputKind::kHtml;
  doc.html = std::move(html);
  if (!FillFromHtml(&doc).ok()) return 0;
  uint32_t previous_end = 0;
  for (const Block& block : doc.blocks) {
    fuzz::Require(previous_end <= block.span.begin && block.span.begin <= block.span.end &&
                      block.span.end <= doc.raw.size(),
                  "HTML blocks out of order or outside raw");
    previous_end = block.span.end;
  }
  fuzz::Require(!FirstInvalidUtf8(doc.raw), "the page's text is not valid UTF-8");
  return 0;
}
