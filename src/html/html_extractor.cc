#include "html/html_extractor.h"

#include "html/html_content.h"
#include "html/html_hints.h"
#include "html/html_meta.h"
#include "html/page_tree.h"

namespace recoupe {

Result<HtmlPage> ExtractHtml(std::string_view html) {
  const Result<HtmlHints>& hints = HtmlHints::Default();
  if (!hints.ok()) return hints.status();
  return ExtractHtml(html, hints.value());
}

Result<HtmlPage> ExtractHtml(std::string_view html, const HtmlHints& hints) {
  Result<PageTree> tree = ParsePageTree(html);
  if (!tree.ok()) return tree.status();
  HtmlPage page;
  page.meta = ExtractMetadata(tree.value());
  page.url = ExtractUrl(tree.value());
  page.blocks = ClassifyBlocks(tree.value(), hints, page.meta.title);
  return page;
}

std::string MainText(const HtmlPage& page) {
  std::string text;
  for (const auto& block : page.blocks) {
    if (block.kind != BlockKind::kBody && block.kind != BlockKind::kHeading) continue;
    if (!text.empty()) text.push_back('\n');
    text += block.text;
  }
  return text;
}

}  // namespace recoupe
