#include "clean/block_split.h"

#include "segment/tokenizer.h"

namespace recoupe {
namespace {

// Length of a white-space character at raw[i] (ASCII space, tab, CR, LF,
// U+00A0, U+202F, U+2009), or 0.
size_t SpaceLength(std::string_view raw, size_t i) {
  const unsigned char c = static_cast<unsigned char>(raw[i]);
  if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') return 1;
  if (raw.substr(i, 2) == "\xC2\xA0") return 2;
  if (raw.substr(i, 3) == "\xE2\x80\xAF" || raw.substr(i, 3) == "\xE2\x80\x89") return 3;
  return 0;
}

bool EndsSentence(const Token& t) {
  return t.shape == TokenShape::kPunct &&
         (t.norm == "." || t.norm == "!" || t.norm == "?" || t.norm == "..." || t.norm == "…");
}

bool IsLowerWord(const Token& t) {
  return t.shape == TokenShape::kWord && !t.has(kCapitalized) && !t.has(kAllCaps);
}

int WordsIn(const std::vector<Token>& tokens, size_t from, size_t to) {
  int n = 0;
  for (size_t i = from; i < to; ++i)
    n += tokens[i].shape == TokenShape::kWord || tokens[i].shape == TokenShape::kNumber;
  return n;
}

constexpr size_t kRunInMinBlockBytes = 400;
constexpr int kRunInMaxFragmentWords = 15;
constexpr int kStandfirstMaxWords = 25;

}  // namespace

Span TrimSpan(std::string_view raw, Span span) {
  while (span.begin < span.end) {
    const size_t n = SpaceLength(raw, span.begin);
    if (n == 0 || span.begin + n > span.end) break;
    span.begin += static_cast<uint32_t>(n);
  }
  while (span.end > span.begin) {
    bool trimmed = false;
    for (size_t n : {1, 2, 3}) {
      if (span.end - span.begin < n) break;
      if (SpaceLength(raw, span.end - n) == n) {
        span.end -= static_cast<uint32_t>(n);
        trimmed = true;
        break;
      }
    }
    if (!trimmed) break;
  }
  return span;
}

std::vector<Span> SplitLines(std::string_view raw, Span span) {
  std::vector<Span> lines;
  uint32_t start = span.begin;
  while (start < span.end) {
    size_t eol = raw.find('\n', start);
    if (eol == std::string_view::npos || eol > span.end) eol = span.end;
    const Span line = TrimSpan(raw, {start, static_cast<uint32_t>(eol)});
    if (!line.empty()) lines.push_back(line);
    start = static_cast<uint32_t>(eol) + 1;
  }
  return lines;
}

WorkBlock MakeWorkBlock(std::string_view raw, Span span, BlockKind kind) {
  WorkBlock block;
  block.span = span;
  block.kind = kind;
  block.tokens = TokenizeText(raw.substr(span.begin, span.size()), span.begin);
  return block;
}

std::vector<WorkBlock> SplitRunIns(std::string_view raw, WorkBlock block, const CueLexicon& cues) {
  if (block.span.size() < kRunInMinBlockBytes || block.fixed) return {std::move(block)};
  const std::vector<Token>& t = block.tokens;
  std::vector<WorkBlock> pieces;
  uint32_t piece_begin = block.span.begin;
  size_t sentence_start = 0;  // token index after the last full stop
  bool at_block_start = true;
  for (size_t i = 1; i + 1 < t.size(); ++i) {
    if (EndsSentence(t[i - 1])) sentence_start = i, at_block_start = false;
    const Token& prev = t[i - 1];
    const Token& word = t[i];
    const bool boundary = prev.shape == TokenShape::kWord && word.has(kCapitalized) &&
                          cues.InClass("function_words", word.fold) && IsLowerWord(t[i + 1]) &&
                          (prev.shape == TokenShape::kWord || prev.shape == TokenShape::kNumber);
    if (!boundary || i - sentence_start < 2) continue;
    if (WordsIn(t, sentence_start, i) > kRunInMaxFragmentWords) continue;
    const Span fragment{t[sentence_start].span.begin, prev.span.end};
    if (fragment.begin > piece_begin)
      pieces.push_back(MakeWorkBlock(raw, TrimSpan(raw, {piece_begin, fragment.begin})));
    WorkBlock heading = MakeWorkBlock(raw, fragment, at_block_start && pieces.empty()
                                                         ? BlockKind::kTitle
                                                         : BlockKind::kHeading);
    heading.fixed = true;
    heading.reason = "run-in: no punctuation before the capitalised '" + word.norm + "'";
    const bool title = heading.kind == BlockKind::kTitle;
    pieces.push_back(std::move(heading));
    piece_begin = word.span.begin;
    // A short first sentence right after a run-in title is its standfirst.
    if (title) {
      size_t end = i;
      while (end < t.size() && !EndsSentence(t[end])) ++end;
      if (end < t.size() && WordsIn(t, i, end) <= kStandfirstMaxWords) {
        WorkBlock standfirst = MakeWorkBlock(raw, {word.span.begin, t[end].span.end},
                                             BlockKind::kSubtitle);
        standfirst.fixed = true;
        standfirst.reason = "short first sentence after a run-in title";
        pieces.push_back(std::move(standfirst));
        piece_begin = t[end].span.end;
        i = end;
        sentence_start = end + 1;
      }
    }
    at_block_start = false;
  }
  if (pieces.empty()) return {std::move(block)};
  const Span rest = TrimSpan(raw, {piece_begin, block.span.end});
  if (!rest.empty()) pieces.push_back(MakeWorkBlock(raw, rest));
  return pieces;
}

std::vector<WorkBlock> CarveCredit(std::string_view raw, WorkBlock block) {
  const std::vector<Token>& t = block.tokens;
  size_t sign = t.size();
  for (size_t i = 0; i < t.size(); ++i)
    if (t[i].norm == "©" || t[i].norm == "(c)") {
      sign = i;
      break;
    }
  if (sign == t.size() || block.fixed) return {std::move(block)};
  const bool parenthesized = t.front().norm == "(" && t.back().norm == ")";
  uint32_t credit_end = block.span.end;
  uint32_t before_begin = block.span.begin;
  if (parenthesized) {
    credit_end = t.back().span.begin;
    before_begin = t.front().span.end;
  }
  std::vector<WorkBlock> pieces;
  const Span before = TrimSpan(raw, {before_begin, t[sign].span.begin});
  if (!before.empty()) {
    WorkBlock caption = MakeWorkBlock(raw, before);
    if (parenthesized) {
      caption.kind = BlockKind::kCaption;
      caption.fixed = true;
      caption.reason = "parenthesised text with a photo credit";
    }
    pieces.push_back(std::move(caption));
  }
  WorkBlock credit =
      MakeWorkBlock(raw, TrimSpan(raw, {t[sign].span.begin, credit_end}), BlockKind::kCredit);
  credit.fixed = true;
  credit.reason = "starts with ©";
  pieces.push_back(std::move(credit));
  return pieces;
}

}  // namespace recoupe
