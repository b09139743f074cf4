#include "html/html_content.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string_view>

namespace recoupe {
namespace {

// Quoted posts (tweets, Instagram) sit in wrappers classed "social" or "embed";
// above a <blockquote>, such navigation or "other" class hints are not believed.
bool IsEmbedWrapperKind(BlockKind kind) {
  return kind == BlockKind::kNavigation || kind == BlockKind::kOther;
}

bool IsFormTag(std::string_view tag) {
  return tag == "form" || tag == "button" || tag == "select" || tag == "option" || tag == "label" ||
         tag == "fieldset";
}

// Tags that are boilerplate by themselves, whatever their class says.
std::optional<BlockKind> KindOfTag(std::string_view tag) {
  if (tag == "nav" || tag == "menu") return BlockKind::kNavigation;
  if (tag == "aside") return BlockKind::kRelated;
  if (tag == "footer") return BlockKind::kOther;
  if (IsFormTag(tag)) return BlockKind::kNavigation;
  return std::nullopt;
}

struct BlockStats {
  double length = 0;        // code points
  double link_density = 0;  // share of bytes inside links
  int words = 0;
  int punctuation = 0;  // , . ; : ! ?
  bool sentence_end = false;
};

// Decodes the code point starting at s[i] (valid UTF-8 assumed) and advances i.
char32_t NextCodePoint(std::string_view s, size_t* i) {
  unsigned char c = static_cast<unsigned char>(s[*i]);
  int extra = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
  char32_t cp = extra == 0 ? c : extra == 1 ? (c & 0x1F) : extra == 2 ? (c & 0x0F) : (c & 0x07);
  ++*i;
  for (int k = 0; k < extra && *i < s.size(); ++k, ++*i) {
    cp = (cp << 6) | (static_cast<unsigned char>(s[*i]) & 0x3F);
  }
  return cp;
}

// Scripts written without spaces: two ideographs or kana count as one word.
bool IsCjk(char32_t cp) {
  return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x9FFF) ||
         (cp >= 0xF900 && cp <= 0xFAFF);
}

bool IsPunctuation(char32_t cp) {
  switch (cp) {
    case ',':
    case '.':
    case ';':
    case ':':
    case '!':
    case '?':
    case 0x3001:
    case 0x3002:
    case 0xFF0C:
    case 0xFF01:
    case 0xFF1F:
    case 0x060C:
      return true;
    default:
      return false;
  }
}

BlockStats Measure(const PageBlock& block) {
  BlockStats stats;
  std::string_view text = block.text;
  stats.link_density = text.empty() ? 0.0 : static_cast<double>(block.link_bytes) / text.size();
  bool in_word = false;
  int cjk = 0;
  for (size_t i = 0; i < text.size();) {
    char32_t cp = NextCodePoint(text, &i);
    stats.length += 1;
    if (cp == ' ') {
      in_word = false;
    } else if (IsCjk(cp)) {
      ++cjk;
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      ++stats.words;
    }
    if (IsPunctuation(cp)) ++stats.punctuation;
  }
  stats.words += cjk / 2;
  stats.sentence_end = text.ends_with('.') || text.ends_with('!') || text.ends_with('?') ||
                       text.ends_with("\xC2\xBB") || text.ends_with("\xE2\x80\x9D") ||
                       text.ends_with('"') || text.ends_with(':') || text.ends_with("\xE3\x80\x82");
  return stats;
}

// How much a block speaks for the container holding it: prose counts for it,
// links and short fragments against it.
double BlockValue(const BlockStats& s) {
  if (s.link_density >= 0.5) return -s.length;
  if (s.words >= 15 && s.punctuation >= 1) return s.length * (1.0 - s.link_density);
  if (s.words >= 8 && s.sentence_end) return 0.5 * s.length * (1.0 - s.link_density);
  return -0.1 * s.length;
}

std::string Fixed2(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", value);
  return buffer;
}

class Classifier {
 public:
  Classifier(const PageTree& tree, const HtmlHints& hints, const std::vector<BlockStats>& stats)
      : tree_(tree) {
    matches_.reserve(tree.elements.size());
    for (const auto& element : tree.elements) matches_.push_back(hints.Match(element.class_and_id));
    values_.reserve(stats.size());
    for (const auto& s : stats) values_.push_back(BlockValue(s));
    // Prose held by each element, before any hint is believed.
    prose_.assign(tree.elements.size(), 0.0);
    double page_prose = 0;
    for (size_t b = 0; b < tree.blocks.size(); ++b) {
      if (values_[b] <= 0) continue;
      page_prose += values_[b];
      const PageBlock& block = tree.blocks[b];
      for (int32_t e = block.inner >= 0 ? block.inner : block.element; e >= 0;
           e = tree.elements[e].parent) {
        prose_[e] += values_[b];
      }
    }
    prose_override_ = std::max(kMinOverrideProse, kOverrideShare * page_prose);
    // Which elements are or hold an article marker (<article>, <main>, role, itemprop).
    holds_marker_.assign(tree.elements.size(), false);
    for (int32_t e = static_cast<int32_t>(tree.elements.size()) - 1; e >= 0; --e) {
      if (tree.elements[e].content_marker) holds_marker_[e] = true;
      if (holds_marker_[e] && tree.elements[e].parent >= 0) {
        holds_marker_[tree.elements[e].parent] = true;
      }
    }
    kinds_.reserve(tree.elements.size());
    for (int32_t e = 0; e < static_cast<int32_t>(tree.elements.size()); ++e) {
      kinds_.push_back(ComputeElementKind(e));
    }
  }

  using Kind = std::optional<std::pair<BlockKind, std::string>>;

  // The boilerplate kind an element marks by tag or class, with a reason
  // (computed once per element by the constructor).
  const Kind& ElementKind(int32_t e) const { return kinds_[e]; }

 private:
  // A wrapper that holds a large share of the page's prose is not believed to
  // be boilerplate (sites put "overlay", "paywall" or "cookie" classes on
  // article wrappers), except for comment sections.
  Kind ComputeElementKind(int32_t e) const {
    const PageElement& element = tree_.elements[e];
    if (element.tag == "figcaption")
      return std::pair{BlockKind::kCaption, std::string("tag=figcaption")};
    std::optional<std::pair<BlockKind, std::string>> kind;
    if (auto by_tag = KindOfTag(element.tag)) {
      // <nav>, <aside>, <footer> mean what they say; whole pages sit in a <form>.
      if (!IsFormTag(element.tag)) return std::pair{*by_tag, "tag=" + element.tag};
      kind = std::pair{*by_tag, "tag=" + element.tag};
    } else if (const HintMatch& match = matches_[e]; match.kind && !element.content_marker) {
      kind = std::pair{*match.kind, "class~" + match.word};
    }
    if (kind && kind->first != BlockKind::kComments && prose_[e] >= prose_override_ &&
        holds_marker_[e]) {
      return std::nullopt;
    }
    return kind;
  }

 public:
  int32_t ChooseContainer() {
    std::vector<double> sums(tree_.elements.size(), 0.0);
    std::vector<double> clean_prose(tree_.elements.size(), 0.0);
    for (size_t b = 0; b < tree_.blocks.size(); ++b) {
      double value = values_[b];
      bool outside_boilerplate = false;
      const PageBlock& block = tree_.blocks[b];
      for (int32_t e = block.inner >= 0 ? block.inner : block.element; e >= 0;
           e = tree_.elements[e].parent) {
        sums[e] += outside_boilerplate ? -std::abs(value) : value;
        if (!outside_boilerplate && value > 0) clean_prose[e] += value;
        if (ElementKind(e) && tree_.elements[e].tag != "figcaption") outside_boilerplate = true;
      }
    }
    // Article text is a run of sibling paragraphs: prose held by an element's
    // children (and, half, grandchildren) counts again for it.
    std::vector<double> local(tree_.elements.size(), 0.0);
    for (size_t b = 0; b < tree_.blocks.size(); ++b) {
      if (values_[b] <= 0) continue;
      int32_t e = tree_.blocks[b].element;
      if (e < 0) continue;
      local[e] += values_[b];
      int32_t parent = tree_.elements[e].parent;
      if (parent < 0) continue;
      local[parent] += values_[b];
      if (tree_.elements[parent].parent >= 0)
        local[tree_.elements[parent].parent] += 0.5 * values_[b];
    }
    for (size_t e = 0; e < sums.size(); ++e) sums[e] += kLocalWeight * local[e];
    // Elements are numbered in document order, so parents come first.
    std::vector<bool> in_boilerplate(tree_.elements.size(), false);
    for (int32_t e = 0; e < static_cast<int32_t>(tree_.elements.size()); ++e) {
      int32_t parent = tree_.elements[e].parent;
      in_boilerplate[e] = (parent >= 0 && in_boilerplate[parent]) ||
                          (ElementKind(e) && tree_.elements[e].tag != "figcaption");
    }
    auto score = [&](int32_t e) {
      if (in_boilerplate[e]) return sums[e] * kBoilerplateFactor;
      const PageElement& element = tree_.elements[e];
      if (element.content_marker || matches_[e].content) return sums[e] * kContentFactor;
      return sums[e];
    };
    int32_t best = -1;
    double best_score = 0;
    for (int32_t e = 0; e < static_cast<int32_t>(sums.size()); ++e) {
      double s = score(e);
      if (s > best_score) {
        best_score = s;
        best = e;
      }
    }
    // A paragraph or a part of the article can outscore the whole when the
    // rest carries link lists; move up while the parent adds clearly more
    // prose for a still reasonable score.
    while (best >= 0) {
      int32_t parent = tree_.elements[best].parent;
      if (parent < 0 || ElementKind(parent) || tree_.elements[best].content_marker) break;
      if (clean_prose[parent] < kExpandProse * clean_prose[best]) break;
      if (score(parent) < kExpandScore * score(best)) break;
      best = parent;
    }
    return best;
  }

  // `first_inside` is the index of the first block inside `container`.
  HtmlBlock Classify(size_t b, const BlockStats& stats, int32_t container, size_t first_inside,
                     const std::optional<std::string>& title) const {
    const PageBlock& block = tree_.blocks[b];
    HtmlBlock out{block.text, block.html_offset, BlockKind::kOther, ""};
    const std::string& tag = block.element >= 0 ? tree_.elements[block.element].tag : "";
    bool inside = container >= 0 && tree_.Contains(container, block.element);
    bool is_title = tag == "h1" || (title && block.text == *title);
    // Boilerplate marked by an element between the block and the container.
    int32_t start = block.inner >= 0 ? block.inner : block.element;
    // Form controls say little by themselves: an enclosing element's kind
    // (a cookie banner's "Accept" button) wins over theirs.
    Kind control;
    bool quoted = false;
    for (int32_t e = start; e >= 0 && e != container; e = tree_.elements[e].parent) {
      const Kind& kind = ElementKind(e);
      if (tree_.elements[e].tag == "blockquote") quoted = true;
      if (!kind) continue;
      if (quoted && kind->second.starts_with("class~") && IsEmbedWrapperKind(kind->first)) {
        continue;
      }
      if (IsFormTag(tree_.elements[e].tag)) {
        if (!control) control = kind;
        continue;
      }
      out.kind = kind->first;
      out.reason = kind->second;
      return out;
    }
    if (control) {
      out.kind = control->first;
      out.reason = control->second;
      return out;
    }
    if (is_title) {
      out.kind = BlockKind::kTitle;
      out.reason = tag == "h1" ? "tag=h1" : "same_as_title";
      return out;
    }
    if (!inside) {
      // Prose just before the container (a standfirst in a sibling element) joins it.
      if (values_[b] > 0 && stats.link_density < kNearMaxLinkDensity && b < first_inside &&
          NearContainer(start, container)) {
        out.kind = BlockKind::kBody;
        out.reason = "near_main";
        return out;
      }
      out.kind = BlockKind::kOther;
      out.reason = "outside_main";
      return out;
    }
    if (stats.link_density > 0.5) {
      out.kind = stats.words >= 4 ? BlockKind::kRelated : BlockKind::kNavigation;
      out.reason = "link_density=" + Fixed2(stats.link_density);
      return out;
    }
    bool heading = tag.size() == 2 && tag[0] == 'h' && tag[1] >= '2' && tag[1] <= '6';
    out.kind = heading ? BlockKind::kHeading : BlockKind::kBody;
    out.reason = "in_main";
    return out;
  }

 private:
  // True if `start` lies under the container's parent (or grandparent, up to
  // kNearLevels) with no boilerplate element on the way up to it.
  bool NearContainer(int32_t start, int32_t container) const {
    if (container < 0) return false;
    int32_t scope = container;
    for (int level = 0; level < kNearLevels && tree_.elements[scope].parent >= 0; ++level) {
      scope = tree_.elements[scope].parent;
    }
    if (!tree_.Contains(scope, start)) return false;
    for (int32_t e = start; e >= 0 && e != scope; e = tree_.elements[e].parent) {
      if (ElementKind(e)) return false;
    }
    return true;
  }

  static constexpr int kNearLevels = 1;
  static constexpr double kNearMaxLinkDensity = 0.3;
  static constexpr double kBoilerplateFactor = 0.2;
  static constexpr double kLocalWeight = 0.5;
  static constexpr double kContentFactor = 2.0;
  static constexpr double kExpandProse = 1.2;
  static constexpr double kExpandScore = 0.5;
  static constexpr double kOverrideShare = 0.4;
  static constexpr double kMinOverrideProse = 400;

  const PageTree& tree_;
  std::vector<HintMatch> matches_;
  std::vector<double> values_;  // BlockValue of each block
  std::vector<double> prose_;   // positive block values under each element
  std::vector<bool> holds_marker_;
  std::vector<Kind> kinds_;  // ElementKind of each element
  double prose_override_ = 0;
};

}  // namespace

std::vector<HtmlBlock> ClassifyBlocks(const PageTree& tree, const HtmlHints& hints,
                                      const std::optional<std::string>& title) {
  std::vector<BlockStats> stats;
  stats.reserve(tree.blocks.size());
  for (const auto& block : tree.blocks) stats.push_back(Measure(block));
  Classifier classifier(tree, hints, stats);
  int32_t container = classifier.ChooseContainer();
  std::vector<HtmlBlock> out;
  out.reserve(tree.blocks.size());
  size_t first_inside = 0;
  while (first_inside < tree.blocks.size() &&
         !(container >= 0 && tree.Contains(container, tree.blocks[first_inside].element))) {
    ++first_inside;
  }
  for (size_t b = 0; b < tree.blocks.size(); ++b) {
    out.push_back(classifier.Classify(b, stats[b], container, first_inside, title));
  }
  return out;
}

}  // namespace recoupe
