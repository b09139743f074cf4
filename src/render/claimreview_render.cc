#include "render/claimreview_render.h"

#include <map>
#include <set>

#include "render/json_parts.h"

namespace recoupe {
namespace {

using json::Json;

// The flags a reader should check by hand; copied_text is a relation
// between documents, not a claim to review.
const std::set<std::string> kReviewedFlags = {"cross_source_conflict", "weekday_mismatch",
                                              "date_anachronism", "duration_mismatch",
                                              "arithmetic", "unattributed_figure"};

// The verdict of a flag of `kind`, in words.
std::string VerdictOfFlag(const std::string& kind) {
  if (kind == "unattributed_figure") return "No source given";
  if (kind == "cross_source_conflict") return "Conflicts with other sources";
  if (kind == "arithmetic") return "Figures do not add up";
  return "Contradicted by the calendar";
}

std::string Quote(const Document* doc, uint32_t begin, uint32_t end) {
  if (!doc || begin > end || end > doc->raw.size()) return "";
  return doc->raw.substr(begin, end - begin);
}

// The claim as it appeared: its author (the credited source, else the
// outlet) and the document it appeared in.
Json ItemReviewed(const Document* doc, const std::optional<std::string>& source) {
  Json appearance = {{"@type", "NewsArticle"}};
  if (doc) {
    appearance["identifier"] = doc->id;
    if (doc->url) appearance["url"] = *doc->url;
    if (doc->meta.title) appearance["headline"] = *doc->meta.title;
    if (doc->meta.outlet)
      appearance["publisher"] = {{"@type", "Organization"}, {"name", *doc->meta.outlet}};
    if (doc->published.value) appearance["datePublished"] = *doc->published.value;
  }
  Json claim = {{"@type", "Claim"}, {"appearance", appearance}};
  if (source) claim["author"] = {{"@type", "Organization"}, {"name", *source}};
  return claim;
}

Json Review(const std::string& id, const std::string& claimed, Json item, const std::string& verdict,
            const std::string& explanation, const Document* doc, uint32_t begin, uint32_t end) {
  return {{"@type", "ClaimReview"},
          {"@id", "#" + id},
          {"claimReviewed", claimed},
          {"itemReviewed", std::move(item)},
          {"reviewRating", {{"@type", "Rating"}, {"alternateName", verdict}}},
          {"reviewBody", explanation},
          {"author", {{"@type", "Organization"}, {"name", "recoupe"}}},
          {"recoupe:span", {{"document", doc ? doc->id : ""}, {"begin", begin}, {"end", end}}}};
}

std::string FactExplanation(const Fact& fact, const json::DocumentsById& by_id) {
  std::string out = "Sources disagree on " + fact.what + " (" +
                    (fact.who_actor ? *fact.who_actor : fact.who_class) + "): ";
  for (size_t i = 0; i < fact.reports.size(); ++i) {
    const FactReport& r = fact.reports[i];
    const auto doc = by_id.find(r.document);
    out += (i ? "; " : "") + std::string("'") +
           Quote(doc == by_id.end() ? nullptr : doc->second, r.begin, r.end) + "' in " +
           r.document + (r.source ? " (" + *r.source + ")" : "");
  }
  return out + ".";
}

}  // namespace

std::string RenderClaimReview(const Dossier& dossier) {
  const json::DocumentsById by_id = json::IndexDocuments(dossier.documents);
  const auto document = [&](const std::string& id) -> const Document* {
    const auto it = by_id.find(id);
    return it == by_id.end() ? nullptr : it->second;
  };
  Json graph = Json::array();
  for (const Fact& fact : dossier.facts) {
    if (fact.status != "conflict") continue;
    for (const FactReport& report : fact.reports) {
      const Document* doc = document(report.document);
      graph.push_back(Review(fact.id + "/" + report.document, Quote(doc, report.begin, report.end),
                             ItemReviewed(doc, report.source),
                             "Conflicts with other sources", FactExplanation(fact, by_id), doc,
                             report.begin, report.end));
    }
  }
  size_t flag_number = 0;
  for (const DossierFlag& flag : dossier.flags) {
    ++flag_number;
    if (!kReviewedFlags.count(flag.kind)) continue;
    const Document* doc = document(flag.document);
    const std::string verdict = VerdictOfFlag(flag.kind);
    graph.push_back(Review("flag-" + std::to_string(flag_number), Quote(doc, flag.begin, flag.end),
                           ItemReviewed(doc, std::nullopt), verdict, flag.message, doc,
                           flag.begin, flag.end));
  }
  const Json out = {{"@context", {{"@vocab", "https://schema.org/"},
                                  {"recoupe", "https://recoupe.invalid/terms#"}}},
                    {"@graph", graph}};
  return out.dump(1, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace recoupe
