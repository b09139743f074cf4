// Normalised text with a byte map back to the raw text it came from.
//
// Normalize() applies NFC and a fixed table of typographic replacements
// (docs/segmentation.md, "Normalisation"). Every normalised byte knows the raw
// offset of the character it came from, so a normalised span [b, e) maps to
// the raw span [RawBegin(b), RawEnd(e)), which starts and ends on raw
// character boundaries and holds exactly the raw text of text[b, e).
//
// Thread safety: Normalize() is reentrant; NormalizedText is a plain value.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace recoupe {

struct NormalizedText {
  std::string text;
  // Size text.size() + 1. to_raw[i] is the raw offset of the first byte of
  // the raw character (or character sequence) that normalised byte i comes
  // from; to_raw[text.size()] is the raw size. Non-decreasing.
  std::vector<uint32_t> to_raw;

  // Raw offset where normalised byte `norm_begin` starts. REQUIRES: norm_begin <= text.size().
  uint32_t RawBegin(uint32_t norm_begin) const { return to_raw[norm_begin]; }
  // Raw offset just past the raw text of normalised bytes [.., norm_end). When
  // norm_end falls inside the replacement of one raw character ("…" → "..."),
  // the whole raw character is included. REQUIRES: norm_end <= text.size().
  uint32_t RawEnd(uint32_t norm_end) const;
};

// REQUIRES: raw_utf8 is valid UTF-8 and shorter than 4 GiB (invalid bytes are
// copied through unchanged, one byte at a time).
NormalizedText Normalize(std::string_view raw_utf8);

}  // namespace recoupe
