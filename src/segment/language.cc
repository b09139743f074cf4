#include "segment/language.h"

#include <cld2/public/compact_lang_det.h>

namespace recoupe {
namespace {

// Counts letters, approximately: ASCII letters and the first byte of each
// non-ASCII character. Stops at `limit`.
int CountLetters(std::string_view text, int limit) {
  int letters = 0;
  for (char c : text) {
    const auto b = static_cast<unsigned char>(c);
    if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b >= 0xC0) {
      if (++letters >= limit) break;
    }
  }
  return letters;
}

}  // namespace

std::string DetectLanguage(std::string_view utf8_text) {
  if (CountLetters(utf8_text, kMinLanguageLetters) < kMinLanguageLetters) return "und";
  CLD2::Language language3[3];
  int percent3[3];
  double scores3[3];
  int text_bytes = 0;
  int valid_prefix = 0;
  bool reliable = false;
  const CLD2::Language language = CLD2::ExtDetectLanguageSummaryCheckUTF8(
      utf8_text.data(), static_cast<int>(utf8_text.size()), /*is_plain_text=*/true,
      /*cld_hints=*/nullptr, /*flags=*/0, language3, percent3, scores3,
      /*resultchunkvector=*/nullptr, &text_bytes, &reliable, &valid_prefix);
  if (!reliable || language == CLD2::UNKNOWN_LANGUAGE) return "und";
  std::string code = CLD2::LanguageCode(language);
  if (const size_t dash = code.find('-'); dash != std::string::npos) code.resize(dash);
  // CLD2 keeps two retired ISO 639-1 codes.
  if (code == "iw") return "he";
  if (code == "in") return "id";
  return code.size() == 2 ? code : "und";
}

}  // namespace recoupe
