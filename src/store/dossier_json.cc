#include "store/dossier_json.h"

#include <limits>

#include "store/json_read.h"

namespace recoupe::store {

using json::Json;

namespace {

constexpr size_t kNoLimit = std::numeric_limits<uint32_t>::max();

// Runs `read` and turns a JsonReadError into an error naming `what`.
template <typename T, typename Read>
Result<T> Guarded(const char* what, Read read) {
  try {
    return read();
  } catch (const JsonReadError& e) {
    return Status::Error(std::string("stored ") + what + ": " + e.what());
  }
}

}  // namespace

Result<Event> ReadEvent(const Json& json) {
  return Guarded<Event>("event", [&] {
    const JsonReader in(json, "event");
    Event e;
    e.id = in.String("id");
    e.label = in.String("label");
    const JsonReader when(in.Member("when"), "when");
    e.earliest = when.OptionalString("earliest");
    e.latest = when.OptionalString("latest");
    for (const Json& item : in.Array("where")) {
      const JsonReader p(item, "where");
      e.where.push_back({p.String("name"), p.OptionalNumber("lat"), p.OptionalNumber("lon"),
                         p.Uint("mentions")});
    }
    e.actors = in.Strings("actors");
    e.documents = in.Strings("documents");
    return e;
  });
}

Result<Fact> ReadFact(const Json& json) {
  return Guarded<Fact>("fact", [&] {
    const JsonReader in(json, "fact");
    Fact f;
    f.id = in.String("id");
    f.event = in.String("event");
    f.what = in.String("what");
    const JsonReader who(in.Member("who"), "who");
    f.who_class = who.String("class");
    f.who_actor = who.OptionalString("actor");
    f.scope = in.OptionalString("scope");
    for (const Json& item : in.Array("reports")) {
      const JsonReader r(item, "report");
      FactReport report;
      report.document = r.String("document");
      std::tie(report.begin, report.end) = r.Span(kNoLimit);
      report.low = r.OptionalNumber("low");
      report.high = r.OptionalNumber("high");
      report.qualifier = r.String("qualifier");
      report.source = r.OptionalString("source");
      report.hedged = r.Bool("hedged");
      report.witness = r.Uint("witness");
      f.reports.push_back(std::move(report));
    }
    const JsonReader estimate(in.Member("estimate"), "estimate");
    f.estimate = {estimate.OptionalNumber("low"), estimate.OptionalNumber("best"),
                  estimate.OptionalNumber("high")};
    f.status = in.String("status");
    f.independent_sources = in.Uint("independent_sources");
    return f;
  });
}

Result<DossierFlag> ReadFlag(const Json& json) {
  return Guarded<DossierFlag>("flag", [&] {
    const JsonReader in(json, "flag");
    DossierFlag f;
    f.kind = in.String("kind");
    f.document = in.String("document");
    std::tie(f.begin, f.end) = in.Span(kNoLimit);
    f.message = in.String("message");
    f.related = in.Strings("related");
    return f;
  });
}

Result<Reuse> ReadReuse(const Json& json) {
  return Guarded<Reuse>("reuse", [&] {
    const JsonReader in(json, "reuse");
    Reuse r;
    const std::vector<std::string> documents = in.Strings("documents");
    if (documents.size() != 2) throw JsonReadError("reuse.documents: expected two ids");
    r.a = documents[0];
    r.b = documents[1];
    for (const Json& item : in.Array("passages")) {
      const JsonReader p(item, "passage");
      r.passages.push_back({JsonTuple(p.Member("a"), 2, "passage.a").SpanAt(0, kNoLimit),
                            JsonTuple(p.Member("b"), 2, "passage.b").SpanAt(0, kNoLimit)});
    }
    r.score = in.Number("score");
    r.original = in.OptionalString("original");
    return r;
  });
}

Result<TimelineEntry> ReadTimelineEntry(const Json& json) {
  return Guarded<TimelineEntry>("timeline entry", [&] {
    const JsonReader in(json, "timeline entry");
    TimelineEntry t;
    t.date = in.String("date");
    t.event = in.String("event");
    t.text = in.String("text");
    t.documents = in.Strings("documents");
    for (const Json& item : in.Array("mentions")) {
      const JsonReader m(item, "mention");
      DocumentSpan span;
      span.document = m.String("document");
      std::tie(span.begin, span.end) = m.Span(kNoLimit);
      t.mentions.push_back(std::move(span));
    }
    t.hedged = in.Bool("hedged");
    t.background = in.Bool("background");
    return t;
  });
}

}  // namespace recoupe::store
