// Case mapping and diacritic folding for tokens. Internal to the library: the
// segment stage uses it for Token::lower and Token::fold, and the pattern
// matcher for its literals, so both always fold alike.
// Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace recoupe::segment_internal {

// Appends `text` lower-cased code point by code point (simple case mapping).
void AppendLower(std::string_view text, std::string* out);
// Appends `lower` without diacritics: canonical decomposition with the marks
// dropped ("é" → "e", "Ç" lower-cased first → "c"), plus the letters that
// have no decomposition ("œ" → "oe", "æ" → "ae", "ß" → "ss", "ø" → "o", "ł" → "l").
void AppendFold(std::string_view lower, std::string* out);

}  // namespace recoupe::segment_internal
