// The segmentation lexicon of one language, read from
// data/<lang>/abbreviations.txt (format: docs/segmentation.md): abbreviations
// that keep their dot, abbreviations that may end a sentence, French elisions,
// words kept whole despite an inner apostrophe, inverted subject pronouns and
// ordinal suffixes.
//
// Thread safety: immutable after construction; share freely between threads.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "recoupe/status.h"

namespace recoupe {

class Abbreviations {
 public:
  Abbreviations() = default;  // an empty lexicon: no abbreviation, no elision

  // `origin` names the text in error messages (a file path).
  static Result<Abbreviations> Parse(std::string_view text, const std::string& origin);
  static Result<Abbreviations> LoadFile(const std::string& path);

  // "M." , "janv.", "Janv." (lower-case entries match any case). `word`
  // includes its final dot.
  bool KeepsDot(std::string_view word) const;
  // "etc.": the dot may also end the sentence.
  bool EndsSentence(std::string_view word) const;
  // Byte length of the elided prefix of `word` ("l'" in "l'armée", ASCII case
  // ignored), or 0 when there is none or the word is kept whole.
  size_t ElisionLength(std::string_view word) const;
  // Byte length of the inverted pronoun ending `word` ("-t-il" in "a-t-il"),
  // or 0. A non-empty verb always remains before it.
  size_t InvertedPronounLength(std::string_view word) const;
  // "er" in "1er" (lower case).
  bool IsOrdinalSuffix(std::string_view lower_letters) const;

  // Adds the entries of `other` (used to build the default lexicon).
  void MergeFrom(const Abbreviations& other);

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using Set = std::unordered_set<std::string, Hash, std::equal_to<>>;

  bool Contains(const Set& exact, const Set& any_case, std::string_view word) const;

  Set dot_exact_, dot_any_case_;
  Set final_exact_, final_any_case_;
  Set whole_words_;                      // lower case
  std::vector<std::string> elisions_;    // lower case, longest first
  std::vector<std::string> inverted_;    // lower case, longest first
  Set ordinals_;
};

// The French and English lexicons merged, loaded once from
// RECOUPE_DEFAULT_DATA_DIR; empty if the files cannot be read. Used when a
// caller passes no lexicon.
const Abbreviations& DefaultAbbreviations();

}  // namespace recoupe
