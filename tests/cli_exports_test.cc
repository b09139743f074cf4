// `recoupe analyze --format csv` on the examples: the tables parse as RFC
// 4180 and hold the same facts and reports as the JSON dossier.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "test_support.h"

namespace recoupe {
namespace {

using recoupe::testing::RunCommand;
using Records = std::vector<std::vector<std::string>>;

// A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes.
Records ParseCsv(const std::string& text) {
  Records records(1, std::vector<std::string>(1));
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    std::string& field = records.back().back();
    if (quoted) {
      if (c != '"') field += c;
      else if (i + 1 < text.size() && text[i + 1] == '"') field += text[++i];
      else quoted = false;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      records.back().emplace_back();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      ++i;
      records.emplace_back(1);
    } else {
      field += c;
    }
  }
  if (records.back() == std::vector<std::string>(1)) records.pop_back();
  return records;
}

std::string Analyze(const std::string& flags) {
  const auto result = RunCommand(std::string(RECOUPE_BINARY) + " analyze " RECOUPE_SOURCE_DIR
                                 "/examples -q " + flags + " 2>/dev/null");
  EXPECT_EQ(result.exit_code, 0) << flags;
  return result.out;
}

TEST(CliExports, CsvTablesHoldTheDossiersFactsAndReports) {
  const auto dossier = nlohmann::json::parse(Analyze(""));
  size_t reports = 0;
  for (const auto& fact : dossier["facts"]) reports += fact["reports"].size();
  ASSERT_GT(dossier["facts"].size(), 0u);

  const Records facts = ParseCsv(Analyze("--format csv"));
  ASSERT_EQ(facts.size(), dossier["facts"].size() + 1);
  EXPECT_EQ(facts[0][0], "fact_id");
  for (const auto& row : facts) EXPECT_EQ(row.size(), facts[0].size());
  EXPECT_EQ(facts[1][0], dossier["facts"][0]["id"]);

  const Records rows = ParseCsv(Analyze("--format csv --table reports"));
  ASSERT_EQ(rows.size(), reports + 1);
  const size_t text_column = rows[0].size() - 1;
  EXPECT_EQ(rows[0][text_column], "text");
  for (size_t i = 1; i < rows.size(); ++i) {
    EXPECT_EQ(rows[i].size(), rows[0].size());
    EXPECT_FALSE(rows[i][text_column].empty()) << "report " << i << " quotes no words";
  }
}

TEST(CliExports, ClaimReviewCoversEveryConflictingReportAndCheckableFlag) {
  const auto dossier = nlohmann::json::parse(Analyze(""));
  size_t expected = 0;
  for (const auto& fact : dossier["facts"])
    if (fact["status"] == "conflict") expected += fact["reports"].size();
  for (const auto& flag : dossier["flags"])
    if (flag["kind"] != "copied_text") ++expected;
  ASSERT_GT(expected, 0u);
  const auto reviews = nlohmann::json::parse(Analyze("--format claimreview"));
  EXPECT_EQ(reviews["@context"]["@vocab"], "https://schema.org/");
  ASSERT_EQ(reviews["@graph"].size(), expected);
  for (const auto& review : reviews["@graph"]) {
    EXPECT_EQ(review["@type"], "ClaimReview");
    EXPECT_TRUE(review["claimReviewed"].is_string());
    EXPECT_EQ(review["itemReviewed"]["@type"], "Claim");
    EXPECT_EQ(review["itemReviewed"]["appearance"]["@type"], "NewsArticle");
    EXPECT_TRUE(review["reviewRating"]["alternateName"].is_string());
  }
}

TEST(CliExports, AnUnknownTableIsAUsageError) {
  EXPECT_EQ(RunCommand(std::string(RECOUPE_BINARY) +
                       " analyze --format csv --table events " RECOUPE_SOURCE_DIR "/examples")
                .exit_code,
            2);
}

}  // namespace
}  // namespace recoupe
