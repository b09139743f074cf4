// Word, number and punctuation tokens of a text, with raw offsets.
//
// The rules (elisions, hyphenated words, inverted pronouns, number grouping,
// abbreviations, punctuation) are written up in docs/segmentation.md.
// Thread safety: reentrant; the lexicon is only read.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "recoupe/document.h"
#include "segment/abbreviations.h"

namespace recoupe {

// Tokenizes `raw_utf8` (one block of a document, say). Token spans are raw
// byte offsets into `raw_utf8` plus `raw_offset`, so for a block of
// Document::raw pass the block's begin and get spans into Document::raw.
// `abbreviations` is the lexicon of the text's language; nullptr means
// DefaultAbbreviations() (French and English merged). Token::sentence is 0.
std::vector<Token> TokenizeText(std::string_view raw_utf8, uint32_t raw_offset = 0,
                                const Abbreviations* abbreviations = nullptr);

// The folded forms of the words and numbers of `text`, punctuation and
// symbols left out, tokenised like the blocks they will be compared with
// (for data-file phrases).
std::vector<std::string> FoldedWordForms(std::string_view text);

// Same, appending to `*tokens` (lets a caller reuse one vector).
void AppendTokens(std::string_view raw_utf8, uint32_t raw_offset,
                  const Abbreviations& abbreviations, std::vector<Token>* tokens);

}  // namespace recoupe
