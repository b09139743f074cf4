// Lexicons of a pattern set: named word classes whose entries may span
// several tokens, looked up with one trie per comparison mode.
//
// An entry is stored as its form (folded, lower-cased or as written, by
// mode) with runs of white space made one space. A space in an entry stands
// for a token boundary; a token boundary in the text matches a space or
// nothing, so "janv." matches the token "janv." and the tokens "janv" ".",
// and "quatre-vingt" matches one token or three.
//
// Thread safety: immutable once built; Find is const and reentrant.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "recoupe/document.h"

namespace recoupe::pattern {

enum class LexiconMode : uint8_t { kFold, kLower, kExact };

// One entry found in a token sequence: tokens [begin, end) are an entry of
// lexicon `lexicon` with value `value` (-1: none) in the value pool.
struct LexiconHit {
  uint32_t begin = 0;
  uint32_t end = 0;
  int32_t lexicon = 0;
  int32_t value = -1;
};

class LexiconTrie {
 public:
  LexiconTrie();

  // Adds `form` (already normalised for this trie's mode). Returns the value
  // already stored for (form, lexicon) when there is one, else -2 after
  // adding it.
  int32_t Add(std::string_view form, int32_t lexicon, int32_t value);
  bool empty() const { return nodes_.size() == 1; }

  // Appends to `hits` every entry that starts at token `begin` and stays in
  // its sentence. Work is bounded by the longest entry.
  void Find(std::span<const Token> tokens, uint32_t begin, LexiconMode mode,
            std::vector<LexiconHit>* hits) const;

 private:
  struct Node {
    std::vector<std::pair<unsigned char, int32_t>> children;  // sorted by byte
    std::vector<std::pair<int32_t, int32_t>> entries;         // (lexicon, value)
  };
  int32_t Child(int32_t node, unsigned char byte) const;

  std::vector<Node> nodes_;
};

// Normalises a written entry for `mode`: folded or lower-cased, white space
// runs made one space, trimmed.
std::string NormalizeEntry(std::string_view entry, LexiconMode mode);

}  // namespace recoupe::pattern
