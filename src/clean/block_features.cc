#include "clean/block_features.h"

#include <algorithm>
#include <set>

namespace recoupe {
namespace {

bool IsClosing(const Token& t) {
  return t.shape == TokenShape::kPunct &&
         (t.norm == "»" || t.norm == "\"" || t.norm == ")" || t.norm == "]" || t.norm == "'");
}

bool IsFinalPunct(const Token& t) {
  return t.shape == TokenShape::kPunct &&
         (t.norm == "." || t.norm == "!" || t.norm == "?" || t.norm == "..." || t.norm == "…");
}

}  // namespace

BlockFeatures ComputeFeatures(const std::vector<Token>& tokens, std::string_view block_text,
                              const CueLexicon& cues, const OutletTable& outlets) {
  BlockFeatures f;
  std::vector<std::string_view> words;
  int function_words = 0;
  std::vector<bool> is_number;  // numbers ("Commentaires (12)") need no cue to cover them
  const StringSet& second_person = cues.Class("second_person");
  const StringSet& call_to_action = cues.Class("call_to_action");
  const StringSet& function = cues.Class("function_words");
  for (const Token& t : tokens) {
    if (t.shape != TokenShape::kWord && t.shape != TokenShape::kNumber) continue;
    words.push_back(t.fold);
    is_number.push_back(t.shape == TokenShape::kNumber);
    if (t.shape == TokenShape::kNumber) continue;
    f.second_person += second_person.contains(t.fold);
    f.call_to_action += call_to_action.contains(t.fold);
    function_words += function.contains(t.fold);
  }
  f.words = static_cast<int>(words.size());
  f.function_ratio = words.empty() ? 0 : static_cast<double>(function_words) / words.size();

  size_t last = tokens.size();
  while (last > 0 && IsClosing(tokens[last - 1])) --last;
  f.terminal = last > 0 && IsFinalPunct(tokens[last - 1]);
  f.parenthesized = tokens.size() >= 2 && tokens.front().norm == "(" && tokens.back().norm == ")";

  std::set<const Cue*> seen;
  std::array<std::vector<bool>, kBlockKindCount> covered;
  for (auto& c : covered) c.assign(words.size(), false);
  for (const CueHit& hit : cues.Find(words)) {
    const size_t kind = static_cast<size_t>(hit.cue->kind);
    for (size_t k = 0; k < hit.cue->words.size(); ++k) covered[kind][hit.first_word + k] = true;
    if (hit.first_word == 0) f.cue_at_start[kind] = true;
    if (!seen.insert(hit.cue).second) continue;
    f.cue_score[kind] += hit.cue->weight;
    if (!f.cues.empty()) f.cues += ", ";
    f.cues += "'" + hit.cue->phrase + "'";
  }
  for (size_t kind = 0; kind < kBlockKindCount; ++kind) {
    bool all = !words.empty();
    for (size_t w = 0; w < words.size(); ++w) all = all && (covered[kind][w] || is_number[w]);
    f.cue_covers_all[kind] = all;
  }
  // Naming an outlet only matters when a cue already points to furniture.
  const bool any_cue = std::any_of(f.cue_score.begin(), f.cue_score.end(),
                                   [](int score) { return score > 0; });
  f.mentions_outlet = any_cue && !outlets.MentionedIn(block_text).empty();
  return f;
}

}  // namespace recoupe
