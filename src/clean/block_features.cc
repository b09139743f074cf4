#include "clean/block_features.h"

#include <algorithm>

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
  const uint32_t second_person = cues.ClassBit("second_person");
  const uint32_t call_to_action = cues.ClassBit("call_to_action");
  const uint32_t function = cues.ClassBit("function_words");
  // One lookup per word gives its classes and the cues that start with it.
  std::vector<std::string_view> words;
  std::vector<const WordEntry*> entries;
  std::vector<bool> is_number;  // numbers ("Commentaires (12)") need no cue to cover them
  words.reserve(tokens.size());
  entries.reserve(tokens.size());
  int function_words = 0;
  for (const Token& t : tokens) {
    if (t.shape != TokenShape::kWord && t.shape != TokenShape::kNumber) continue;
    words.push_back(t.fold);
    is_number.push_back(t.shape == TokenShape::kNumber);
    const WordEntry* entry = t.shape == TokenShape::kWord ? cues.Lookup(t.fold) : nullptr;
    entries.push_back(entry);
    if (entry == nullptr) continue;
    f.second_person += (entry->class_bits & second_person) != 0;
    f.call_to_action += (entry->class_bits & call_to_action) != 0;
    function_words += (entry->class_bits & function) != 0;
  }
  f.words = static_cast<int>(words.size());
  f.function_ratio = words.empty() ? 0 : static_cast<double>(function_words) / words.size();

  size_t last = tokens.size();
  while (last > 0 && IsClosing(tokens[last - 1])) --last;
  f.terminal = last > 0 && IsFinalPunct(tokens[last - 1]);
  f.parenthesized = tokens.size() >= 2 && tokens.front().norm == "(" && tokens.back().norm == ")";

  // Cue hits; each distinct cue counts once. Coverage is kept only for the
  // kinds that have a hit (usually none).
  std::vector<uint32_t> seen;
  std::array<std::vector<bool>, kBlockKindCount> covered;
  for (uint32_t i = 0; i < words.size(); ++i) {
    if (entries[i] == nullptr) continue;
    for (const uint32_t index : entries[i]->cue_starts) {
      const Cue& cue = cues.cue(index);
      if (i + cue.words.size() > words.size()) continue;
      bool match = true;
      for (size_t k = 1; k < cue.words.size() && match; ++k) match = words[i + k] == cue.words[k];
      if (!match) continue;
      const size_t kind = static_cast<size_t>(cue.kind);
      if (covered[kind].empty()) covered[kind].assign(words.size(), false);
      for (size_t k = 0; k < cue.words.size(); ++k) covered[kind][i + k] = true;
      if (i == 0) f.cue_at_start[kind] = true;
      if (std::find(seen.begin(), seen.end(), index) != seen.end()) continue;
      seen.push_back(index);
      f.cue_score[kind] += cue.weight;
      if (!f.cues.empty()) f.cues += ", ";
      f.cues += "'" + cue.phrase + "'";
    }
  }
  for (size_t kind = 0; kind < kBlockKindCount; ++kind) {
    if (covered[kind].empty()) continue;
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
