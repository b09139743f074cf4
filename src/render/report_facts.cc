// The facts table of an event and the formatting of report values.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

#include "render/report_sections.h"

namespace recoupe::report {
namespace {

std::string Bound(const std::optional<double>& value) {
  return value ? FormatNumber(*value) : "?";
}

std::string WitnessLetter(uint32_t witness) {
  return witness < 26 ? std::string(1, static_cast<char>('A' + witness))
                      : "W" + std::to_string(witness + 1);
}

// The documents of the facts table: the event's, then any other document
// reporting one of its facts, each once.
std::vector<std::string> FactColumns(const Dossier& dossier, const Event& event) {
  std::vector<std::string> columns = event.documents;
  for (const Fact& fact : dossier.facts) {
    if (fact.event != event.id) continue;
    for (const FactReport& report : fact.reports)
      if (std::find(columns.begin(), columns.end(), report.document) == columns.end())
        columns.push_back(report.document);
  }
  return columns;
}

Cell FactCell(const Fact& fact) {
  Cell cell{fact.what, {}, Tone::kNone, true};
  std::replace(cell.text.begin(), cell.text.end(), '_', ' ');
  cell.notes.push_back(fact.who_class + (fact.who_actor ? " · " + *fact.who_actor : ""));
  if (fact.scope && fact.scope->starts_with("R/"))  // a rate: "R/P1D" is per day
    cell.notes.push_back("per " + FormatDuration(fact.scope->substr(2)));
  else if (fact.scope)
    cell.notes.push_back("over " + FormatDuration(*fact.scope));
  cell.notes.push_back(fact.id);
  return cell;
}

// The reports of `fact` by document `id`: each value as written, its source,
// whether it is hedged and, when the fact has several reports, its witness.
Cell ReportsCell(const ReportContext& ctx, const Fact& fact, const std::string& id) {
  Cell cell;
  for (const FactReport& report : fact.reports) {
    if (report.document != id) continue;
    cell.text += (cell.text.empty() ? "" : " ; ") + FormatReportValue(report);
    const std::string raw = ctx.RawText(id, report.begin, report.end);
    if (!raw.empty()) cell.notes.push_back("«" + raw + "»");
    std::string who = report.source ? "source: " + *report.source : "no source given";
    if (report.hedged) who += " · hedged";
    if (fact.reports.size() > 1) who += " · witness " + WitnessLetter(report.witness);
    cell.notes.push_back(who);
  }
  if (cell.text.empty()) return Cell{"—", {}, Tone::kMuted, false};
  cell.strong = true;
  cell.tone = ToneOfStatus(fact.status);
  if (cell.tone == Tone::kSingle) cell.tone = Tone::kNone;
  return cell;
}

// The independent sources, and each witness several outlets relay.
Cell IndependentCell(const ReportContext& ctx, const Fact& fact) {
  Cell cell{std::to_string(fact.independent_sources), {}, Tone::kNone, true};
  std::map<uint32_t, std::vector<std::string>> relays;  // witness → documents
  for (const FactReport& report : fact.reports) {
    std::vector<std::string>& docs = relays[report.witness];
    if (std::find(docs.begin(), docs.end(), report.document) == docs.end())
      docs.push_back(report.document);
  }
  for (const auto& [witness, docs] : relays) {
    if (docs.size() < 2) continue;
    std::string names;
    for (const std::string& id : docs) names += (names.empty() ? "" : ", ") + ctx.OutletAndId(id);
    cell.notes.push_back("witness " + WitnessLetter(witness) + ": one underlying source relayed by " +
                         names);
  }
  return cell;
}

}  // namespace

std::string FormatNumber(double value) {
  if (std::abs(value) < 1e15 && value == std::floor(value)) {
    const std::string digits = std::to_string(static_cast<long long>(std::abs(value)));
    std::string grouped = value < 0 ? "-" : "";
    for (size_t i = 0; i < digits.size(); ++i) {
      if (digits.size() > 4 && i > 0 && (digits.size() - i) % 3 == 0)
        grouped += "\u202F";  // narrow no-break space
      grouped += digits[i];
    }
    return grouped;
  }
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", value);
  return buffer;
}

std::string FormatReportValue(const FactReport& report) {
  const std::optional<double>& low = report.low;
  const std::optional<double>& high = report.high;
  if (!low && !high) return "?";
  if (report.qualifier == "at_least") return "≥" + Bound(low ? low : high);
  if (report.qualifier == "more_than") return ">" + Bound(low ? low : high);
  if (report.qualifier == "up_to") return "≤" + Bound(high ? high : low);
  std::string core;
  if (!low) core = "≤" + Bound(high);
  else if (!high) core = "≥" + Bound(low);
  else if (*low != *high) core = Bound(low) + "–" + Bound(high);
  else core = Bound(low);
  if (report.qualifier == "approx") return "≈" + core;
  if (report.qualifier == "vague") return "~" + core;
  return core;
}

std::string FormatDuration(std::string_view iso) {
  if (iso.size() < 3 || iso.front() != 'P') return std::string(iso);
  static const std::map<char, std::string> kDateUnits = {
      {'Y', "year"}, {'M', "month"}, {'W', "week"}, {'D', "day"}};
  static const std::map<char, std::string> kTimeUnits = {
      {'H', "hour"}, {'M', "minute"}, {'S', "second"}};
  std::string out, number;
  bool time_part = false;
  for (const char c : iso.substr(1)) {
    if (c == 'T' && number.empty()) {
      time_part = true;
      continue;
    }
    if ((c >= '0' && c <= '9') || c == '.') {
      number += c;
      continue;
    }
    const auto& units = time_part ? kTimeUnits : kDateUnits;
    const auto unit = units.find(c);
    if (unit == units.end() || number.empty()) return std::string(iso);
    out += (out.empty() ? "" : " ") + number + " " + unit->second + (number == "1" ? "" : "s");
    number.clear();
  }
  return number.empty() && !out.empty() ? out : std::string(iso);
}

Table FactsTable(const ReportContext& ctx, const Event& event) {
  const std::vector<std::string> columns = FactColumns(ctx.dossier(), event);
  Table table{"facts", {{"Fact", {"what · who · scope"}}}, {}};
  for (const std::string& id : columns) {
    const std::string outlet = ctx.OutletOrId(id);
    table.header.push_back(outlet == id ? Cell{id} : Cell{outlet, {id}});
  }
  table.header.push_back({"Estimate", {"low / best / high"}});
  table.header.push_back({"Status"});
  table.header.push_back({"Independent sources"});
  for (const Fact& fact : ctx.dossier().facts) {
    if (fact.event != event.id) continue;
    Row row{{FactCell(fact)}, ToneOfStatus(fact.status)};
    for (const std::string& id : columns) row.cells.push_back(ReportsCell(ctx, fact, id));
    row.cells.push_back({Bound(fact.estimate.low) + " / " + Bound(fact.estimate.best) + " / " +
                         Bound(fact.estimate.high)});
    row.cells.push_back({StatusBadge(fact.status), {}, ToneOfStatus(fact.status), true});
    row.cells.push_back(IndependentCell(ctx, fact));
    table.rows.push_back(std::move(row));
  }
  return table;
}

}  // namespace recoupe::report
