#include "pattern/fold.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace recoupe::pattern {
namespace {

icu::UnicodeString ToLowerUnicode(std::string_view text) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  u.toLower(icu::Locale::getRoot());
  u.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x2019)), icu::UnicodeString("'"));
  u.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x02BC)), icu::UnicodeString("'"));
  return u;
}

std::string ToUtf8(const icu::UnicodeString& u) {
  std::string out;
  u.toUTF8String(out);
  return out;
}

// Letters that fold to base letters without a canonical decomposition.
const char* ExtraFold(UChar32 c) {
  switch (c) {
    case 0x0153:
      return "oe";  // œ
    case 0x00E6:
      return "ae";  // æ
    case 0x00DF:
      return "ss";  // ß
    case 0x00F8:
      return "o";  // ø
    case 0x0142:
      return "l";  // ł
    case 0x0111:
      return "d";  // đ
    default:
      return nullptr;
  }
}

}  // namespace

std::string LowerText(std::string_view text) { return ToUtf8(ToLowerUnicode(text)); }

std::string FoldText(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString lower = ToLowerUnicode(text);
  icu::UnicodeString decomposed = U_SUCCESS(status) ? nfd->normalize(lower, status) : lower;
  if (U_FAILURE(status)) decomposed = lower;
  icu::UnicodeString out;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    if (const char* folded = ExtraFold(c)) {
      out.append(icu::UnicodeString(folded));
    } else {
      out.append(c);
    }
  }
  return ToUtf8(out);
}

}  // namespace recoupe::pattern
