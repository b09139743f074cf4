// Markdown and HTML share one walk over the dossier; only the markup differs
// (render/report_markup.h). The cross-document parts come first
// (render/report_sections.h), then each document as it was read.
#include <string>

#include "recoupe/pipeline.h"
#include "framing/framing.h"
#include "render/render.h"
#include "render/report_markup.h"
#include "render/report_sections.h"

namespace recoupe {
namespace {

using report::Item;
using report::Markup;

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : "; ") + item;
  return out;
}

// Counts of what the report shows; the flags are the dossier's or, when the
// corpus stage gathered none, the documents' own (report::WritePart lists them).
std::string Summary(const Dossier& dossier) {
  size_t conflicts = 0;
  for (const Fact& fact : dossier.facts) conflicts += fact.status == "conflict";
  size_t flags = dossier.flags.size(), disagreements = 0;
  for (const DossierFlag& flag : dossier.flags) disagreements += flag.kind == "cross_source_conflict";
  if (flags == 0)
    for (const Document& doc : dossier.documents) flags += doc.flags.size();
  return std::to_string(dossier.documents.size()) + " documents analysed, " +
         std::to_string(dossier.skipped.size()) + " inputs skipped (recoupe " + Version() +
         "). " + std::to_string(dossier.events.size()) + " events, " +
         std::to_string(dossier.facts.size()) + " facts (" + std::to_string(conflicts) +
         " in conflict), " + std::to_string(flags) + " flags (" + std::to_string(disagreements) +
         " between sources), " +
         std::to_string(dossier.reuse.size()) + " pairs of documents sharing text.";
}

// One document as read: metadata, body, removed blocks, warnings.
void WriteDocument(std::string& out, const Markup& m, const Document& doc) {
  const std::string title = doc.meta.title ? *doc.meta.title : doc.id;
  m.BeginDetails(out, doc.meta.outlet ? title + " — " + *doc.meta.outlet : title);
  m.Field(out, "id", doc.id);
  m.Field(out, "file", doc.line ? doc.path + ":" + std::to_string(*doc.line) : doc.path);
  if (doc.url) m.Field(out, "url", *doc.url);
  m.Field(out, "outlet",
          doc.meta.outlet ? *doc.meta.outlet + " (from " + doc.meta.outlet_basis + ")" : "unknown");
  m.Field(out, "language", doc.language);
  if (!doc.meta.bylines.empty()) m.Field(out, "bylines", Join(doc.meta.bylines));
  if (doc.meta.dateline) m.Field(out, "dateline", *doc.meta.dateline);
  if (doc.published.value)
    m.Field(out, "published", *doc.published.value + " (" + doc.published.basis + ")");
  else if (doc.meta.published) m.Field(out, "published", *doc.meta.published);
  if (!doc.events.empty()) m.Field(out, "events", Join(doc.events));
  if (doc.source_encoding != "utf-8") m.Field(out, "encoding", doc.source_encoding);
  m.Heading(out, 4, "Body");
  for (const Block& block : doc.blocks)
    if (IsBodyKind(block.kind)) m.Paragraph(out, doc.text(block.span));
  bool any_removed = false;
  for (const Block& block : doc.blocks) {
    if (IsBodyKind(block.kind)) continue;
    if (!any_removed) m.Heading(out, 4, "Removed from the body");
    any_removed = true;
    m.ListItem(out, Item(std::string(BlockKindName(block.kind)), std::string(doc.text(block.span))));
  }
  if (any_removed) m.ListEnd(out);
  if (!doc.warnings.empty()) {
    m.Heading(out, 4, "Warnings");
    for (const Warning& w : doc.warnings) m.ListItem(out, Item(w.code, w.message));
    m.ListEnd(out);
  }
  m.EndDetails(out);
}

std::string Render(const Dossier& dossier, const ReportOptions& options, const Markup& m) {
  const report::ReportContext ctx(dossier,
                                  options.framing ? *options.framing : DefaultFramingLexicon());
  const std::vector<report::ReportPart> parts = report::ReportParts(dossier);
  std::string out;
  m.Begin(out);
  m.Paragraph(out, Summary(dossier));
  if (dossier.events.empty())
    m.Note(out, "No events: the documents were not grouped, so flags and word choice cover them "
                "all.");
  for (const report::ReportPart& part : parts) m.ContentsEntry(out, part.anchor, part.title);
  m.ContentsEntry(out, "documents", "Documents as read");
  m.ListEnd(out);
  for (const report::ReportPart& part : parts) report::WritePart(out, m, ctx, part);

  m.BeginSection(out, "documents");
  m.Heading(out, 2, "Documents as read", "documents");
  for (const Document& doc : dossier.documents) WriteDocument(out, m, doc);
  if (!dossier.skipped.empty()) {
    m.Heading(out, 3, "Skipped inputs");
    for (const SkippedInput& s : dossier.skipped) m.ListItem(out, Item("skipped", s.ToString()));
    m.ListEnd(out);
  }
  m.EndSection(out);
  m.End(out);
  return out;
}

}  // namespace

std::string RenderMarkdown(const Dossier& dossier, const ReportOptions& options) {
  return Render(dossier, options, *report::MakeMarkdownMarkup());
}

std::string RenderHtml(const Dossier& dossier, const ReportOptions& options) {
  return Render(dossier, options, *report::MakeHtmlMarkup());
}

}  // namespace recoupe
