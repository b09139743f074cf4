#include "util/json_depth.h"

namespace recoupe {

nlohmann::json ParseBoundedJson(std::string_view text, bool* too_deep, int max_depth) {
  bool deep = false;
  // The parser itself is iterative; past the bound every value is dropped
  // as it is read, so the tree never holds the deep part.
  const nlohmann::json::parser_callback_t bound =
      [&deep, max_depth](int depth, nlohmann::json::parse_event_t, nlohmann::json&) {
        if (depth > max_depth) deep = true;
        return !deep;
      };
  nlohmann::json parsed = nlohmann::json::parse(text, bound, /*allow_exceptions=*/false);
  if (too_deep) *too_deep = deep;
  if (deep) return nlohmann::json(nlohmann::json::value_t::discarded);
  return parsed;
}

}  // namespace recoupe
