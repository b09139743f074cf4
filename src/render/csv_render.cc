#include "render/csv_render.h"

#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <vector>

namespace recoupe {
namespace {

using Row = std::vector<std::string>;

// Whole numbers without a decimal point, others with six significant digits.
std::string Number(const std::optional<double>& value) {
  if (!value) return "";
  const bool whole = std::floor(*value) == *value && std::fabs(*value) < 1e15;
  char text[32];
  std::snprintf(text, sizeof text, whole ? "%.0f" : "%.6g", *value);
  return text;
}

// "day", "month" or "year" for an ISO date of 10, 7 or 4 characters.
std::string Precision(const std::optional<std::string>& date) {
  if (!date) return "";
  return date->size() >= 10 ? "day" : date->size() == 7 ? "month" : "year";
}

std::string Joined(const std::set<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : "; ") + item;
  return out;
}

void AppendRow(std::string& out, const Row& row) {
  for (size_t i = 0; i < row.size(); ++i) out += (i ? "," : "") + CsvField(row[i]);
  out += "\r\n";
}

struct Lookup {
  std::map<std::string, const Event*> events;
  std::map<std::string, const Document*> documents;
  explicit Lookup(const Dossier& dossier) {
    for (const Event& e : dossier.events) events[e.id] = &e;
    for (const Document& d : dossier.documents) documents[d.id] = &d;
  }
  const Event* EventOf(const Fact& fact) const {
    const auto it = events.find(fact.event);
    return it == events.end() ? nullptr : it->second;
  }
  const Document* DocumentOf(const std::string& id) const {
    const auto it = documents.find(id);
    return it == documents.end() ? nullptr : it->second;
  }
};

const Row kFactsHeader = {
    "fact_id", "event_id", "event_label", "date_start", "date_end", "date_precision",
    "where", "latitude", "longitude", "what", "side_class", "side_actor", "scope",
    "low", "best", "high", "status", "independent_sources", "reports", "sources",
    "documents", "outlets"};

Row FactRow(const Fact& fact, const Lookup& lookup) {
  const Event* event = lookup.EventOf(fact);
  std::set<std::string> sources, documents, outlets;
  for (const FactReport& report : fact.reports) {
    if (report.source) sources.insert(*report.source);
    documents.insert(report.document);
    if (const Document* doc = lookup.DocumentOf(report.document); doc && doc->meta.outlet)
      outlets.insert(*doc->meta.outlet);
  }
  const EventPlace* place = event && !event->where.empty() ? &event->where.front() : nullptr;
  return {fact.id, fact.event, event ? event->label : "",
          event ? event->earliest.value_or("") : "", event ? event->latest.value_or("") : "",
          event ? Precision(event->earliest) : "", place ? place->name : "",
          place ? Number(place->lat) : "", place ? Number(place->lon) : "", fact.what,
          fact.who_class, fact.who_actor.value_or(""), fact.scope.value_or(""),
          Number(fact.estimate.low), Number(fact.estimate.best), Number(fact.estimate.high),
          fact.status, std::to_string(fact.independent_sources),
          std::to_string(fact.reports.size()), Joined(sources), Joined(documents),
          Joined(outlets)};
}

const Row kReportsHeader = {
    "fact_id", "event_id", "document", "outlet", "url", "published", "what", "side_class",
    "side_actor", "low", "high", "qualifier", "source", "hedged", "witness", "begin", "end",
    "text"};

Row ReportRow(const Fact& fact, const FactReport& report, const Lookup& lookup) {
  const Document* doc = lookup.DocumentOf(report.document);
  const bool span_ok = doc && report.begin <= report.end && report.end <= doc->raw.size();
  return {fact.id, fact.event, report.document,
          doc ? doc->meta.outlet.value_or("") : "", doc ? doc->url.value_or("") : "",
          doc ? doc->published.value.value_or("") : "", fact.what, fact.who_class,
          fact.who_actor.value_or(""), Number(report.low), Number(report.high),
          report.qualifier, report.source.value_or(""), report.hedged ? "true" : "false",
          std::to_string(report.witness), std::to_string(report.begin),
          std::to_string(report.end),
          span_ok ? doc->raw.substr(report.begin, report.end - report.begin) : ""};
}

}  // namespace

std::optional<CsvTable> CsvTableNamed(std::string_view name) {
  if (name == "facts") return CsvTable::kFacts;
  if (name == "reports") return CsvTable::kReports;
  return std::nullopt;
}

std::string CsvField(std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(field);
  std::string out = "\"";
  for (const char c : field) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string RenderCsv(const Dossier& dossier, CsvTable table) {
  const Lookup lookup(dossier);
  std::string out;
  AppendRow(out, table == CsvTable::kFacts ? kFactsHeader : kReportsHeader);
  for (const Fact& fact : dossier.facts) {
    if (table == CsvTable::kFacts) {
      AppendRow(out, FactRow(fact, lookup));
      continue;
    }
    for (const FactReport& report : fact.reports) AppendRow(out, ReportRow(fact, report, lookup));
  }
  return out;
}

}  // namespace recoupe
