// The dossier as CSV tables for spreadsheets, R and pandas (docs/exports.md):
// RFC 4180 (comma, CRLF line ends, fields quoted when they hold a comma, a
// quote or a line break, quotes doubled), UTF-8, a header row.
//   facts    one row per reconciled fact, with its event's dates and main
//            place, in the manner of UCDP GED's one row per event
//   reports  one row per document's report of a fact (figure, source,
//            hedge, span), in the manner of MAVERICK's one row per report
#pragma once

#include <string>
#include <string_view>

#include "recoupe/dossier.h"

namespace recoupe {

enum class CsvTable { kFacts, kReports };

// "facts" or "reports"; nullopt for another name.
std::optional<CsvTable> CsvTableNamed(std::string_view name);

std::string RenderCsv(const Dossier& dossier, CsvTable table);

// `field` as one CSV field: quoted when it holds a comma, a quote, CR or LF.
std::string CsvField(std::string_view field);

}  // namespace recoupe
