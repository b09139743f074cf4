// Language identification of a text (CLD2).
// Thread-safe: CLD2's tables are static and read-only.
#pragma once

#include <string>
#include <string_view>

namespace recoupe {

// ISO 639-1 code of the language of `utf8_text` ("fr", "en", ...), or "und"
// when the text is too short (fewer than kMinLanguageLetters letters), the
// detector is not confident, or the language has no two-letter code.
// Invalid UTF-8 gives "und".
std::string DetectLanguage(std::string_view utf8_text);

inline constexpr int kMinLanguageLetters = 20;

}  // namespace recoupe
