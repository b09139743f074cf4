#include "render/claimreview_render.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace recoupe {
namespace {

Dossier ConflictingTolls() {
  Dossier d;
  Document a, b;
  a.id = "a";
  a.raw = "Selon l'OSDH, 12 civils ont été tués.";
  a.url = "https://example.org/a";
  a.meta.outlet = "Le Courrier du Levant";
  a.meta.title = "Douze civils tués";
  b.id = "b";
  b.raw = "Officials said 30 civilians died.";
  d.documents = {a, b};
  Fact fact;
  fact.id = "f-1";
  fact.event = "ev-1";
  fact.what = "killed";
  fact.who_class = "civilians";
  fact.status = "conflict";
  fact.reports = {{"a", 14, 23, 12, 12, "exact", "Syrian Observatory for Human Rights", false, 0},
                  {"b", 15, 17, 30, 30, "exact", std::nullopt, false, 1}};
  Fact agreed = fact;
  agreed.id = "f-2";
  agreed.status = "agree";
  d.facts = {fact, agreed};
  d.flags = {{"copied_text", "b", 0, 5, "shared with a", {"a"}},
             {"unattributed_figure", "b", 15, 17, "no source is given for this toll", {}}};
  return d;
}

TEST(ClaimReview, EachConflictingReportAndCheckableFlagIsReviewed) {
  const auto out = nlohmann::json::parse(RenderClaimReview(ConflictingTolls()));
  EXPECT_EQ(out["@context"]["@vocab"], "https://schema.org/");
  const auto& graph = out["@graph"];
  ASSERT_EQ(graph.size(), 3u);  // two reports of f-1, the unattributed figure (not copied_text)
  for (const auto& review : graph) {
    EXPECT_EQ(review["@type"], "ClaimReview");
    EXPECT_FALSE(review["claimReviewed"].get<std::string>().empty());
    EXPECT_EQ(review["itemReviewed"]["@type"], "Claim");
    EXPECT_EQ(review["reviewRating"]["@type"], "Rating");
    EXPECT_FALSE(review["reviewRating"].contains("ratingValue"));
    EXPECT_EQ(review["author"]["name"], "recoupe");
  }
  EXPECT_EQ(graph[0]["claimReviewed"], "12 civils");
  EXPECT_EQ(graph[0]["itemReviewed"]["author"]["name"], "Syrian Observatory for Human Rights");
  EXPECT_EQ(graph[0]["itemReviewed"]["appearance"]["url"], "https://example.org/a");
  EXPECT_EQ(graph[0]["itemReviewed"]["appearance"]["publisher"]["name"], "Le Courrier du Levant");
  EXPECT_EQ(graph[0]["reviewRating"]["alternateName"], "Conflicts with other sources");
  EXPECT_NE(graph[0]["reviewBody"].get<std::string>().find("'30' in b"), std::string::npos);
  EXPECT_FALSE(graph[1]["itemReviewed"].contains("author"));  // b credits no one
  EXPECT_EQ(graph[2]["reviewRating"]["alternateName"], "No source given");
  EXPECT_EQ(graph[2]["recoupe:span"]["begin"], 15);
}

}  // namespace
}  // namespace recoupe
