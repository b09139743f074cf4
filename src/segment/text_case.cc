#include "segment/text_case.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "segment/utf8.h"

namespace recoupe::segment_internal {
namespace {

const icu::Normalizer2* Nfd() {
  static const icu::Normalizer2* const kNfd = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    return U_SUCCESS(status) ? nfd : nullptr;
  }();
  return kNfd;
}

// Letters without a canonical decomposition that fold to several base letters.
// These are properties of the Latin script, not of a language.
const char* LatinFold(char32_t cp) {
  switch (cp) {
    case 0x0153: return "oe";  // œ
    case 0x00E6: return "ae";  // æ
    case 0x00DF: return "ss";  // ß
    case 0x00F8: return "o";   // ø
    case 0x0142: return "l";   // ł
    case 0x0111: return "d";   // đ
    case 0x0131: return "i";   // dotless i
    case 0x00FE: return "th";  // þ
    case 0x00F0: return "d";   // ð
    default: return nullptr;
  }
}

bool IsMark(UChar32 cp) { return (U_GET_GC_MASK(cp) & U_GC_M_MASK) != 0; }

}  // namespace

void AppendLower(std::string_view text, std::string* out) {
  size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (static_cast<unsigned char>(c) < 0x80) {
      out->push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c);
      ++i;
      continue;
    }
    size_t length = 0;
    const char32_t cp = DecodeAt(text, i, &length);
    AppendUtf8(static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))), out);
    i += length;
  }
}

void AppendFold(std::string_view lower, std::string* out) {
  const icu::Normalizer2* nfd = Nfd();
  size_t i = 0;
  icu::UnicodeString decomposition;
  while (i < lower.size()) {
    const char c = lower[i];
    if (static_cast<unsigned char>(c) < 0x80) {
      out->push_back(c);
      ++i;
      continue;
    }
    size_t length = 0;
    const char32_t cp = DecodeAt(lower, i, &length);
    i += length;
    if (const char* folded = LatinFold(cp)) {
      out->append(folded);
      continue;
    }
    if (IsMark(static_cast<UChar32>(cp))) continue;
    if (nfd != nullptr && nfd->getDecomposition(static_cast<UChar32>(cp), decomposition)) {
      for (int32_t k = 0; k < decomposition.length();) {
        const UChar32 part = decomposition.char32At(k);
        k += U16_LENGTH(part);
        if (!IsMark(part)) AppendUtf8(static_cast<char32_t>(part), out);
      }
      continue;
    }
    AppendUtf8(cp, out);
  }
}

}  // namespace recoupe::segment_internal
