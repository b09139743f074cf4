// Case and diacritic folding of pattern literals and lexicon entries, so that
// they compare with Token::lower and Token::fold.
// Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace recoupe::pattern {

// `text` lower-cased (root locale), with typographic apostrophes (’ ʼ) made
// ASCII like Token::norm: "Février" → "février".
std::string LowerText(std::string_view text);

// LowerText without diacritics: marks dropped after canonical
// decomposition, and œ → oe, æ → ae, ß → ss, ø → o, ł → l, đ → d:
// "Février" → "fevrier", "Œuvre" → "oeuvre".
std::string FoldText(std::string_view text);

}  // namespace recoupe::pattern
