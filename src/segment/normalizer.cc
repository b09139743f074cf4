#include "segment/normalizer.h"

#include <numeric>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "segment/utf8.h"

namespace recoupe {
namespace {

using segment_internal::DecodeAt;

const icu::Normalizer2* Nfc() {
  static const icu::Normalizer2* const kNfc = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    return U_SUCCESS(status) ? nfc : nullptr;
  }();
  return kNfc;
}

// The typographic replacement table (docs/segmentation.md). Returns nullptr
// when `cp` is kept; an empty string when it is removed.
const char* Replacement(char32_t cp) {
  switch (cp) {
    case 0x00A0:  // no-break space
    case 0x1680:
    case 0x2000: case 0x2001: case 0x2002: case 0x2003: case 0x2004: case 0x2005:
    case 0x2006: case 0x2007: case 0x2008: case 0x2009: case 0x200A:
    case 0x202F:  // narrow no-break space
    case 0x205F:
    case 0x3000:
      return " ";
    case 0x00AD:  // soft hyphen
    case 0x200B:  // zero-width space
    case 0x200C:  // zero-width non-joiner
    case 0x200D:  // zero-width joiner: "2\u200D3" is the number 23, not 2 and 3
    case 0x2060:  // word joiner
    case 0xFEFF:  // byte order mark / zero-width no-break space
      return "";
    case 0x2018: case 0x2019: case 0x201B: case 0x02BC:
      return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F:
      return "\"";
    case 0x2026:
      return "...";
    default:
      return nullptr;
  }
}

bool HasBoundaryBefore(const icu::Normalizer2* nfc, char32_t cp) {
  return cp < 0x300 || nfc == nullptr || nfc->hasBoundaryBefore(static_cast<UChar32>(cp));
}

class Builder {
 public:
  explicit Builder(NormalizedText* out) : out_(out) {}
  void CopyIdentity(std::string_view raw, size_t begin, size_t end) {
    out_->text.append(raw.data() + begin, end - begin);
    for (size_t k = begin; k < end; ++k) out_->to_raw.push_back(static_cast<uint32_t>(k));
  }
  void Emit(std::string_view replacement, size_t raw_begin) {
    out_->text.append(replacement);
    out_->to_raw.insert(out_->to_raw.end(), replacement.size(), static_cast<uint32_t>(raw_begin));
  }

 private:
  NormalizedText* out_;
};

}  // namespace

uint32_t NormalizedText::RawEnd(uint32_t norm_end) const {
  if (norm_end == 0) return to_raw[0];
  const uint32_t last = to_raw[norm_end - 1];
  uint32_t j = norm_end;
  while (j < text.size() && to_raw[j] == last) ++j;
  return to_raw[j];
}

NormalizedText Normalize(std::string_view raw) {
  NormalizedText out;
  const size_t n = raw.size();
  if (segment_internal::IsAscii(raw)) {
    out.text.assign(raw);
    out.to_raw.resize(n + 1);
    std::iota(out.to_raw.begin(), out.to_raw.end(), 0u);
    return out;
  }
  out.text.reserve(n);
  out.to_raw.reserve(n + 1);
  const icu::Normalizer2* nfc = Nfc();
  Builder builder(&out);
  std::string scratch;
  size_t i = 0;
  while (i < n) {
    if (static_cast<unsigned char>(raw[i]) < 0x80) {
      // A run of ASCII; its last byte may take combining marks that follow.
      size_t j = i + 1;
      while (j < n && static_cast<unsigned char>(raw[j]) < 0x80) ++j;
      size_t length = 0;
      size_t copy_end = j;
      if (j < n && !HasBoundaryBefore(nfc, DecodeAt(raw, j, &length))) copy_end = j - 1;
      builder.CopyIdentity(raw, i, copy_end);
      i = copy_end;
      if (i < j) {
        // Falls through to the general path for the last ASCII character.
      } else {
        continue;
      }
    }
    size_t length = 0;
    const char32_t cp = DecodeAt(raw, i, &length);
    if (const char* replacement = Replacement(cp)) {
      builder.Emit(replacement, i);
      i += length;
      continue;
    }
    // A normalisation segment: this character and the marks that combine with it.
    size_t end = i + length;
    while (end < n) {
      size_t next_length = 0;
      const char32_t next = DecodeAt(raw, end, &next_length);
      if (HasBoundaryBefore(nfc, next) || Replacement(next) != nullptr) break;
      end += next_length;
    }
    const bool single = end == i + length;
    if (nfc == nullptr || cp == 0xFFFD ||
        (single && u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_NFC_QUICK_CHECK) ==
                       UNORM_YES)) {
      builder.CopyIdentity(raw, i, end);
      i = end;
      continue;
    }
    const icu::UnicodeString segment = icu::UnicodeString::fromUTF8(
        icu::StringPiece(raw.data() + i, static_cast<int32_t>(end - i)));
    UErrorCode status = U_ZERO_ERROR;
    if (nfc->isNormalized(segment, status) || U_FAILURE(status)) {
      builder.CopyIdentity(raw, i, end);
    } else {
      status = U_ZERO_ERROR;
      const icu::UnicodeString composed = nfc->normalize(segment, status);
      scratch.clear();
      if (U_SUCCESS(status)) {
        composed.toUTF8String(scratch);
        builder.Emit(scratch, i);
      } else {
        builder.CopyIdentity(raw, i, end);
      }
    }
    i = end;
  }
  out.to_raw.push_back(static_cast<uint32_t>(n));
  return out;
}

}  // namespace recoupe
