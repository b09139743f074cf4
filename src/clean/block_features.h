// Per-block signals the classifier weighs: length, punctuation, cue phrases,
// reader address, function-word density. Computed once per block.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "clean/cue_lexicon.h"
#include "clean/outlets.h"
#include "recoupe/document.h"

namespace recoupe {

constexpr size_t kBlockKindCount = static_cast<size_t>(BlockKind::kOther) + 1;

struct BlockFeatures {
  int words = 0;                 // word and number tokens
  bool terminal = false;         // ends with . ! ? or ... (closing quotes/brackets ignored)
  bool parenthesized = false;    // the whole block is inside ( )
  int second_person = 0;         // vous, votre, you, your ...
  int call_to_action = 0;        // cliquez, abonnez-vous, subscribe ...
  double function_ratio = 0;     // share of words that are function words
  bool mentions_outlet = false;  // names a known outlet (computed only when a cue matched)
  std::array<int, kBlockKindCount> cue_score{};  // summed weights of distinct cues, by kind
  std::array<bool, kBlockKindCount> cue_at_start{};
  std::array<bool, kBlockKindCount> cue_covers_all{};  // cues of that kind cover every word
  std::string cues;              // matched cue phrases, for Block::reason

  int score(BlockKind kind) const { return cue_score[static_cast<size_t>(kind)]; }
  bool at_start(BlockKind kind) const { return cue_at_start[static_cast<size_t>(kind)]; }
  bool covers_all(BlockKind kind) const { return cue_covers_all[static_cast<size_t>(kind)]; }
  // Long, finished, function-word-rich prose that does not address the reader.
  bool ProseLike() const {
    return words >= 12 && terminal && second_person == 0 && function_ratio >= 0.25;
  }
};

// REQUIRES: `tokens` are the tokens of one block.
BlockFeatures ComputeFeatures(const std::vector<Token>& tokens, std::string_view block_text,
                              const CueLexicon& cues, const OutletTable& outlets);

}  // namespace recoupe
