#include <nlohmann/json.hpp>
#include <ostream>
#include <sstream>
#include <unordered_map>

#include "pipeline/stages.h"
#include "recoupe/pipeline.h"
#include "render/json_parts.h"
#include "render/render.h"

namespace recoupe::json {
namespace {

Json Nullable(const std::optional<std::string>& value) {
  return value ? Json(*value) : Json(nullptr);
}

Json OptionalNumber(const std::optional<double>& value) {
  return value ? Json(*value) : Json(nullptr);
}

// Every annotation starts with its span and the text it covers.
Json SpanJson(const Document& doc, uint32_t begin, uint32_t end) {
  return Json{{"begin", begin}, {"end", end}, {"text", doc.text({begin, end})}};
}

}  // namespace

Json PublishedJson(const Document& doc) {
  Json published = Json::object();
  if (doc.published.basis != "unknown") {
    const PublishedDate& p = doc.published;
    published["value"] = Nullable(p.value);
    published["earliest"] = Nullable(p.earliest);
    published["latest"] = Nullable(p.latest);
    published["basis"] = p.basis;
    published["evidence"] = p.evidence;
  } else if (doc.meta.published && doc.meta.published->size() >= 10) {
    const std::string day = doc.meta.published->substr(0, 10);
    published["value"] = day;
    published["earliest"] = day;
    published["latest"] = day;
    published["basis"] = "stated";
    published["evidence"] = Json::array({*doc.meta.published});
  } else {
    published["value"] = nullptr;
    published["earliest"] = nullptr;
    published["latest"] = nullptr;
    published["basis"] = "unknown";
    published["evidence"] = Json::array();
  }
  return published;
}

Json EntitiesJson(const Document& doc) {
  Json out = Json::array();
  for (const EntityMention& e : doc.entities) {
    Json j = SpanJson(doc, e.begin, e.end);
    j["type"] = e.type;
    j["name"] = e.name;
    if (e.kb_id) j["kb_id"] = *e.kb_id;
    if (e.wikidata) j["wikidata"] = *e.wikidata;
    if (e.lat && e.lon) j["lat"] = *e.lat, j["lon"] = *e.lon;
    if (e.country) j["country"] = *e.country;
    out.push_back(std::move(j));
  }
  return out;
}

Json DatesJson(const Document& doc) {
  Json out = Json::array();
  for (const DateMention& d : doc.dates) {
    Json j = SpanJson(doc, d.begin, d.end);
    j["value"] = d.value.empty() ? Json(nullptr) : Json(d.value);
    j["kind"] = d.kind;
    if (d.time) j["time"] = *d.time;
    if (d.duration) j["duration"] = *d.duration;
    j["anchor"] = d.anchor;
    if (d.approximate) j["approximate"] = true;
    j["hedged"] = d.hedged;
    out.push_back(std::move(j));
  }
  return out;
}

Json FiguresJson(const Document& doc) {
  Json out = Json::array();
  for (const Figure& f : doc.figures) {
    Json j = SpanJson(doc, f.begin, f.end);
    j["low"] = OptionalNumber(f.low);
    j["high"] = OptionalNumber(f.high);
    j["qualifier"] = f.qualifier;
    j["what"] = f.what;
    j["who"] = {{"class", f.who_class}, {"actor", Nullable(f.who_actor)},
                {"actor_inferred", f.actor_inferred}};
    j["source"] = Nullable(f.source);
    j["hedged"] = f.hedged;
    out.push_back(std::move(j));
  }
  return out;
}

Json ClaimsJson(const Document& doc) {
  Json out = Json::array();
  for (const Claim& c : doc.claims) {
    Json j = SpanJson(doc, c.begin, c.end);
    j["source"] = Nullable(c.source);
    if (c.source_begin && c.source_end)
      j["source_span"] = {{"begin", *c.source_begin}, {"end", *c.source_end}};
    j["cue"] = c.cue;
    j["hedged"] = c.hedged;
    j["hedge_cues"] = c.hedge_cues;
    j["quote"] = c.quote;
    out.push_back(std::move(j));
  }
  return out;
}

Json WordChoiceJson(const Document& doc) {
  Json out = Json::array();
  for (const WordChoice& w : doc.word_choice) {
    Json j = SpanJson(doc, w.begin, w.end);
    j["referent"] = w.referent;
    j["description"] = w.description;
    j["variant"] = w.variant;
    out.push_back(std::move(j));
  }
  return out;
}

Json WarningsJson(const Document& doc) {
  Json warnings = Json::array();
  for (const Warning& w : doc.warnings)
    warnings.push_back({{"code", w.code}, {"message", w.message}});
  return warnings;
}

Json OutletJson(const Document& doc) {
  if (!doc.meta.outlet) return nullptr;
  return {{"name", *doc.meta.outlet}, {"basis", doc.meta.outlet_basis}};
}

Json DocumentJson(const Document& doc) {
  Json out;
  out["id"] = doc.id;
  out["path"] = doc.path;
  out["line"] = doc.line ? Json(*doc.line) : Json(nullptr);
  out["url"] = Nullable(doc.url);
  out["format"] = doc.kind == InputKind::kHtml ? "html" : "text";
  out["source_encoding"] = doc.source_encoding;
  out["language"] = doc.language;
  out["outlet"] = OutletJson(doc);
  out["title"] = Nullable(doc.meta.title);
  out["bylines"] = doc.meta.bylines;
  out["dateline"] = Nullable(doc.meta.dateline);
  out["published"] = PublishedJson(doc);
  out["body"] = BodyText(doc);
  Json removed = Json::array();
  for (const Block& block : doc.blocks) {
    if (IsBodyKind(block.kind)) continue;
    removed.push_back({{"begin", block.span.begin},
                       {"end", block.span.end},
                       {"kind", BlockKindName(block.kind)},
                       {"text", doc.text(block.span)},
                       {"reason", block.reason}});
  }
  out["removed"] = std::move(removed);
  out["sentences"] = doc.sentences.size();
  out["tokens"] = std::max<size_t>(doc.tokens.size(), doc.token_count);
  out["events"] = doc.events;
  out["entities"] = EntitiesJson(doc);
  out["dates"] = DatesJson(doc);
  out["figures"] = FiguresJson(doc);
  out["claims"] = ClaimsJson(doc);
  out["word_choice"] = WordChoiceJson(doc);
  out["warnings"] = WarningsJson(doc);
  return out;
}

namespace {

// The text of a span of the document called `id`, "" when unknown.
std::string_view SpanText(const DocumentsById& by_id, const std::string& id, uint32_t begin,
                          uint32_t end) {
  auto it = by_id.find(id);
  if (it == by_id.end() || end > it->second->raw.size() || begin > end) return {};
  return it->second->text({begin, end});
}

}  // namespace

Json EventJson(const Event& e) {
  Json where = Json::array();
  for (const EventPlace& p : e.where)
    where.push_back({{"name", p.name}, {"lat", OptionalNumber(p.lat)},
                     {"lon", OptionalNumber(p.lon)}, {"mentions", p.mentions}});
  return {{"id", e.id},
          {"label", e.label},
          {"when", {{"earliest", Nullable(e.earliest)}, {"latest", Nullable(e.latest)}}},
          {"where", std::move(where)},
          {"actors", e.actors},
          {"documents", e.documents}};
}

Json FactJson(const Fact& f, const DocumentsById& by_id) {
    Json reports = Json::array();
    for (const FactReport& r : f.reports)
      reports.push_back({{"document", r.document},
                         {"begin", r.begin},
                         {"end", r.end},
                         {"text", SpanText(by_id, r.document, r.begin, r.end)},
                         {"low", OptionalNumber(r.low)},
                         {"high", OptionalNumber(r.high)},
                         {"qualifier", r.qualifier},
                         {"source", Nullable(r.source)},
                         {"hedged", r.hedged},
                         {"witness", r.witness}});
  return {{"id", f.id},
          {"event", f.event},
          {"what", f.what},
          {"who", {{"class", f.who_class}, {"actor", Nullable(f.who_actor)}}},
          {"scope", Nullable(f.scope)},
          {"reports", std::move(reports)},
          {"estimate",
           {{"low", OptionalNumber(f.estimate.low)},
            {"best", OptionalNumber(f.estimate.best)},
            {"high", OptionalNumber(f.estimate.high)}}},
          {"status", f.status},
          {"independent_sources", f.independent_sources}};
}

Json FlagJson(const DossierFlag& f, const DocumentsById& by_id) {
  return {{"kind", f.kind},
          {"document", f.document},
          {"begin", f.begin},
          {"end", f.end},
          {"text", SpanText(by_id, f.document, f.begin, f.end)},
          {"message", f.message},
          {"related", f.related}};
}

Json ReuseJson(const Reuse& r, const DocumentsById& by_id) {
  Json passages = Json::array();
  for (const ReusedPassage& p : r.passages)
    passages.push_back({{"a", {p.a.begin, p.a.end}},
                        {"b", {p.b.begin, p.b.end}},
                        {"text_a", SpanText(by_id, r.a, p.a.begin, p.a.end)},
                        {"text_b", SpanText(by_id, r.b, p.b.begin, p.b.end)}});
  return {{"documents", {r.a, r.b}},
          {"passages", std::move(passages)},
          {"score", r.score},
          {"original", Nullable(r.original)}};
}

Json TimelineEntryJson(const TimelineEntry& t) {
  Json mentions = Json::array();
  for (const DocumentSpan& m : t.mentions)
    mentions.push_back({{"document", m.document}, {"begin", m.begin}, {"end", m.end}});
  return {{"date", t.date},
          {"event", t.event},
          {"text", t.text},
          {"documents", t.documents},
          {"mentions", std::move(mentions)},
          {"hedged", t.hedged},
          {"background", t.background}};
}

DocumentsById IndexDocuments(const std::vector<Document>& documents) {
  DocumentsById by_id;
  for (const Document& doc : documents) by_id.emplace(doc.id, &doc);
  return by_id;
}

namespace {

// The corpus stage's flags; without it, the per-document flags gathered.
Json FlagsJson(const Dossier& dossier, const DocumentsById& by_id) {
  Json out = Json::array();
  if (!dossier.flags.empty()) {
    for (const DossierFlag& f : dossier.flags) out.push_back(FlagJson(f, by_id));
    return out;
  }
  for (const Document& doc : dossier.documents)
    for (const Flag& f : doc.flags)
      out.push_back(FlagJson({f.kind, doc.id, f.begin, f.end, f.message, {}}, by_id));
  return out;
}

// Each item of `items` rendered by `item_json`, as one array.
template <typename Items, typename ItemJson>
Json ArrayOf(const Items& items, ItemJson item_json) {
  Json out = Json::array();
  for (const auto& item : items) out.push_back(item_json(item));
  return out;
}

// Writes `value` pretty-printed, its inner lines shifted right by `indent`
// so it nests at that depth of the top-level object.
void WriteNested(std::ostream& out, const Json& value, std::string_view indent) {
  // Invalid UTF-8 cannot reach here (ingest guarantees it), but never abort on it.
  const std::string text = value.dump(2, ' ', false, Json::error_handler_t::replace);
  size_t start = 0;
  while (true) {
    const size_t newline = text.find('\n', start);
    const size_t end = newline == std::string::npos ? text.size() : newline;
    out.write(text.data() + start, static_cast<std::streamsize>(end - start));
    if (newline == std::string::npos) break;
    out << '\n' << indent;
    start = newline + 1;
  }
}

void WriteMember(std::ostream& out, const char* name, const Json& value, bool last = false) {
  out << "  \"" << name << "\": ";
  WriteNested(out, value, "  ");
  out << (last ? "\n" : ",\n");
}

}  // namespace
}  // namespace recoupe::json

namespace recoupe {

void WriteJson(const Dossier& dossier, std::ostream& out) {
  using namespace json;
  // The schema's $id (docs/dossier.schema.json), so validators find it.
  out << "{\n  \"$schema\": \"https://recoupe.invalid/schema/dossier-1.json\",\n";
  out << "  \"recoupe_version\": " << Json(Version()).dump() << ",\n";
  out << "  \"schema_version\": 1,\n";
  // Documents are written one at a time, so memory holds one document's JSON,
  // never the whole dossier's.
  out << "  \"documents\": [";
  for (size_t i = 0; i < dossier.documents.size(); ++i) {
    out << (i == 0 ? "\n    " : ",\n    ");
    WriteNested(out, DocumentJson(dossier.documents[i]), "    ");
  }
  out << (dossier.documents.empty() ? "],\n" : "\n  ],\n");
  const DocumentsById by_id = IndexDocuments(dossier.documents);
  WriteMember(out, "events", ArrayOf(dossier.events, EventJson));
  WriteMember(out, "facts",
              ArrayOf(dossier.facts, [&](const Fact& f) { return FactJson(f, by_id); }));
  WriteMember(out, "flags", FlagsJson(dossier, by_id));
  WriteMember(out, "reuse",
              ArrayOf(dossier.reuse, [&](const Reuse& r) { return ReuseJson(r, by_id); }));
  WriteMember(out, "timeline", ArrayOf(dossier.timeline, TimelineEntryJson));
  Json skipped = Json::array();
  for (const SkippedInput& s : dossier.skipped)
    skipped.push_back({{"path", s.path},
                       {"line", s.line ? Json(*s.line) : Json(nullptr)},
                       {"id", s.id.empty() ? Json(nullptr) : Json(s.id)},
                       {"message", s.message}});
  WriteMember(out, "skipped", skipped, /*last=*/true);
  out << "}\n";
}

std::string RenderJson(const Dossier& dossier) {
  std::ostringstream out;
  WriteJson(dossier, out);
  return std::move(out).str();
}

}  // namespace recoupe
