// Byte-level checks on input: is it text, is it UTF-8, and if not, its
// Windows-1252 reading. Pure functions, thread-safe.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace recoupe {

// Offset of the first byte that breaks UTF-8 (overlong forms, surrogates and
// code points past U+10FFFF included), or nullopt if `bytes` is valid UTF-8.
std::optional<size_t> FirstInvalidUtf8(std::string_view bytes);

// True when `bytes` looks like binary data rather than text: a NUL byte, or
// more than 10% C0 control characters other than tab, CR, LF and form feed
// in the first 64 KiB.
bool LooksBinary(std::string_view bytes);

// Decodes Windows-1252 (a superset of the printable Latin-1 range) to UTF-8.
// The five bytes that Windows-1252 leaves undefined map to U+FFFD.
std::string Windows1252ToUtf8(std::string_view bytes);

// Length of a leading UTF-8 byte order mark (3) or 0.
size_t Utf8BomLength(std::string_view bytes);

}  // namespace recoupe
