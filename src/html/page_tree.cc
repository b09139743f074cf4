#include "html/page_tree.h"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <limits>
#include <memory>

#include "html/nesting_guard.h"

namespace recoupe {
namespace {

bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Elements that start a new visual block. Text outside them joins the block
// of the nearest such ancestor.
bool IsBlockTag(std::string_view tag) {
  static constexpr std::array<std::string_view, 47> kBlockTags = {
      "address", "article", "aside",   "blockquote", "body",   "caption",  "center",     "dd",
      "details", "dialog",  "div",     "dl",         "dt",     "fieldset", "figcaption", "figure",
      "footer",  "form",    "h1",      "h2",         "h3",     "h4",       "h5",         "h6",
      "header",  "hgroup",  "hr",      "li",         "main",   "nav",      "ol",         "p",
      "pre",     "section", "table",   "tbody",      "td",     "tfoot",    "th",         "thead",
      "tr",      "ul",      "summary", "legend",     "option", "select",   "menu"};
  return std::find(kBlockTags.begin(), kBlockTags.end(), tag) != kBlockTags.end();
}

// Elements whose content is never shown as text.
bool IsSkippedTag(std::string_view tag) {
  static constexpr std::array<std::string_view, 11> kSkipped = {
      "script", "style",  "noscript", "template", "svg",     "head",
      "math",   "iframe", "object",   "canvas",   "textarea"};
  return std::find(kSkipped.begin(), kSkipped.end(), tag) != kSkipped.end();
}

std::string_view Attr(const GumboElement& element, const char* name) {
  const GumboAttribute* attr = gumbo_get_attribute(&element.attributes, name);
  return attr ? std::string_view(attr->value) : std::string_view();
}

bool HasAttr(const GumboElement& element, const char* name) {
  return gumbo_get_attribute(&element.attributes, name) != nullptr;
}

std::string TagName(const GumboElement& element) {
  if (element.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(element.tag);
  GumboStringPiece piece = element.original_tag;
  gumbo_tag_from_original_text(&piece);
  return Lower(std::string_view(piece.data, piece.length));
}

bool IsHidden(const GumboElement& element) {
  if (HasAttr(element, "hidden")) return true;
  std::string style = Lower(Attr(element, "style"));
  std::erase_if(style, [](char c) { return IsAsciiSpace(c); });
  return style.find("display:none") != std::string::npos ||
         style.find("visibility:hidden") != std::string::npos;
}

struct GumboDeleter {
  void operator()(GumboOutput* output) const {
    gumbo_destroy_output(&kGumboDefaultOptions, output);
  }
};

class TreeBuilder {
 public:
  explicit TreeBuilder(PageTree* tree) : tree_(*tree) {}

  void Walk(const GumboNode* node, int32_t parent, int32_t block_owner, int link_depth) {
    switch (node->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA:
        AddText(node->v.text, block_owner, parent, link_depth > 0);
        return;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE:
        break;
      default:
        return;
    }
    const GumboElement& element = node->v.element;
    std::string tag = TagName(element);
    CollectMetadata(element, tag);
    if (IsSkippedTag(tag) || IsHidden(element)) {
      CollectMetadataBelow(node);
      return;
    }
    if (TooDeep(parent)) {
      AddFlatText(node, block_owner, parent);
      return;
    }
    if (tag == "br") {
      Flush();
      return;
    }
    int32_t index = static_cast<int32_t>(tree_.elements.size());
    PageElement page_element;
    page_element.tag = tag;
    page_element.parent = parent;
    page_element.depth = parent < 0 ? 0 : tree_.elements[parent].depth + 1;
    std::string_view cls = Attr(element, "class");
    std::string_view id = Attr(element, "id");
    page_element.class_and_id = std::string(cls) + " " + std::string(id);
    std::string itemprop = Lower(Attr(element, "itemprop"));
    page_element.content_marker = tag == "article" || tag == "main" ||
                                  Lower(Attr(element, "role")) == "main" ||
                                  itemprop.find("articlebody") != std::string::npos;
    tree_.elements.push_back(std::move(page_element));

    bool block = IsBlockTag(tag);
    if (block) Flush();
    int32_t owner = block ? index : block_owner;
    int child_link_depth = link_depth + (tag == "a" && HasAttr(element, "href") ? 1 : 0);
    if (tag == "img" || tag == "input") return;
    for (unsigned i = 0; i < element.children.length; ++i) {
      Walk(static_cast<const GumboNode*>(element.children.data[i]), index, owner, child_link_depth);
    }
    if (block) Flush();
  }

  void Flush() {
    while (!current_.text.empty() && current_.text.back() == ' ') current_.text.pop_back();
    if (current_.link_bytes > current_.text.size()) current_.link_bytes = current_.text.size();
    if (!current_.text.empty()) tree_.blocks.push_back(std::move(current_));
    current_ = PageBlock();
    pending_space_ = false;
  }

 private:
  void AddText(const GumboText& text, int32_t owner, int32_t parent, bool in_link) {
    std::string_view value(text.text);
    bool seen = false;
    for (size_t i = 0; i < value.size(); ++i) {
      char c = value[i];
      // Soft hyphens (U+00AD) are invisible break hints, not text.
      if (c == '\xC2' && i + 1 < value.size() && value[i + 1] == '\xAD') {
        ++i;
        continue;
      }
      if (IsAsciiSpace(c)) {
        pending_space_ = true;
        continue;
      }
      if (!seen) {
        seen = true;
        current_.inner = current_.text.empty() ? parent : CommonAncestor(current_.inner, parent);
      }
      if (current_.text.empty()) {
        current_.html_offset = static_cast<uint32_t>(text.start_pos.offset);
        current_.element = owner;
        pending_space_ = false;
      } else if (pending_space_) {
        current_.text.push_back(' ');
        if (in_link) ++current_.link_bytes;
        pending_space_ = false;
      }
      current_.text.push_back(c);
      if (in_link) ++current_.link_bytes;
    }
  }

  int32_t CommonAncestor(int32_t a, int32_t b) const {
    const auto& elements = tree_.elements;
    while (a != b && a >= 0 && b >= 0) {
      if (elements[a].depth >= elements[b].depth) {
        a = elements[a].parent;
      } else {
        b = elements[b].parent;
      }
    }
    return a == b ? a : -1;
  }

  void CollectMetadata(const GumboElement& element, std::string_view tag) {
    if (tag == "html") {
      tree_.html_lang = std::string(Attr(element, "lang"));
    } else if (tag == "title" && tree_.title_tag.empty()) {
      tree_.title_tag = ChildText(element);
    } else if (tag == "meta") {
      std::string key = Lower(Attr(element, "property"));
      if (key.empty()) key = Lower(Attr(element, "name"));
      if (key.empty()) key = Lower(Attr(element, "itemprop"));
      std::string_view content = Attr(element, "content");
      if (!key.empty() && !content.empty()) tree_.metas.emplace_back(key, std::string(content));
    } else if (tag == "script") {
      if (Lower(Attr(element, "type")) == "application/ld+json") {
        tree_.json_ld.push_back(ChildText(element));
      }
    } else if (tag == "time") {
      std::string_view datetime = Attr(element, "datetime");
      if (!datetime.empty()) tree_.time_datetimes.emplace_back(datetime);
    } else if (tag == "link") {
      if (Lower(Attr(element, "rel")) == "canonical" && !tree_.canonical) {
        std::string_view href = Attr(element, "href");
        if (!href.empty()) tree_.canonical = std::string(href);
      }
    }
  }

  // Metadata elements may sit in skipped subtrees (<head>, hidden blocks).
  // Iterative, so that no page can exhaust the stack.
  void CollectMetadataBelow(const GumboNode* root) {
    std::vector<const GumboNode*> stack = {root};
    while (!stack.empty()) {
      const GumboNode* node = stack.back();
      stack.pop_back();
      if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) continue;
      const GumboElement& element = node->v.element;
      if (node != root) CollectMetadata(element, TagName(element));
      for (unsigned i = element.children.length; i > 0; --i) {
        stack.push_back(static_cast<const GumboNode*>(element.children.data[i - 1]));
      }
    }
  }

  // Below kMaxDepth the recursive walk stops; the rest of the subtree is read
  // iteratively as inline text of the current block, so nothing is lost.
  bool TooDeep(int32_t parent) const {
    static constexpr uint32_t kMaxDepth = 1000;
    return parent >= 0 && tree_.elements[parent].depth >= kMaxDepth;
  }

  void AddFlatText(const GumboNode* root, int32_t owner, int32_t parent) {
    std::vector<const GumboNode*> stack = {root};
    while (!stack.empty()) {
      const GumboNode* node = stack.back();
      stack.pop_back();
      if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
          node->type == GUMBO_NODE_CDATA) {
        AddText(node->v.text, owner, parent, false);
        continue;
      }
      if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) continue;
      const GumboElement& element = node->v.element;
      std::string tag = TagName(element);
      CollectMetadata(element, tag);
      if (IsSkippedTag(tag) || IsHidden(element)) continue;
      for (unsigned i = element.children.length; i > 0; --i) {
        stack.push_back(static_cast<const GumboNode*>(element.children.data[i - 1]));
      }
    }
  }

  static std::string ChildText(const GumboElement& element) {
    std::string out;
    for (unsigned i = 0; i < element.children.length; ++i) {
      const auto* child = static_cast<const GumboNode*>(element.children.data[i]);
      if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE ||
          child->type == GUMBO_NODE_CDATA) {
        out += child->v.text.text;
      }
    }
    return out;
  }

  PageTree& tree_;
  PageBlock current_;
  bool pending_space_ = false;
};

}  // namespace

bool PageTree::Contains(int32_t ancestor, int32_t element) const {
  while (element >= 0) {
    if (element == ancestor) return true;
    element = elements[element].parent;
  }
  return false;
}

Result<PageTree> ParsePageTree(std::string_view html) {
  if (html.size() >= std::numeric_limits<uint32_t>::max()) {
    return Status::Error("html: page of " + std::to_string(html.size()) +
                         " bytes is too large (expected under 4 GiB)");
  }
  // Same bytes at the same offsets, with nesting past the parser's limit
  // flattened (html/nesting_guard.h).
  const std::optional<std::string> flattened = FlattenDeepNesting(html);
  if (flattened) html = *flattened;
  std::unique_ptr<GumboOutput, GumboDeleter> output(
      gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()));
  PageTree tree;
  if (!output || !output->root) return tree;
  TreeBuilder builder(&tree);
  builder.Walk(output->root, -1, -1, 0);
  builder.Flush();
  return tree;
}

}  // namespace recoupe
