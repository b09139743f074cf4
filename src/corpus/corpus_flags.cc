#include "corpus/corpus_flags.h"

#include "corpus/features.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>
#include <string_view>
#include <unordered_map>

namespace recoupe::corpus {
namespace {

std::string FormatValue(const FactReport& r) {
  auto number = [](double v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", v);
    return std::string(buffer);
  };
  if (r.qualifier == "at_least" && r.low) return "at least " + number(*r.low);
  if (r.qualifier == "more_than" && r.low) return "more than " + number(*r.low);
  if (r.qualifier == "up_to" && r.high) return "up to " + number(*r.high);
  if (r.qualifier == "approx" && r.low) return "about " + number(*r.low);
  if (r.low && r.high && *r.low != *r.high) return number(*r.low) + "-" + number(*r.high);
  if (r.low) return number(*r.low);
  return r.high ? number(*r.high) : std::string("?");
}

// (document, begin) of every report whose fact has another report of the
// same document credited to a source.
std::set<std::pair<std::string_view, uint32_t>> CreditedInTheirDocument(const Dossier& dossier) {
  std::set<std::pair<std::string_view, uint32_t>> credited;
  for (const Fact& fact : dossier.facts)
    for (const FactReport& r : fact.reports)
      for (const FactReport& other : fact.reports)
        if (other.document == r.document && other.source) credited.insert({r.document, r.begin});
  return credited;
}

uint64_t TextKey(const Dossier& dossier, const std::string& id) {
  for (const Document& doc : dossier.documents)
    if (doc.id == id) return FeatureId("raw", doc.raw);
  return 0;
}

}  // namespace

std::vector<DossierFlag> DocumentFlags(const Dossier& dossier) {
  const auto credited = CreditedInTheirDocument(dossier);
  std::vector<DossierFlag> flags;
  for (const Document& doc : dossier.documents)
    for (const Flag& flag : doc.flags) {
      if (flag.kind == "unattributed_figure" && credited.contains({doc.id, flag.begin})) continue;
      flags.push_back({flag.kind, doc.id, flag.begin, flag.end, flag.message, {}});
    }
  return flags;
}

std::vector<DossierFlag> CopiedTextFlags(const Dossier& dossier) {
  std::vector<DossierFlag> flags;
  for (const Reuse& reuse : dossier.reuse) {
    if (reuse.passages.empty()) continue;
    // The copy: the document that is not the original; when that is unknown,
    // one chosen by text, never by input order.
    const bool copy_is_a = reuse.original ? *reuse.original == reuse.b
                                          : TextKey(dossier, reuse.a) > TextKey(dossier, reuse.b);
    DossierFlag flag;
    flag.kind = "copied_text";
    flag.document = copy_is_a ? reuse.a : reuse.b;
    // The copy's first shared passage by its own position (passages come in
    // the order of the pair's first document, which depends on input order).
    Span first = copy_is_a ? reuse.passages.front().a : reuse.passages.front().b;
    for (const ReusedPassage& passage : reuse.passages) {
      const Span& in_copy = copy_is_a ? passage.a : passage.b;
      if (in_copy.begin < first.begin) first = in_copy;
    }
    flag.begin = first.begin;
    flag.end = first.end;
    const std::string& other = copy_is_a ? reuse.b : reuse.a;
    flag.related = {other};
    flag.message = std::to_string(reuse.passages.size()) + " passage" +
                   (reuse.passages.size() == 1 ? "" : "s") + " shared with " + other + " (" +
                   std::to_string(static_cast<int>(std::lround(reuse.score * 100))) +
                   "% of the shorter text)" +
                   (reuse.original ? "; " + *reuse.original + " was published first" : "");
    flags.push_back(std::move(flag));
  }
  return flags;
}

std::vector<DossierFlag> FactConflictFlags(const Dossier& dossier) {
  std::vector<DossierFlag> flags;
  for (const Fact& fact : dossier.facts) {
    if (fact.status != "conflict") continue;
    const double best = fact.estimate.best.value_or(0);
    const FactReport* furthest = &fact.reports.front();
    double furthest_distance = -1;
    std::string values;
    for (const FactReport& r : fact.reports) {
      const double value = r.low ? *r.low : r.high.value_or(best);
      const double distance = std::abs(value - best);
      if (distance > furthest_distance) furthest = &r, furthest_distance = distance;
      values += (values.empty() ? "" : ", ") + FormatValue(r) + " (" + r.document + ")";
    }
    DossierFlag flag;
    flag.kind = "cross_source_conflict";
    flag.document = furthest->document;
    flag.begin = furthest->begin;
    flag.end = furthest->end;
    for (const FactReport& r : fact.reports)
      if (r.document != furthest->document &&
          std::find(flag.related.begin(), flag.related.end(), r.document) == flag.related.end())
        flag.related.push_back(r.document);
    flag.message = fact.what + " (" + fact.who_class +
                   (fact.who_actor ? ", " + *fact.who_actor : std::string()) +
                   "): the sources disagree: " + values;
    flags.push_back(std::move(flag));
  }
  return flags;
}

}  // namespace recoupe::corpus
