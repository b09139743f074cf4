#include "html/html_content.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string_view>

namespace recoupe {
namespace {

// Tags that are boilerplate by themselves, whatever their class says.
std::optional<BlockKind> KindOfTag(std::string_view tag) {
  if (tag == "nav" || tag == "menu") return BlockKind::kNavigation;
  if (tag == "aside") return BlockKind::kRelated;
  if (tag == "footer") return BlockKind::kOther;
  if (tag == "form" || tag == "button" || tag == "select" || tag == "option" ||
      tag == "label" || tag == "fieldset") {
    return BlockKind::kNavigation;
  }
  return std::nullopt;
}

uint32_t CodePoints(std::string_view s) {
  uint32_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

struct BlockStats {
  double length = 0;        // code points
  double link_density = 0;  // share of bytes inside links
  int words = 0;
  int punctuation = 0;      // , . ; : ! ?
  bool sentence_end = false;
};

BlockStats Measure(const PageBlock& block) {
  BlockStats stats;
  stats.length = CodePoints(block.text);
  stats.link_density =
      block.text.empty() ? 0.0 : static_cast<double>(block.link_bytes) / block.text.size();
  bool in_word = false;
  for (char c : block.text) {
    if (c == ' ') {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      ++stats.words;
    }
    if (c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?') ++stats.punctuation;
  }
  std::string_view text = block.text;
  stats.sentence_end = text.ends_with('.') || text.ends_with('!') || text.ends_with('?') ||
                       text.ends_with("\xC2\xBB") || text.ends_with("\xE2\x80\x9D") ||
                       text.ends_with('"') || text.ends_with(':');
  return stats;
}

// How much a block speaks for the container holding it: prose counts for it,
// links and short fragments against it.
double BlockValue(const BlockStats& s) {
  if (s.link_density >= 0.5) return -s.length;
  if (s.words >= 15 && s.punctuation >= 1) return s.length * (1.0 - s.link_density);
  if (s.words >= 8 && s.sentence_end) return 0.5 * s.length * (1.0 - s.link_density);
  return -0.25 * s.length;
}

std::string Fixed2(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", value);
  return buffer;
}

class Classifier {
 public:
  Classifier(const PageTree& tree, const HtmlHints& hints) : tree_(tree) {
    matches_.reserve(tree.elements.size());
    for (const auto& element : tree.elements) matches_.push_back(hints.Match(element.class_and_id));
  }

  // The boilerplate kind an element marks by tag or class, with a reason.
  std::optional<std::pair<BlockKind, std::string>> ElementKind(int32_t e) const {
    const PageElement& element = tree_.elements[e];
    if (element.tag == "figcaption") return std::pair{BlockKind::kCaption, std::string("tag=figcaption")};
    if (auto kind = KindOfTag(element.tag)) return std::pair{*kind, "tag=" + element.tag};
    const HintMatch& match = matches_[e];
    if (match.kind && !element.content_marker) {
      return std::pair{*match.kind, "class~" + match.word};
    }
    return std::nullopt;
  }

  int32_t ChooseContainer(const std::vector<BlockStats>& stats) {
    std::vector<double> sums(tree_.elements.size(), 0.0);
    for (size_t b = 0; b < tree_.blocks.size(); ++b) {
      double value = BlockValue(stats[b]);
      bool outside_boilerplate = false;
      for (int32_t e = tree_.blocks[b].element; e >= 0; e = tree_.elements[e].parent) {
        sums[e] += outside_boilerplate ? -std::abs(value) : value;
        if (ElementKind(e) && tree_.elements[e].tag != "figcaption") outside_boilerplate = true;
      }
    }
    int32_t best = -1;
    double best_score = 0;
    for (size_t e = 0; e < sums.size(); ++e) {
      double score = sums[e];
      if (score <= 0) continue;
      const PageElement& element = tree_.elements[e];
      if (ElementKind(static_cast<int32_t>(e))) {
        score *= 0.2;
      } else if (element.content_marker || matches_[e].content) {
        score *= 1.15;
      }
      if (score > best_score) {
        best_score = score;
        best = static_cast<int32_t>(e);
      }
    }
    return best;
  }

  HtmlBlock Classify(size_t b, const BlockStats& stats, int32_t container,
                     const std::optional<std::string>& title) const {
    const PageBlock& block = tree_.blocks[b];
    HtmlBlock out{block.text, block.html_offset, BlockKind::kOther, ""};
    const std::string& tag = block.element >= 0 ? tree_.elements[block.element].tag : "";
    bool inside = container >= 0 && tree_.Contains(container, block.element);
    bool is_title = tag == "h1" || (title && block.text == *title);
    // Boilerplate marked by an element between the block and the container.
    for (int32_t e = block.element; e >= 0 && e != container; e = tree_.elements[e].parent) {
      if (auto kind = ElementKind(e)) {
        out.kind = kind->first;
        out.reason = kind->second;
        return out;
      }
    }
    if (is_title) {
      out.kind = BlockKind::kTitle;
      out.reason = tag == "h1" ? "tag=h1" : "same_as_title";
      return out;
    }
    if (!inside) {
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
  const PageTree& tree_;
  std::vector<HintMatch> matches_;
};

}  // namespace

std::vector<HtmlBlock> ClassifyBlocks(const PageTree& tree, const HtmlHints& hints,
                                      const std::optional<std::string>& title) {
  std::vector<BlockStats> stats;
  stats.reserve(tree.blocks.size());
  for (const auto& block : tree.blocks) stats.push_back(Measure(block));
  Classifier classifier(tree, hints);
  int32_t container = classifier.ChooseContainer(stats);
  std::vector<HtmlBlock> out;
  out.reserve(tree.blocks.size());
  for (size_t b = 0; b < tree.blocks.size(); ++b) {
    out.push_back(classifier.Classify(b, stats[b], container, title));
  }
  return out;
}

}  // namespace recoupe
