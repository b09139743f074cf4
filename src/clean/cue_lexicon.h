// Cue phrases and word classes for the block classifier, loaded from
// data/<lang>/clean-cues.txt (format: docs/data-files.md). Immutable after
// loading; safe to share between threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "recoupe/document.h"
#include "recoupe/status.h"
#include "util/string_hash.h"

namespace recoupe {

struct Cue {
  std::vector<std::string> words;  // folded word forms
  BlockKind kind;
  int weight;
  std::string phrase;              // as written in the data file, for reasons
};

// What the lexicon knows of one folded word: the classes it belongs to (one
// bit per class, see ClassBit) and the cues that start with it.
struct WordEntry {
  uint32_t class_bits = 0;
  std::vector<uint32_t> cue_starts;  // indexes into the cue list
};

struct CueHit {
  const Cue* cue;
  uint32_t first_word;  // index into the word sequence that was searched
};

class CueLexicon {
 public:
  // Adds the cues and classes of one file; `name` is used in error messages.
  Status Parse(std::string_view text, std::string_view name);
  Status LoadFile(const std::string& path);

  // Every cue occurrence in `words` (folded forms, punctuation removed).
  std::vector<CueHit> Find(const std::vector<std::string_view>& words) const;

  // True if `folded_word` is in the word class `class_name` of any loaded file.
  bool InClass(std::string_view class_name, std::string_view folded_word) const;

  // The bit of a word class in WordEntry::class_bits; 0 for an unknown class.
  // Resolve once, then test many words with one lookup each.
  uint32_t ClassBit(std::string_view class_name) const;

  // The entry of a folded word, or nullptr when the word is in no class and
  // starts no cue. One hash lookup.
  const WordEntry* Lookup(std::string_view folded_word) const;

  const Cue& cue(uint32_t index) const { return cues_[index]; }

  size_t size() const { return cues_.size(); }

 private:
  void AddToClass(const std::string& class_name, std::string word);

  std::vector<Cue> cues_;
  StringMap<WordEntry> words_;
  StringMap<uint32_t> class_bits_;  // class name → its bit
};

}  // namespace recoupe
