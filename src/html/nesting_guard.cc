#include "html/nesting_guard.h"

#include <algorithm>
#include <array>
#include <functional>
#include <unordered_map>
#include <vector>

namespace recoupe {
namespace {

// Elements that never nest: void elements, and those whose end tag may be
// left out (the parser closes them itself, so an unclosed one is no depth).
constexpr std::array<std::string_view, 34> kNotCounted = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr", "keygen", "frame", "basefont", "bgsound",
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead",
    "tfoot", "colgroup", "rb", "rt", "rp"};
// Elements whose content is raw text up to their own end tag.
constexpr std::array<std::string_view, 6> kRawText = {"script", "style", "textarea", "title",
                                                      "xmp", "plaintext"};

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == ':' || c == '_';
}

template <size_t N>
bool Among(const std::array<std::string_view, N>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// One tag of the markup: [begin, end) covers '<' to '>' inclusive.
struct Tag {
  size_t begin = 0, end = 0;
  std::string name;  // lower case
  bool closing = false;
  bool self_closed = false;
};

// The end of a tag whose name ends at `pos`: past the first '>' outside a
// quoted attribute value (or the end of the page).
size_t TagEnd(std::string_view html, size_t pos) {
  char quote = 0;
  for (; pos < html.size(); ++pos) {
    const char c = html[pos];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return pos + 1;
    }
  }
  return html.size();
}

// Case-insensitive search for "</name" from `pos`.
size_t FindEndTag(std::string_view html, size_t pos, std::string_view name) {
  for (size_t at = html.find("</", pos); at != std::string_view::npos; at = html.find("</", at + 2)) {
    if (at + 2 + name.size() > html.size()) break;
    bool same = true;
    for (size_t i = 0; i < name.size() && same; ++i) same = Lower(html[at + 2 + i]) == name[i];
    if (same) return at;
  }
  return html.size();
}

// Calls `on_tag` for every start and end tag, in order.
template <typename OnTag>
void ScanTags(std::string_view html, OnTag on_tag) {
  size_t pos = 0;
  while ((pos = html.find('<', pos)) != std::string_view::npos) {
    if (html.compare(pos, 4, "<!--") == 0) {
      const size_t close = html.find("-->", pos + 4);
      pos = close == std::string_view::npos ? html.size() : close + 3;
      continue;
    }
    if (pos + 1 < html.size() && (html[pos + 1] == '!' || html[pos + 1] == '?')) {
      pos = TagEnd(html, pos + 2);
      continue;
    }
    Tag tag;
    tag.begin = pos;
    size_t name_begin = pos + 1;
    if (name_begin < html.size() && html[name_begin] == '/') tag.closing = true, ++name_begin;
    size_t name_end = name_begin;
    while (name_end < html.size() && IsNameChar(html[name_end])) ++name_end;
    if (name_end == name_begin) {  // a lone '<' is text
      ++pos;
      continue;
    }
    for (size_t i = name_begin; i < name_end; ++i) tag.name.push_back(Lower(html[i]));
    tag.end = TagEnd(html, name_end);
    tag.self_closed = tag.end >= 2 && html[tag.end - 1] == '>' && html[tag.end - 2] == '/';
    on_tag(tag);
    pos = tag.end;
    if (!tag.closing && Among(kRawText, tag.name)) pos = FindEndTag(html, pos, tag.name);
  }
}

}  // namespace

std::optional<std::string> FlattenDeepNesting(std::string_view html, uint32_t max_depth) {
  // The open counted elements (name hash, given to the parser or not), and
  // how many of each name are open, so a stray end tag costs nothing.
  struct OpenElement {
    size_t name;
    bool kept;
  };
  std::vector<OpenElement> open;
  std::unordered_map<size_t, uint32_t> open_by_name;
  std::optional<std::string> flattened;
  auto blank = [&](const Tag& tag) {
    if (!flattened) flattened.emplace(html);
    std::fill(flattened->begin() + tag.begin, flattened->begin() + tag.end, ' ');
  };
  ScanTags(html, [&](const Tag& tag) {
    if (Among(kNotCounted, tag.name)) return;
    const size_t name = std::hash<std::string>{}(tag.name);
    if (!tag.closing) {
      if (tag.self_closed) return;
      const bool kept = open.size() < max_depth;
      if (!kept) blank(tag);
      open.push_back({name, kept});
      ++open_by_name[name];
      return;
    }
    // An end tag closes the innermost open element of its name and every
    // element opened inside it (each element is closed once: linear time).
    if (open_by_name[name] == 0) return;
    auto match = std::find_if(open.rbegin(), open.rend(),
                              [&](const OpenElement& element) { return element.name == name; });
    if (!match->kept) blank(tag);
    const auto first_closed = std::prev(match.base());
    for (auto it = first_closed; it != open.end(); ++it) --open_by_name[it->name];
    open.erase(first_closed, open.end());
  });
  return flattened;
}

}  // namespace recoupe
