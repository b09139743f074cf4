#include "cli/size_option.h"

#include <charconv>

namespace recoupe {

std::optional<size_t> ParseByteSize(std::string_view text) {
  size_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end == text.data()) return std::nullopt;
  const std::string_view suffix(end, text.data() + text.size() - end);
  size_t scale = 1;
  if (suffix == "k" || suffix == "K") scale = size_t{1} << 10;
  else if (suffix == "m" || suffix == "M") scale = size_t{1} << 20;
  else if (suffix == "g" || suffix == "G") scale = size_t{1} << 30;
  else if (!suffix.empty()) return std::nullopt;
  if (value > SIZE_MAX / scale) return std::nullopt;
  return value * scale;
}

}  // namespace recoupe
