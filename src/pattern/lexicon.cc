#include "pattern/lexicon.h"

#include <algorithm>

#include "pattern/fold.h"

namespace recoupe::pattern {
namespace {

const std::string& FormOf(const Token& token, LexiconMode mode) {
  switch (mode) {
    case LexiconMode::kFold:
      return token.fold;
    case LexiconMode::kLower:
      return token.lower;
    case LexiconMode::kExact:
      return token.norm;
  }
  return token.fold;
}

}  // namespace

std::string NormalizeEntry(std::string_view entry, LexiconMode mode) {
  std::string form = mode == LexiconMode::kFold    ? FoldText(entry)
                     : mode == LexiconMode::kLower ? LowerText(entry)
                                                   : std::string(entry);
  std::string out;
  bool pending_space = false;
  for (char c : form) {
    if (c == ' ' || c == '\t') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(c);
  }
  return out;
}

LexiconTrie::LexiconTrie() : nodes_(1) {}

int32_t LexiconTrie::Child(int32_t node, unsigned char byte) const {
  const auto& children = nodes_[node].children;
  auto it = std::lower_bound(children.begin(), children.end(), byte,
                             [](const auto& edge, unsigned char b) { return edge.first < b; });
  return (it != children.end() && it->first == byte) ? it->second : -1;
}

int32_t LexiconTrie::Add(std::string_view form, int32_t lexicon, int32_t value) {
  int32_t node = 0;
  for (char c : form) {
    auto byte = static_cast<unsigned char>(c);
    int32_t next = Child(node, byte);
    if (next < 0) {
      next = static_cast<int32_t>(nodes_.size());
      nodes_.emplace_back();
      auto& children = nodes_[node].children;
      auto it = std::lower_bound(children.begin(), children.end(), byte,
                                 [](const auto& edge, unsigned char b) { return edge.first < b; });
      children.insert(it, {byte, next});
    }
    node = next;
  }
  for (const auto& [lex, val] : nodes_[node].entries) {
    if (lex == lexicon) return val;
  }
  nodes_[node].entries.emplace_back(lexicon, value);
  return -2;
}

void LexiconTrie::Find(std::span<const Token> tokens, uint32_t begin, LexiconMode mode,
                       std::vector<LexiconHit>* hits) const {
  if (empty()) return;
  // Trie nodes alive after the previous token; at most a handful. Reused
  // between calls of one thread (this runs at every token).
  thread_local std::vector<int32_t> active, next;
  active.assign(1, 0);
  for (uint32_t j = begin; j < tokens.size(); ++j) {
    if (j > begin) {
      if (tokens[j].sentence != tokens[begin].sentence) break;
      size_t count = active.size();
      for (size_t k = 0; k < count; ++k) {
        int32_t spaced = Child(active[k], ' ');
        if (spaced >= 0 && std::find(active.begin(), active.end(), spaced) == active.end()) {
          active.push_back(spaced);
        }
      }
    }
    next.clear();
    const std::string& form = FormOf(tokens[j], mode);
    for (int32_t node : active) {
      for (char c : form) {
        node = Child(node, static_cast<unsigned char>(c));
        if (node < 0) break;
      }
      if (node < 0 || std::find(next.begin(), next.end(), node) != next.end()) continue;
      next.push_back(node);
      for (const auto& [lexicon, value] : nodes_[node].entries) {
        hits->push_back({begin, j + 1, lexicon, value});
      }
    }
    if (next.empty() || form.empty()) break;
    active.swap(next);
  }
}

}  // namespace recoupe::pattern
