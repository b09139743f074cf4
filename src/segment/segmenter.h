// Sentence segmentation of a document's body blocks.
//
// Rules: docs/segmentation.md ("Sentences").
// Thread safety: a Segmenter is immutable after Load(); Segment() is const and
// may run on many documents at once.
#pragma once

#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "recoupe/document.h"
#include "recoupe/status.h"
#include "segment/abbreviations.h"

namespace recoupe {

// A sentence as a token range [first_token, end_token) of the token sequence
// given to SplitSentences.
struct SentenceBounds {
  uint32_t first_token = 0;
  uint32_t end_token = 0;
  friend bool operator==(const SentenceBounds&, const SentenceBounds&) = default;
};

// The longest sentence, in tokens. A longer run (a page with no full stop,
// a list pasted as one line) is cut, at a clause boundary when there is one,
// so that the stages reading a figure's or a date's sentence stay linear in
// the document. Real news sentences are far shorter (French ones seldom
// pass 100 tokens).
inline constexpr uint32_t kMaxSentenceTokens = 250;

// Splits the tokens of ONE block into sentences of at most
// kMaxSentenceTokens; the last sentence ends at the end of `tokens`. Empty
// input gives no sentence.
std::vector<SentenceBounds> SplitSentences(std::span<const Token> tokens,
                                           const Abbreviations& abbreviations);

class Segmenter {
 public:
  // Reads every <data_dir>/<lang>/abbreviations.txt; fails if a file is
  // malformed or if there is none at all.
  static Result<Segmenter> Load(const std::string& data_dir);

  // For each body block (IsBodyKind) of `doc.blocks`, in order: tokenizes the
  // block's raw text and appends its tokens and sentences to `doc.tokens` and
  // `doc.sentences`, setting Token::sentence and kSentenceInitial. Uses the
  // lexicon of `doc.language`, French when that language has none.
  // When `doc.tokens` already holds the body blocks' tokens and there are no
  // sentences yet (the cleaner tokenises the blocks it classifies and hands
  // the body's tokens on, so the text is tokenised once), those tokens are
  // split into sentences as they are.
  void Segment(Document& doc) const;

  // The lexicon used for `language`.
  const Abbreviations& LexiconFor(std::string_view language) const;

 private:
  std::map<std::string, Abbreviations, std::less<>> lexicons_;
  Abbreviations empty_;
};

}  // namespace recoupe
