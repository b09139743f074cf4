// A flat, parser-independent view of an HTML page: its elements (with the
// few attributes the extractor reads), its visible text blocks in document
// order, and the raw metadata sources (meta tags, JSON-LD, <time>, canonical).
// Built by ParsePageTree(), which hides the HTML5 parser.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "recoupe/status.h"

namespace recoupe {

struct PageElement {
  std::string tag;              // lower-case tag name ("div", "p", "my-widget")
  int32_t parent = -1;          // index into PageTree::elements; -1 for the root
  uint32_t depth = 0;           // 0 for <html>
  std::string class_and_id;     // class and id attribute values joined by a space
  bool content_marker = false;  // <article>, <main>, role=main or itemprop=articleBody
};

struct PageBlock {
  std::string text;          // entities decoded, ASCII white space collapsed, trimmed
  uint32_t html_offset = 0;  // byte offset in the HTML of the first text node
  uint32_t link_bytes = 0;   // bytes of `text` that sit inside <a href>
  int32_t element = -1;      // innermost block-level element holding the text
  int32_t inner = -1;        // innermost element (inline or not) holding all of the text
};

struct PageTree {
  std::vector<PageElement> elements;
  std::vector<PageBlock> blocks;
  std::string html_lang;
  std::string title_tag;
  std::vector<std::pair<std::string, std::string>> metas;  // name or property (lower) → content
  std::vector<std::string> json_ld;                        // <script type=application/ld+json>
  std::vector<std::string> time_datetimes;                 // <time datetime=...>, in order
  std::optional<std::string> canonical;

  // True if `ancestor` is `element` or one of its ancestors.
  bool Contains(int32_t ancestor, int32_t element) const;
};

// REQUIRES: `html` is valid UTF-8. Never fails on malformed HTML (the HTML5
// algorithm recovers from anything); fails only if the page is too large for
// 32-bit offsets.
Result<PageTree> ParsePageTree(std::string_view html);

}  // namespace recoupe
