// Class/id hint words for the HTML main-content extractor, loaded from
// data/common/html_hints.txt (format: docs/html-extraction.md). Immutable
// after loading; safe to share between threads.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "recoupe/document.h"
#include "recoupe/status.h"

namespace recoupe {

// What the class and id of one element say about it.
struct HintMatch {
  bool content = false;           // a [content] word matched
  std::optional<BlockKind> kind;  // the first boilerplate kind that matched
  std::string word;               // the word that set `kind` (or `content`), for reasons
};

class HtmlHints {
 public:
  // Adds the words of one file; `name` is used in error messages.
  Status Parse(std::string_view text, std::string_view name);
  Status LoadFile(const std::string& path);

  // The hints from RECOUPE_DEFAULT_DATA_DIR/common/html_hints.txt, loaded on
  // first use (thread-safe). Returns an error status when the file is missing
  // or malformed.
  static const Result<HtmlHints>& Default();

  // `class_and_id` is the element's class and id attribute values, joined by a
  // space. Boilerplate kinds are tried in the order of the file.
  HintMatch Match(std::string_view class_and_id) const;

  size_t size() const { return content_.size() + kinds_.size(); }

 private:
  static bool WordMatches(std::string_view word, std::string_view token);
  std::vector<std::string> content_;
  std::vector<std::pair<std::string, BlockKind>> kinds_;
};

}  // namespace recoupe
