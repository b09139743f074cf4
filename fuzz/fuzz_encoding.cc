// Encoding checks: the UTF-8 validator agrees with a plain reference
// decoder, the Windows-1252 reading is always valid UTF-8, and the binary
// test and format sniffing accept any bytes.
#include <optional>

#include "fuzz_support.h"
#include "ingest/encoding.h"
#include "ingest/reader.h"

using namespace recoupe;

namespace {

// Offset of the first byte that starts no well-formed UTF-8 sequence
// (Unicode table 3-7), written independently of the code under test.
std::optional<size_t> ReferenceFirstInvalid(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char b = s[i];
    size_t length = 0;
    unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
    if (b < 0x80)
      length = 1;
    else if (b >= 0xC2 && b <= 0xDF)
      length = 2;
    else if (b >= 0xE0 && b <= 0xEF) {
      length = 3;
      if (b == 0xE0) low = 0xA0;
      if (b == 0xED) high = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      length = 4;
      if (b == 0xF0) low = 0x90;
      if (b == 0xF4) high = 0x8F;
    } else {
      return i;
    }
    if (i + length > s.size()) return i;
    for (size_t k = 1; k < length; ++k) {
      const unsigned char c = s[i + k];
      const unsigned char lo = k == 1 ? low : 0x80, hi = k == 1 ? high : 0xBF;
      if (c < lo || c > hi) return i;
    }
    i += length;
  }
  return std::nullopt;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes = fuzz::AsText(data, size);
  const std::optional<size_t> invalid = FirstInvalidUtf8(bytes);
  fuzz::Require(invalid.has_value() == ReferenceFirstInvalid(bytes).has_value(),
                "FirstInvalidUtf8 disagrees with the reference on validity");
  if (invalid) {
    fuzz::Require(*invalid < size, "invalid offset past the end");
    fuzz::Require(!FirstInvalidUtf8(bytes.substr(0, *invalid)),
                  "the prefix before the first invalid byte is invalid");
  }
  fuzz::Require(!FirstInvalidUtf8(Windows1252ToUtf8(bytes)),
                "the Windows-1252 reading is not valid UTF-8");
  fuzz::Require(Utf8BomLength(bytes) <= size, "BOM longer than the input");
  LooksBinary(bytes);
  SniffFormat(bytes);
  FormatFromExtension(bytes);
  return 0;
}
