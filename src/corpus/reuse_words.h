// The words reuse detection compares: runs of letters and digits in a
// document's body blocks, case-folded and without diacritics, apostrophes
// inside a word dropped ("d'un" = "dun", "L’agence" = "lagence"), each
// reduced to a 32-bit hash. Internal to the corpus stage.
// Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "recoupe/document.h"

namespace recoupe::corpus::reuse_internal {

using WordHash = uint32_t;

// Appends, for every body word of `doc` (blocks whose kind IsBodyKind, in
// block order), its hash to *hashes when `hashes` is not null and its raw
// span to *spans when `spans` is not null: the span starts at the word's
// first letter or digit and ends after its last one. Reads only `raw` and
// `blocks`. Without `hashes`, nothing is folded (a cheaper scan).
void ScanBodyWords(const Document& doc, std::vector<WordHash>* hashes, std::vector<Span>* spans);

// A 64-bit hash of the words [0, words.size()): equal word sequences hash
// alike, and different ones collide with negligible probability.
uint64_t ShingleHash(std::span<const WordHash> words);

// The body words of many documents in one flat array (4 bytes a word).
class WordStore {
 public:
  // Appends the body words of `doc` as the next document.
  void Add(const Document& doc);
  uint32_t size() const { return static_cast<uint32_t>(starts_.size() - 1); }
  std::span<const WordHash> Words(uint32_t doc) const {
    return std::span<const WordHash>(words_).subspan(starts_[doc], starts_[doc + 1] - starts_[doc]);
  }
  uint64_t total_words() const { return words_.size(); }

 private:
  std::vector<WordHash> words_;
  std::vector<uint64_t> starts_ = {0};  // document d's words: [starts_[d], starts_[d + 1])
};

}  // namespace recoupe::corpus::reuse_internal
