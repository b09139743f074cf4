#include "clean/outlet_style.h"

#include <algorithm>
#include <map>
#include <set>

namespace recoupe {
namespace {

enum Apostrophe { kNoApostrophe, kStraightOnly, kCurlyOnly, kMixedApostrophes };
enum Guillemets { kNoGuillemets, kTight, kSpaced, kMixedGuillemets };
enum Quotes { kNoQuoteEvidence, kStraightQuotes, kNoStraightQuotes };
enum Layout { kNoLayout, kBlankLines, kSingleBreaks, kOneLine };

constexpr int kMinEvidence = 3;
constexpr int kRunnerUpMargin = 2;

int Count(std::string_view text, std::string_view what) {
  int n = 0;
  for (size_t at = text.find(what); at != std::string_view::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

bool IsSpaceAt(std::string_view text, size_t at) {
  return at < text.size() && (text[at] == ' ' || text.substr(at, 2) == "\xC2\xA0" ||
                              text.substr(at, 3) == "\xE2\x80\xAF");
}

}  // namespace

int HouseStyle::evidence() const {
  return static_cast<int>(std::count_if(feature.begin(), feature.end(), [](int f) { return f; }));
}

HouseStyle HouseStyleOf(const Document& doc) {
  HouseStyle style;
  int straight = 0, curly = 0, tight = 0, spaced = 0, quotes = 0, body_chars = 0;
  for (const Block& block : doc.blocks) {
    if (!IsBodyKind(block.kind)) continue;
    const std::string_view text = doc.text(block.span);
    body_chars += static_cast<int>(text.size());
    straight += Count(text, "'");
    curly += Count(text, "\xE2\x80\x99");
    quotes += Count(text, "\"");
    for (size_t at = text.find("\xC2\xAB"); at != std::string_view::npos;
         at = text.find("\xC2\xAB", at + 1))
      (IsSpaceAt(text, at + 2) ? spaced : tight)++;
  }
  if (straight + curly > 0)
    style.feature[0] = curly == 0 ? kStraightOnly : straight == 0 ? kCurlyOnly : kMixedApostrophes;
  if (tight + spaced > 0)
    style.feature[1] = spaced == 0 ? kTight : tight == 0 ? kSpaced : kMixedGuillemets;
  constexpr int kMinCharsForAbsence = 1000;  // absence of quotes means little in a short text
  if (quotes > 0)
    style.feature[2] = kStraightQuotes;
  else if (body_chars >= kMinCharsForAbsence)
    style.feature[2] = kNoStraightQuotes;
  if (doc.kind == InputKind::kText && !doc.raw.empty()) {
    const int lines = Count(doc.raw, "\n");
    style.feature[3] = lines == 0 || (lines == 1 && doc.raw.back() == '\n')
                           ? kOneLine
                           : Count(doc.raw, "\n\n") > 0 ? kBlankLines : kSingleBreaks;
  }
  return style;
}

int StyleDistance(const HouseStyle& a, const HouseStyle& b) {
  int distance = 0;
  for (size_t i = 0; i < HouseStyle::kFeatures; ++i)
    distance += a.feature[i] && b.feature[i] && a.feature[i] != b.feature[i];
  return distance;
}

void GuessOutletsFromStyle(std::vector<Document>& docs) {
  // The distinct styles of each known outlet: few per outlet, so the guess
  // costs (unknown documents) × (distinct styles), not documents squared.
  std::map<std::string, std::set<std::array<int, HouseStyle::kFeatures>>> styles_by_outlet;
  std::vector<size_t> unknown;
  for (size_t i = 0; i < docs.size(); ++i) {
    if (!docs[i].meta.outlet) {
      unknown.push_back(i);
    } else if (docs[i].meta.outlet_basis != "style") {
      styles_by_outlet[*docs[i].meta.outlet].insert(HouseStyleOf(docs[i]).feature);
    }
  }
  for (const size_t i : unknown) {
    HouseStyle style = HouseStyleOf(docs[i]);
    if (style.evidence() < kMinEvidence) continue;
    std::string best;
    int best_distance = 99, runner_up = 99;
    for (const auto& [outlet, known_styles] : styles_by_outlet) {
      int distance = 99;
      for (const auto& features : known_styles) {
        HouseStyle known;
        known.feature = features;
        int shared = 0;
        for (size_t f = 0; f < HouseStyle::kFeatures; ++f)
          shared += style.feature[f] && known.feature[f];
        if (shared >= kMinEvidence) distance = std::min(distance, StyleDistance(style, known));
      }
      if (distance < best_distance) {
        runner_up = best_distance;
        best = outlet, best_distance = distance;
      } else {
        runner_up = std::min(runner_up, distance);
      }
    }
    if (best_distance == 0 && runner_up >= kRunnerUpMargin) {
      docs[i].meta.outlet = best;
      docs[i].meta.outlet_basis = "style";
      docs[i].warnings.push_back(
          {"outlet_guess", "no outlet named; '" + best +
                               "' guessed from house style shared with its other documents"});
    }
  }
}

}  // namespace recoupe
