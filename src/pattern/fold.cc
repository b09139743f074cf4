#include "pattern/fold.h"

#include "segment/text_case.h"

namespace recoupe::pattern {
namespace {

// Typographic apostrophes (’ U+2019, ʼ U+02BC) become ASCII, as in Token::norm.
std::string AsciiApostrophes(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    if (text.substr(i, 3) == "\xE2\x80\x99") {
      out += '\'';
      i += 3;
    } else if (text.substr(i, 2) == "\xCA\xBC") {
      out += '\'';
      i += 2;
    } else {
      out += text[i++];
    }
  }
  return out;
}

}  // namespace

// The segment stage's own case mapping and folding, so that a literal folds
// exactly as the tokens it is compared with.
std::string LowerText(std::string_view text) {
  std::string lower;
  segment_internal::AppendLower(AsciiApostrophes(text), &lower);
  return lower;
}

std::string FoldText(std::string_view text) {
  std::string folded;
  segment_internal::AppendFold(LowerText(text), &folded);
  return folded;
}

}  // namespace recoupe::pattern
