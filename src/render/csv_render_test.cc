#include "render/csv_render.h"

#include <gtest/gtest.h>

namespace recoupe {
namespace {

Dossier OneFactTwoReports() {
  Dossier d;
  Document a;
  a.id = "a";
  a.raw = "Selon l'ONG, \"au moins 12\" civils, dont 3 enfants, ont été tués.";
  a.meta.outlet = "Courrier, du Levant";
  a.url = "https://example.org/a";
  a.published.value = "2016-03-27";
  Document b;
  b.id = "b";
  b.raw = "Officials said 15 civilians were killed.";
  d.documents = {a, b};
  Event event;
  event.id = "ev-1";
  event.label = "Palmyra, March 2016";
  event.earliest = "2016-03-27";
  event.latest = "2016-03";
  event.where = {{"Palmyra", 34.56, 38.2667, 4}};
  d.events = {event};
  Fact fact;
  fact.id = "f-1";
  fact.event = "ev-1";
  fact.what = "killed";
  fact.who_class = "civilians";
  fact.estimate = {12, 13.5, 15};
  fact.status = "conflict";
  fact.independent_sources = 2;
  FactReport first{"a", 13, 26, 12, std::nullopt, "at_least", "ONG", true, 0};
  FactReport second{"b", 15, 17, 15, 15, "exact", std::nullopt, false, 1};
  fact.reports = {first, second};
  d.facts = {fact};
  return d;
}

TEST(Csv, FieldsAreQuotedOnlyWhenTheyMustBe) {
  EXPECT_EQ(CsvField("Palmyra"), "Palmyra");
  EXPECT_EQ(CsvField("Courrier, du Levant"), "\"Courrier, du Levant\"");
  EXPECT_EQ(CsvField("\"au moins 12\""), "\"\"\"au moins 12\"\"\"");
  EXPECT_EQ(CsvField("deux\nlignes"), "\"deux\nlignes\"");
  EXPECT_EQ(CsvField(""), "");
}

TEST(Csv, FactsTableHasOneRowPerFactWithItsEventAndPlace) {
  const std::string csv = RenderCsv(OneFactTwoReports(), CsvTable::kFacts);
  const size_t header_end = csv.find("\r\n");
  EXPECT_EQ(csv.substr(0, 41), "fact_id,event_id,event_label,date_start,d");
  EXPECT_EQ(csv.substr(header_end + 2),
            "f-1,ev-1,\"Palmyra, March 2016\",2016-03-27,2016-03,day,Palmyra,34.56,38.2667,"
            "killed,civilians,,,12,13.5,15,conflict,2,2,ONG,a; b,\"Courrier, du Levant\"\r\n");
}

TEST(Csv, ReportsTableQuotesEachDocumentsOwnWords) {
  const std::string csv = RenderCsv(OneFactTwoReports(), CsvTable::kReports);
  EXPECT_NE(csv.find("f-1,ev-1,a,\"Courrier, du Levant\",https://example.org/a,2016-03-27,killed,"
                     "civilians,,12,,at_least,ONG,true,0,13,26,\"\"\"au moins 12\"\"\"\r\n"),
            std::string::npos)
      << csv;
  EXPECT_NE(csv.find("f-1,ev-1,b,,,,killed,civilians,,15,15,exact,,false,1,15,17,15\r\n"),
            std::string::npos)
      << csv;
}

TEST(Csv, TablesAreNamed) {
  EXPECT_EQ(CsvTableNamed("facts"), CsvTable::kFacts);
  EXPECT_EQ(CsvTableNamed("reports"), CsvTable::kReports);
  EXPECT_FALSE(CsvTableNamed("events").has_value());
}

}  // namespace
}  // namespace recoupe
