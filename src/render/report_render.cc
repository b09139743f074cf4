// Markdown and HTML share one walk over the dossier; only the markup differs.
#include <string>

#include "pipeline/stages.h"
#include "recoupe/pipeline.h"
#include "render/render.h"

namespace recoupe {
namespace {

// The markup of one output format.
struct Markup {
  virtual ~Markup() = default;
  virtual void Begin(std::string& out) const = 0;
  virtual void End(std::string& out) const = 0;
  virtual void Heading(std::string& out, int level, std::string_view text) const = 0;
  virtual void Field(std::string& out, std::string_view name, std::string_view value) const = 0;
  virtual void Paragraph(std::string& out, std::string_view text) const = 0;
  virtual void ListItem(std::string& out, std::string_view label, std::string_view text) const = 0;
  virtual void ListEnd(std::string& out) const {}
};

std::string EscapeHtml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

struct MarkdownMarkup : Markup {
  void Begin(std::string& out) const override {
    out += "# recoupe report\n\n";
  }
  void End(std::string&) const override {}
  void Heading(std::string& out, int level, std::string_view text) const override {
    if (!out.empty() && !out.ends_with("\n\n")) out += "\n";
    out += std::string(level, '#') + " " + std::string(text) + "\n\n";
  }
  void Field(std::string& out, std::string_view name, std::string_view value) const override {
    out += "- **" + std::string(name) + "**: " + std::string(value) + "\n";
  }
  void Paragraph(std::string& out, std::string_view text) const override {
    out += std::string(text) + "\n\n";
  }
  void ListItem(std::string& out, std::string_view label, std::string_view text) const override {
    out += "- `" + std::string(label) + "` " + std::string(text) + "\n";
  }
  void ListEnd(std::string& out) const override { out += "\n"; }
};

struct HtmlMarkup : Markup {
  void Begin(std::string& out) const override {
    out +=
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>recoupe report</title>"
        "<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;"
        "padding:0 1rem;color:#222}h2{border-top:1px solid #ccc;padding-top:1rem}"
        "code{background:#eee;padding:0 .3em;border-radius:3px}"
        ".item{margin:.3em 0}.field{color:#555}</style></head><body>\n<h1>recoupe report</h1>\n";
  }
  void End(std::string& out) const override { out += "</body></html>\n"; }
  void Heading(std::string& out, int level, std::string_view text) const override {
    const std::string tag = "h" + std::to_string(level);
    out += "<" + tag + ">" + EscapeHtml(text) + "</" + tag + ">\n";
  }
  void Field(std::string& out, std::string_view name, std::string_view value) const override {
    out += "<div class=\"field\"><b>" + EscapeHtml(name) + "</b>: " + EscapeHtml(value) +
           "</div>\n";
  }
  void Paragraph(std::string& out, std::string_view text) const override {
    out += "<p>" + EscapeHtml(text) + "</p>\n";
  }
  void ListItem(std::string& out, std::string_view label, std::string_view text) const override {
    out += "<div class=\"item\"><code>" + EscapeHtml(label) + "</code> " + EscapeHtml(text) + "</div>\n";
  }
  void ListEnd(std::string& out) const override { out += "\n"; }
};

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : "; ") + item;
  return out;
}

std::string Render(const Dossier& dossier, const Markup& m) {
  std::string out;
  m.Begin(out);
  m.Paragraph(out, std::to_string(dossier.documents.size()) + " documents analysed, " +
                       std::to_string(dossier.skipped.size()) + " inputs skipped (recoupe " +
                       Version() + ").");
  for (const Document& doc : dossier.documents) {
    m.Heading(out, 2, doc.meta.title ? *doc.meta.title : doc.id);
    m.Field(out, "id", doc.id);
    m.Field(out, "file", doc.line ? doc.path + ":" + std::to_string(*doc.line) : doc.path);
    if (doc.url) m.Field(out, "url", *doc.url);
    m.Field(out, "outlet",
            doc.meta.outlet ? *doc.meta.outlet + " (from " + doc.meta.outlet_basis + ")"
                            : "unknown");
    m.Field(out, "language", doc.language);
    if (!doc.meta.bylines.empty()) m.Field(out, "bylines", Join(doc.meta.bylines));
    if (doc.meta.dateline) m.Field(out, "dateline", *doc.meta.dateline);
    if (doc.meta.published) m.Field(out, "published", *doc.meta.published);
    if (doc.source_encoding != "utf-8") m.Field(out, "encoding", doc.source_encoding);
    m.Heading(out, 3, "Body");
    for (const Block& block : doc.blocks)
      if (IsBodyKind(block.kind)) m.Paragraph(out, doc.text(block.span));
    bool any_removed = false;
    for (const Block& block : doc.blocks) {
      if (IsBodyKind(block.kind)) continue;
      if (!any_removed) m.Heading(out, 3, "Removed from the body");
      any_removed = true;
      m.ListItem(out, BlockKindName(block.kind), doc.text(block.span));
    }
    if (any_removed) m.ListEnd(out);
    if (!doc.warnings.empty()) {
      m.Heading(out, 3, "Warnings");
      for (const Warning& w : doc.warnings) m.ListItem(out, w.code, w.message);
      m.ListEnd(out);
    }
  }
  if (!dossier.skipped.empty()) {
    m.Heading(out, 2, "Skipped inputs");
    for (const SkippedInput& s : dossier.skipped) m.ListItem(out, "skipped", s.ToString());
    m.ListEnd(out);
  }
  m.End(out);
  return out;
}

}  // namespace

std::string RenderMarkdown(const Dossier& dossier) { return Render(dossier, MarkdownMarkup()); }
std::string RenderHtml(const Dossier& dossier) { return Render(dossier, HtmlMarkup()); }

}  // namespace recoupe
