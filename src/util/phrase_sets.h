// Named sets of phrases read from a data file, matched on folded words
// (lower case, no diacritics) of a text. The format (docs/data-files.md):
//
//   recoupe-<kind> 1
//   # comment
//   [set NAME]
//   a phrase
//   another phrase*        (a trailing * on a word matches any word it begins)
//
// Immutable after loading; safe to share between threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "recoupe/status.h"
#include "util/string_hash.h"

namespace recoupe {

// A word of a text: its raw byte span and its folded form.
struct FoldedWord {
  uint32_t begin = 0, end = 0;
  std::string folded;
};

// The words of `text` (runs of letters and digits; apostrophes and hyphens
// separate words), spans offset by `base`.
std::vector<FoldedWord> FoldedWords(std::string_view text, uint32_t base = 0);

struct PhraseHit {
  uint32_t set = 0;          // index of the set (PhraseSets::set_name)
  uint32_t first_word = 0;   // [first_word, end_word) in the searched words
  uint32_t end_word = 0;
};

class PhraseSets {
 public:
  // Reads `path`; `kind` is the word after "recoupe-" on the version line.
  // Errors name the file and line.
  static Result<PhraseSets> Load(const std::string& path, std::string_view kind);
  // The same from text already read; `name` is used in error messages.
  static Result<PhraseSets> Parse(std::string_view text, std::string_view kind,
                                  const std::string& name);

  // Every occurrence of every phrase in `words`, in order of first word;
  // overlapping hits are all reported.
  std::vector<PhraseHit> Find(const std::vector<FoldedWord>& words) const;

  size_t set_count() const { return set_names_.size(); }
  const std::string& set_name(uint32_t set) const { return set_names_[set]; }
  // Index of the set called `name`, or -1.
  int FindSet(std::string_view name) const;
  // The phrases of one set as written (folded), for reports and tests.
  std::vector<std::string> Phrases(uint32_t set) const;

 private:
  struct PhraseWord {
    std::string folded;
    bool prefix = false;
  };
  struct Phrase {
    std::vector<PhraseWord> words;
    uint32_t set = 0;
  };
  bool Matches(const Phrase& phrase, const std::vector<FoldedWord>& words, size_t at) const;

  std::vector<std::string> set_names_;
  std::vector<Phrase> phrases_;
  // First word (folded, without its *) → phrases starting with it; phrases
  // whose first word is a prefix are indexed by their first three bytes.
  StringMap<std::vector<uint32_t>> by_first_word_;
  StringMap<std::vector<uint32_t>> by_first_prefix_;
};

}  // namespace recoupe
