#include "clean/page_metadata.h"

#include <algorithm>

#include "clean/block_classifier.h"
#include "segment/tokenizer.h"

namespace recoupe {
namespace {

bool IsNameSeparator(const Token& t) {
  return t.norm == "," || t.norm == ";" || t.norm == "&" || t.fold == "et" || t.fold == "and";
}

// "avec ALP", "with Reuters": what follows is the agency, not an author.
bool EndsNames(const Token& t) { return t.fold == "avec" || t.fold == "with"; }

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
  size_t end = start;
  while (end < tokens.size() && !EndsNames(tokens[end])) ++end;
  for (size_t i = start; i <= end; ++i) {
    if (i < end && !IsNameSeparator(tokens[i])) continue;
    if (i > name_begin) {
      const Span span{tokens[name_begin].span.begin, tokens[i - 1].span.end};
      names.emplace_back(doc.text(span));
    }
    name_begin = i + 1;
  }
  return names;
}

namespace {

// The capitalised name run that starts at tokens[i] ("Le Courrier du Levant"),
// connectors allowed between capitalised words; empty if none.
std::string NameRunAt(const Document& doc, const std::vector<Token>& tokens, size_t i,
                      const CueLexicon& cues) {
  size_t end = i;
  for (size_t k = i; k < tokens.size(); ++k) {
    const Token& t = tokens[k];
    if (t.shape == TokenShape::kWord && (t.has(kCapitalized) || t.has(kAllCaps))) {
      end = k + 1;
    } else if (!(end > i && cues.InClass("name_connectors", t.fold))) {
      break;
    }
  }
  if (end == i) return "";
  return std::string(doc.text({tokens[i].span.begin, tokens[end - 1].span.end}));
}

// Names the site gives itself in its furniture, most frequent first.
std::optional<std::string> SelfNamedOutlet(const Document& doc, const CueLexicon& cues) {
  std::vector<std::string> names;
  for (const Block& block : doc.blocks) {
    if (IsBodyKind(block.kind) || block.kind == BlockKind::kTitle ||
        block.kind == BlockKind::kCredit || block.kind == BlockKind::kCaption)
      continue;
    if (block.reason == kMastheadReason) names.emplace_back(doc.text(block.span));
    const std::vector<Token> tokens = TokenizeText(doc.text(block.span), block.span.begin);
    for (size_t i = 0; i + 1 < tokens.size(); ++i)
      if (cues.InClass("outlet_leads", tokens[i].fold) || tokens[i].norm == "©")
        if (std::string name = NameRunAt(doc, tokens, i + 1, cues); !name.empty())
          names.push_back(std::move(name));
  }
  std::optional<std::string> best;
  size_t best_count = 0;
  for (const std::string& name : names) {
    const size_t count = std::count(names.begin(), names.end(), name);
    if (count > best_count) best = name, best_count = count;
  }
  return best;
}

}  // namespace

void FillPageMetadata(Document& doc, const OutletTable& outlets, const CueLexicon& cues) {
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
        for (std::string& name : BylineNames(doc, block))
          if (std::find(doc.meta.bylines.begin(), doc.meta.bylines.end(), name) ==
              doc.meta.bylines.end())
            doc.meta.bylines.push_back(std::move(name));
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
  } else if (std::optional<std::string> name = SelfNamedOutlet(doc, cues)) {
    doc.meta.outlet = std::move(name);
    doc.meta.outlet_basis = "text";
  }
}

}  // namespace recoupe
