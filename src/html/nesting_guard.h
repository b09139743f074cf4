// A guard against absurdly deep HTML before it reaches the HTML5 parser,
// whose cost grows with the square of the nesting depth (it scans its stack
// of open elements for every new element): a page of a million nested
// <div> would take hours. Browsers cap the depth of the tree they build; so
// does recoupe, keeping every byte of text where it was.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace recoupe {

// The deepest nesting the parser is given (Chromium's tree builder caps its
// own at 512 as well).
inline constexpr uint32_t kMaxHtmlNesting = 512;

// When `html` nests elements deeper than `max_depth`, a copy of it in which
// every start tag beyond that depth, and the end tag closing it, is
// overwritten with spaces: the text stays, at the same byte offsets, and the
// elements beyond the limit become part of their ancestor at the limit.
// Unset when the page is within the limit (the usual case: no copy).
//
// The depth is counted on the markup as written: comments, doctype and the
// content of script, style, textarea and title are skipped, void elements
// (<br>, <img>...) and self-closed tags do not nest, and elements whose end
// tag may be left out (<p>, <li>, <td>...) are not counted, so sloppy but
// ordinary pages are never touched.
std::optional<std::string> FlattenDeepNesting(std::string_view html,
                                              uint32_t max_depth = kMaxHtmlNesting);

}  // namespace recoupe
