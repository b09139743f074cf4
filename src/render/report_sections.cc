// One part of the report: an event (or the documents in no event) with its
// header, timeline, facts, flags, copied passages and word choice.
#include "render/report_sections.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace recoupe::report {
namespace {

constexpr size_t kMaxQuoteBytes = 700;

bool Contains(const std::vector<std::string>& ids, std::string_view id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

std::string JoinNames(const ReportContext& ctx, const std::vector<std::string>& ids) {
  std::string out;
  for (const std::string& id : ids) out += (out.empty() ? "" : ", ") + ctx.OutletAndId(id);
  return out;
}

std::string When(const Event& event) {
  if (!event.earliest && !event.latest) return "unknown";
  if (event.earliest == event.latest) return *event.earliest;
  return event.earliest.value_or("?") + " to " + event.latest.value_or("?");
}

std::string Where(const Event& event) {
  std::string out;
  for (const EventPlace& place : event.where) {
    out += (out.empty() ? "" : "; ") + place.name;
    if (place.lat && place.lon)
      out += " (" + FormatNumber(std::round(*place.lat * 100) / 100) + ", " +
             FormatNumber(std::round(*place.lon * 100) / 100) + ")";
  }
  return out.empty() ? "unknown" : out;
}

std::string Published(const PublishedDate& published) {
  if (published.value) return *published.value;
  if (!published.earliest && !published.latest) return "unknown";
  return "between " + published.earliest.value_or("?") + " and " + published.latest.value_or("?");
}

void WriteHeader(std::string& out, const Markup& m, const ReportContext& ctx, const Event& event) {
  m.Field(out, "when", When(event));
  m.Field(out, "where", Where(event));
  std::string actors;
  for (const std::string& actor : event.actors) actors += (actors.empty() ? "" : ", ") + actor;
  m.Field(out, "actors", actors.empty() ? "none named" : actors);
  Table docs{"documents", {{"Document"}, {"Outlet"}, {"Title"}, {"Published"}}, {}};
  for (const std::string& id : event.documents) {
    const Document* doc = ctx.Find(id);
    Row row{{{id}, {ctx.OutletOrId(id) == id ? "unknown" : ctx.OutletOrId(id)}}};
    row.cells.push_back({doc && doc->meta.title ? *doc->meta.title : ""});
    row.cells.push_back({doc ? Published(doc->published) : "unknown"});
    docs.rows.push_back(std::move(row));
  }
  m.WriteTable(out, docs);
}

void WriteTimeline(std::string& out, const Markup& m, const ReportContext& ctx, const Event& event) {
  m.Heading(out, 3, "Timeline");
  Table table{"timeline", {{"Date"}, {"What happened"}, {"Documents"}}, {}};
  for (const TimelineEntry& entry : ctx.dossier().timeline) {
    if (entry.event != event.id) continue;
    Cell text{entry.text};
    if (entry.hedged) text.notes.push_back("hedged in every document that states it");
    if (entry.background) text.notes.push_back("background: outside the event's dates");
    const Tone tone = entry.background ? Tone::kMuted : Tone::kNone;
    table.rows.push_back({{{entry.date, {}, tone, !entry.background},
                           Cell{text.text, text.notes, tone},
                           {JoinNames(ctx, entry.documents)}}});
  }
  if (table.rows.empty()) return m.Note(out, "No dated happening found for this event.");
  m.WriteTable(out, table);
}

void WriteFacts(std::string& out, const Markup& m, const ReportContext& ctx, const Event& event) {
  m.Heading(out, 3, "Facts");
  const Table table = FactsTable(ctx, event);
  if (table.rows.empty()) return m.Note(out, "No figure of this event was reconciled across sources.");
  m.WriteTable(out, table);
  m.Note(out,
         "✔ agree: the same value; ≈ compatible: values that can all be true; ✘ conflict: values "
         "that cannot. Reports with the same witness letter go back to one underlying source.");
}

// The flags of the part's documents: those of the dossier or, when the corpus
// stage has not gathered any, each document's own.
std::vector<DossierFlag> PartFlags(const ReportContext& ctx, const ReportPart& part) {
  std::vector<DossierFlag> flags;
  for (const DossierFlag& flag : ctx.dossier().flags)
    if (Contains(part.documents, flag.document)) flags.push_back(flag);
  if (!ctx.dossier().flags.empty()) return flags;
  for (const std::string& id : part.documents)
    if (const Document* doc = ctx.Find(id))
      for (const Flag& flag : doc->flags)
        flags.push_back({flag.kind, id, flag.begin, flag.end, flag.message, {}});
  return flags;
}

void WriteFlags(std::string& out, const Markup& m, const ReportContext& ctx, const ReportPart& part) {
  m.Heading(out, 3, "Flags");
  const std::vector<DossierFlag> flags = PartFlags(ctx, part);
  for (const DossierFlag& flag : flags) {
    std::string note = "in " + ctx.OutletAndId(flag.document);
    if (!flag.related.empty()) note += "; also involves " + JoinNames(ctx, flag.related);
    const bool between_sources = flag.kind == "cross_source_conflict";
    m.ListItem(out, {flag.kind, flag.message, ctx.RawText(flag.document, flag.begin, flag.end),
                     note, between_sources ? Tone::kConflict : Tone::kFlag});
  }
  if (!flags.empty()) m.ListEnd(out);
  else m.Note(out, "Nothing flagged.");
}

void WriteCopies(std::string& out, const Markup& m, const ReportContext& ctx, const ReportPart& part) {
  m.Heading(out, 3, "Copied passages");
  bool any = false;
  for (const Reuse& reuse : ctx.dossier().reuse) {
    if (!Contains(part.documents, reuse.a) && !Contains(part.documents, reuse.b)) continue;
    any = true;
    m.Heading(out, 4, ctx.OutletAndId(reuse.a) + " ↔ " + ctx.OutletAndId(reuse.b));
    std::string note = std::to_string(reuse.passages.size()) + " passage(s), covering " +
                       std::to_string(static_cast<int>(std::lround(reuse.score * 100))) +
                       "% of the shorter body";
    if (reuse.original) note += "; likely original: " + ctx.OutletAndId(*reuse.original);
    m.Note(out, note);
    Table table{"side-by-side", {{ctx.OutletAndId(reuse.a)}, {ctx.OutletAndId(reuse.b)}}, {}};
    for (const ReusedPassage& passage : reuse.passages)
      table.rows.push_back({{{ctx.RawText(reuse.a, passage.a.begin, passage.a.end)},
                             {ctx.RawText(reuse.b, passage.b.begin, passage.b.end)}}});
    m.WriteTable(out, table);
  }
  if (!any) m.Note(out, "No passage shared with another document.");
}

void WriteWordChoice(std::string& out, const Markup& m, const ReportContext& ctx,
                     const ReportPart& part) {
  m.Heading(out, 3, "Word choice");
  const Table table = WordChoiceTable(ctx, part.documents);
  if (table.rows.empty()) return m.Note(out, "None of the framing vocabulary occurs in these documents.");
  m.WriteTable(out, table);
  m.Note(out, "How each outlet names the same referent, counted in the article bodies.");
}

}  // namespace

ReportContext::ReportContext(const Dossier& dossier, const FramingLexicon& framing)
    : dossier_(dossier), framing_(framing) {
  for (const Document& doc : dossier.documents) by_id_.emplace(doc.id, &doc);
}

const Document* ReportContext::Find(std::string_view id) const {
  const auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : it->second;
}

std::string ReportContext::OutletOrId(std::string_view id) const {
  const Document* doc = Find(id);
  return doc && doc->meta.outlet ? *doc->meta.outlet : std::string(id);
}

std::string ReportContext::OutletAndId(std::string_view id) const {
  const Document* doc = Find(id);
  return doc && doc->meta.outlet ? *doc->meta.outlet + " (" + std::string(id) + ")"
                                 : std::string(id);
}

std::string ReportContext::RawText(std::string_view id, uint32_t begin, uint32_t end) const {
  const Document* doc = Find(id);
  if (doc == nullptr || begin >= end || end > doc->raw.size()) return {};
  size_t size = end - begin;
  const bool cut = size > kMaxQuoteBytes;
  if (cut) {
    size = kMaxQuoteBytes;
    while (size > 0 && (static_cast<unsigned char>(doc->raw[begin + size]) & 0xC0) == 0x80) --size;
  }
  std::string text = doc->raw.substr(begin, size);
  std::replace(text.begin(), text.end(), '\n', ' ');
  return cut ? text + "…" : text;
}

std::vector<ReportPart> ReportParts(const Dossier& dossier) {
  std::vector<ReportPart> parts;
  std::set<std::string, std::less<>> in_event;
  for (const Event& event : dossier.events) {
    parts.push_back({&event, event.label.empty() ? event.id : event.label, event.id, event.documents});
    in_event.insert(event.documents.begin(), event.documents.end());
  }
  ReportPart rest{nullptr, dossier.events.empty() ? "All documents" : "Documents in no event",
                  "no-event", {}};
  for (const Document& doc : dossier.documents)
    if (!in_event.contains(doc.id)) rest.documents.push_back(doc.id);
  if (!rest.documents.empty()) parts.push_back(std::move(rest));
  return parts;
}

void WritePart(std::string& out, const Markup& m, const ReportContext& ctx, const ReportPart& part) {
  m.BeginSection(out, part.event ? "event" : "no-event");
  m.Heading(out, 2, part.event ? part.event->id + " · " + part.title : part.title, part.anchor);
  if (part.event) {
    WriteHeader(out, m, ctx, *part.event);
    WriteTimeline(out, m, ctx, *part.event);
    WriteFacts(out, m, ctx, *part.event);
  }
  WriteFlags(out, m, ctx, part);
  WriteCopies(out, m, ctx, part);
  WriteWordChoice(out, m, ctx, part);
  m.EndSection(out);
}

}  // namespace recoupe::report
