#include "clean/page_metadata.h"

#include "segment/tokenizer.h"

namespace recoupe {
namespace {

bool IsNameSeparator(const Token& t) {
  return t.norm == "," || t.norm == ";" || t.norm == "&" || t.fold == "et" || t.fold == "and";
}

bool IsBylineLead(const Token& t) { return t.fold == "par" || t.fold == "by"; }

}  // namespace

std::vector<std::string> BylineNames(const Document& doc, const Block& byline) {
  const std::vector<Token> tokens = TokenizeText(doc.text(byline.span), byline.span.begin);
  size_t start = 0;
  constexpr size_t kMaxLeadTokens = 5;
  for (size_t i = 0; i < tokens.size() && i < kMaxLeadTokens; ++i)
    if (IsBylineLead(tokens[i])) start = i + 1;
  if (start == 0) return {};
  std::vector<std::string> names;
  size_t name_begin = start;
  for (size_t i = start; i <= tokens.size(); ++i) {
    if (i < tokens.size() && !IsNameSeparator(tokens[i])) continue;
    if (i > name_begin) {
      const Span span{tokens[name_begin].span.begin, tokens[i - 1].span.end};
      names.emplace_back(doc.text(span));
    }
    name_begin = i + 1;
  }
  return names;
}

void FillPageMetadata(Document& doc, const OutletTable& outlets) {
  std::vector<const Outlet*> mentioned;
  for (const Block& block : doc.blocks) {
    const std::string_view text = doc.text(block.span);
    switch (block.kind) {
      case BlockKind::kTitle:
        if (!doc.meta.title) doc.meta.title = std::string(text);
        break;
      case BlockKind::kDateline:
        if (!doc.meta.dateline) doc.meta.dateline = std::string(text);
        break;
      case BlockKind::kByline:
        for (std::string& name : BylineNames(doc, block)) doc.meta.bylines.push_back(name);
        break;
      default:
        break;
    }
    if (IsBodyKind(block.kind) || block.kind == BlockKind::kCredit ||
        block.kind == BlockKind::kCaption || block.kind == BlockKind::kTitle)
      continue;
    for (const Outlet* outlet : outlets.MentionedIn(text)) mentioned.push_back(outlet);
  }
  if (doc.meta.outlet) return;
  if (doc.url) {
    if (const Outlet* outlet = outlets.FromUrl(*doc.url)) {
      doc.meta.outlet = outlet->name;
      doc.meta.outlet_basis = "url";
      return;
    }
  }
  if (const Outlet* outlet = outlets.MostSpecific(mentioned)) {
    doc.meta.outlet = outlet->name;
    doc.meta.outlet_basis = "text";
  }
}

}  // namespace recoupe
