// Parsing sizes given on the command line ("32M", "512k", "1G", "1000").
#pragma once

#include <optional>
#include <string_view>

namespace recoupe {

// Bytes for "<number>[k|K|m|M|g|G]" (binary multiples); nullopt if malformed.
std::optional<size_t> ParseByteSize(std::string_view text);

}  // namespace recoupe
