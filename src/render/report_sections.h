// The sections of the human report (docs/report.md), written with a Markup.
// Internal to src/render: RenderMarkdown and RenderHtml (render.h) are the
// entry points.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "recoupe/dossier.h"
#include "framing/framing.h"
#include "render/report_markup.h"

namespace recoupe::report {

// What every section reads: the dossier, the word-choice lexicon, and the
// documents by id.
class ReportContext {
 public:
  ReportContext(const Dossier& dossier, const FramingLexicon& framing);

  const Dossier& dossier() const { return dossier_; }
  const FramingLexicon& framing() const { return framing_; }
  // The document with this id, or nullptr.
  const Document* Find(std::string_view id) const;
  // The outlet's name, or the id when the outlet is unknown.
  std::string OutletOrId(std::string_view id) const;
  // "outlet (id)", or the id alone when the outlet is unknown.
  std::string OutletAndId(std::string_view id) const;
  // The raw text of [begin, end) in document `id`; empty when the document
  // is unknown or the span falls outside its text. Long spans are cut at a
  // character boundary and end with "…".
  std::string RawText(std::string_view id, uint32_t begin, uint32_t end) const;

 private:
  const Dossier& dossier_;
  const FramingLexicon& framing_;
  std::map<std::string, const Document*, std::less<>> by_id_;
};

// The documents one part of the report is about: an event, or the documents
// in no event. Every list of the part (flags, copied passages, word choice)
// is restricted to these documents.
struct ReportPart {
  const Event* event = nullptr;  // null for the documents in no event
  std::string title;
  std::string anchor;
  std::vector<std::string> documents;
};

// The events of the dossier, then (when some documents belong to none) one
// part for those.
std::vector<ReportPart> ReportParts(const Dossier& dossier);

// Header, timeline, facts, flags, copied passages and word choice of a part.
void WritePart(std::string& out, const Markup& m, const ReportContext& ctx, const ReportPart& part);

// The facts table: one row per fact of `event`, one column per document
// that is in the event or reports one of its facts.
Table FactsTable(const ReportContext& ctx, const Event& event);

// Word choice: one row per referent named in these documents, one column
// per outlet (documents without a known outlet stand alone).
Table WordChoiceTable(const ReportContext& ctx, const std::vector<std::string>& documents);

// "≈190", ">40", "≥300", "≤5", "20–25", "400"; "?" when no bound is known.
std::string FormatReportValue(const FactReport& report);
// "1 day", "24 hours", "3 weeks" from an ISO 8601 duration; the input when
// it does not parse.
std::string FormatDuration(std::string_view iso);
// A count without a trailing ".0"; groups of three digits from 10 000 up.
std::string FormatNumber(double value);

}  // namespace recoupe::report
