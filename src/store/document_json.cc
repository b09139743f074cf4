#include "store/document_json.h"

#include "recoupe/pipeline.h"
#include "store/json_read.h"

namespace recoupe::store {

using json::Json;

Json LayersJson(const Document& doc) {
  Json blocks = Json::array();
  for (const Block& b : doc.blocks)
    blocks.push_back({b.span.begin, b.span.end, BlockKindName(b.kind), b.reason,
                      b.html_offset ? Json(*b.html_offset) : Json(nullptr)});
  Json sentences = Json::array();
  for (const Sentence& s : doc.sentences)
    sentences.push_back({s.span.begin, s.span.end, s.first_token, s.end_token, s.block});
  Json relative = Json::array();
  for (const DateMention& d : doc.dates) relative.push_back(d.relative);
  Json flags = Json::array();
  for (const Flag& f : doc.flags) flags.push_back({f.kind, f.begin, f.end, f.message});
  return {{"blocks", std::move(blocks)},
          {"sentences", std::move(sentences)},
          {"date_recipes", std::move(relative)},
          {"flags", std::move(flags)},
          {"stated_published", OptionalString(doc.meta.published)},
          {"stated_language", OptionalString(doc.meta.language)}};
}

namespace {

// Reads the members of one JSON object; each throws JsonReadError with the
// member's name when it is missing or of the wrong type.
void ReadMetadata(const JsonReader& in, Document& doc) {
  doc.id = in.String("id");
  doc.path = in.String("path");
  doc.line = in.OptionalUint("line");
  doc.url = in.OptionalString("url");
  doc.kind = in.String("format") == "html" ? InputKind::kHtml : InputKind::kText;
  doc.source_encoding = in.String("source_encoding");
  doc.language = in.String("language");
  if (const Json& outlet = in.Member("outlet"); !outlet.is_null()) {
    const JsonReader o(outlet, "outlet");
    doc.meta.outlet = o.String("name");
    doc.meta.outlet_basis = o.String("basis");
  }
  doc.meta.title = in.OptionalString("title");
  doc.meta.bylines = in.Strings("bylines");
  doc.meta.dateline = in.OptionalString("dateline");
  const JsonReader p(in.Member("published"), "published");
  doc.published.value = p.OptionalString("value");
  doc.published.earliest = p.OptionalString("earliest");
  doc.published.latest = p.OptionalString("latest");
  doc.published.basis = p.String("basis");
  doc.published.evidence = p.Strings("evidence");
  doc.token_count = in.Uint("tokens");
  doc.events = in.Strings("events");
  for (const Json& w : in.Array("warnings")) {
    const JsonReader r(w, "warning");
    doc.warnings.push_back({r.String("code"), r.String("message")});
  }
}

void ReadEntities(const JsonReader& in, Document& doc) {
  for (const Json& item : in.Array("entities")) {
    const JsonReader e(item, "entity");
    EntityMention m;
    std::tie(m.begin, m.end) = e.Span(doc.raw.size());
    m.type = e.String("type");
    m.name = e.String("name");
    m.kb_id = e.OptionalString("kb_id");
    m.wikidata = e.OptionalString("wikidata");
    m.lat = e.OptionalNumber("lat");
    m.lon = e.OptionalNumber("lon");
    m.country = e.OptionalString("country");
    doc.entities.push_back(std::move(m));
  }
}

void ReadDates(const JsonReader& in, const Json& recipes, Document& doc) {
  const Json& dates = in.Array("dates");
  if (!recipes.is_array() || recipes.size() != dates.size())
    throw JsonReadError("layers: one date recipe per date expected");
  for (size_t i = 0; i < dates.size(); ++i) {
    const JsonReader d(dates[i], "date");
    DateMention m;
    std::tie(m.begin, m.end) = d.Span(doc.raw.size());
    m.value = d.OptionalString("value").value_or("");
    m.kind = d.String("kind");
    m.time = d.OptionalString("time");
    m.duration = d.OptionalString("duration");
    m.anchor = d.String("anchor");
    m.approximate = d.OptionalBool("approximate").value_or(false);
    m.hedged = d.Bool("hedged");
    m.relative = recipes[i].is_string() ? recipes[i].get<std::string>() : "";
    doc.dates.push_back(std::move(m));
  }
}

void ReadFigures(const JsonReader& in, Document& doc) {
  for (const Json& item : in.Array("figures")) {
    const JsonReader f(item, "figure");
    Figure m;
    std::tie(m.begin, m.end) = f.Span(doc.raw.size());
    m.low = f.OptionalNumber("low");
    m.high = f.OptionalNumber("high");
    m.qualifier = f.String("qualifier");
    m.what = f.String("what");
    const JsonReader who(f.Member("who"), "who");
    m.who_class = who.String("class");
    m.who_actor = who.OptionalString("actor");
    m.actor_inferred = who.Bool("actor_inferred");
    m.source = f.OptionalString("source");
    m.hedged = f.Bool("hedged");
    doc.figures.push_back(std::move(m));
  }
}

void ReadClaims(const JsonReader& in, Document& doc) {
  for (const Json& item : in.Array("claims")) {
    const JsonReader c(item, "claim");
    Claim m;
    std::tie(m.begin, m.end) = c.Span(doc.raw.size());
    m.source = c.OptionalString("source");
    if (c.Has("source_span")) {
      const JsonReader s(c.Member("source_span"), "source_span");
      std::tie(m.source_begin, m.source_end) = s.Span(doc.raw.size());
    }
    m.cue = c.String("cue");
    m.hedged = c.Bool("hedged");
    m.hedge_cues = c.Strings("hedge_cues");
    m.quote = c.Bool("quote");
    doc.claims.push_back(std::move(m));
  }
}

// Absent in stores written before the word-choice stage: read as none.
void ReadWordChoice(const JsonReader& in, const Json& document, Document& doc) {
  if (!document.contains("word_choice")) return;
  for (const Json& item : in.Array("word_choice")) {
    const JsonReader w(item, "word_choice");
    WordChoice choice;
    std::tie(choice.begin, choice.end) = w.Span(doc.raw.size());
    choice.referent = w.String("referent");
    choice.description = w.String("description");
    choice.variant = w.String("variant");
    doc.word_choice.push_back(std::move(choice));
  }
}

void ReadLayers(const JsonReader& layers, Document& doc) {
  for (const Json& item : layers.Array("blocks")) {
    const JsonTuple b(item, 5, "block");
    Block block;
    block.span = b.SpanAt(0, doc.raw.size());
    const auto kind = BlockKindFromName(b.StringAt(2));
    if (!kind) throw JsonReadError("block: unknown kind '" + b.StringAt(2) + "'");
    block.kind = *kind;
    block.reason = b.StringAt(3);
    if (!item[4].is_null()) block.html_offset = b.UintAt(4);
    doc.blocks.push_back(std::move(block));
  }
  for (const Json& item : layers.Array("sentences")) {
    const JsonTuple s(item, 5, "sentence");
    doc.sentences.push_back({s.SpanAt(0, doc.raw.size()), s.UintAt(2), s.UintAt(3), s.UintAt(4)});
  }
  for (const Json& item : layers.Array("flags")) {
    const JsonTuple f(item, 4, "flag");
    const Span span = f.SpanAt(1, doc.raw.size());
    doc.flags.push_back({f.StringAt(0), span.begin, span.end, f.StringAt(3)});
  }
  doc.meta.published = layers.OptionalString("stated_published");
  doc.meta.language = layers.OptionalString("stated_language");
}

}  // namespace

namespace {

bool SamePublished(const PublishedDate& a, const PublishedDate& b) {
  return a.value == b.value && a.earliest == b.earliest && a.latest == b.latest &&
         a.basis == b.basis && a.evidence == b.evidence;
}

bool SameDateValues(const std::vector<DateMention>& a, const std::vector<DateMention>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (a[i].value != b[i].value || a[i].anchor != b[i].anchor) return false;
  return true;
}

bool SameWarnings(const std::vector<Warning>& a, const std::vector<Warning>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (a[i].code != b[i].code || a[i].message != b[i].message) return false;
  return true;
}

}  // namespace

Json CorpusOverlay(const Document& before, const Document& after) {
  Json overlay = {{"events", after.events}};
  if (before.meta.outlet != after.meta.outlet ||
      before.meta.outlet_basis != after.meta.outlet_basis)
    overlay["outlet"] = json::OutletJson(after);
  if (!SamePublished(before.published, after.published))
    overlay["published"] = json::PublishedJson(after);
  if (!SameDateValues(before.dates, after.dates)) overlay["dates"] = json::DatesJson(after);
  if (!SameWarnings(before.warnings, after.warnings))
    overlay["warnings"] = json::WarningsJson(after);
  return overlay;
}

void ApplyOverlay(Json& annotations, const Json& overlay) {
  if (!annotations.is_object() || !overlay.is_object()) return;
  for (const auto& [key, value] : overlay.items())
    if (annotations.contains(key)) annotations[key] = value;
}

Result<Document> ReadDocument(const Json& document, const Json& layers, std::string raw) {
  Document doc;
  doc.raw = std::move(raw);
  try {
    const JsonReader in(document, "document");
    ReadMetadata(in, doc);
    const JsonReader layer_reader(layers, "layers");
    ReadLayers(layer_reader, doc);
    ReadEntities(in, doc);
    ReadDates(in, layer_reader.Member("date_recipes"), doc);
    ReadFigures(in, doc);
    ReadClaims(in, doc);
    ReadWordChoice(in, document, doc);
  } catch (const JsonReadError& e) {
    return Status::Error("stored document '" + doc.id + "': " + e.what());
  }
  if (Status s = CheckInvariants(doc); !s.ok())
    return Status::Error("stored document '" + doc.id + "': " + s.message());
  return doc;
}

}  // namespace recoupe::store
