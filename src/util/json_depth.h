// JSON from outside (an API body, a JSONL line) read with a bound on its
// nesting: a value nested deeper than the bound is refused while parsing,
// so nothing later (serialising an entry again, walking it) recurses into
// an attacker's depth.
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

namespace recoupe {

// Deeper than this is refused: articles need three or four levels.
inline constexpr int kMaxJsonDepth = 64;

// `text` parsed; a discarded value when it is not valid JSON or nests
// deeper than `max_depth` (then `*too_deep`, when given, is set).
nlohmann::json ParseBoundedJson(std::string_view text, bool* too_deep = nullptr,
                                int max_depth = kMaxJsonDepth);

}  // namespace recoupe
