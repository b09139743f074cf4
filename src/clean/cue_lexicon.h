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

  // The words of one class (empty if no file defines it); resolve once and
  // test many words without looking the class up again.
  const StringSet& Class(std::string_view class_name) const;

  size_t size() const { return cues_.size(); }

 private:
  std::vector<Cue> cues_;
  StringMap<std::vector<uint32_t>> by_first_word_;
  StringMap<StringSet> classes_;
};

}  // namespace recoupe
