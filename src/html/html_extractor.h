// HTML main-content extraction: turns one web page into its visible text
// blocks, each classified (article body or which kind of boilerplate), plus
// the page's own metadata. Method and measured quality: docs/html-extraction.md.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "recoupe/document.h"
#include "recoupe/status.h"

namespace recoupe {

class HtmlHints;

// One visible text block of the page, in document order.
struct HtmlBlock {
  std::string text;      // entities decoded, ASCII white space collapsed, no newline inside
  uint32_t html_offset;  // byte offset in the HTML of the block's first text node
  BlockKind kind;        // kBody / kHeading for main content; another kind for the rest
  std::string reason;    // short why, e.g. "link_density=0.80" or "class~comment"
};

struct HtmlPage {
  std::vector<HtmlBlock> blocks;  // every visible text block: nothing is dropped
  Metadata meta;  // from <title>, OpenGraph, article:*, JSON-LD, <time>, <html lang>
  std::optional<std::string> url;  // <link rel=canonical>, else og:url
};

// REQUIRES: `html` is valid UTF-8. Uses the default hints
// (data/common/html_hints.txt); fails only if they cannot be loaded or the
// page is larger than 4 GiB. Thread-safe.
Result<HtmlPage> ExtractHtml(std::string_view html);

// Same with explicit hints (tests, other data directories). Thread-safe.
Result<HtmlPage> ExtractHtml(std::string_view html, const HtmlHints& hints);

// The main text of `page`: the body and heading blocks joined by '\n'.
std::string MainText(const HtmlPage& page);

}  // namespace recoupe
