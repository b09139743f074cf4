#include "clean/block_split.h"

#include <algorithm>

#include "segment/segmenter.h"
#include "segment/tokenizer.h"

namespace recoupe {
namespace {

// A one-block result without copying the block (an initializer list would).
std::vector<WorkBlock> Whole(WorkBlock block) {
  std::vector<WorkBlock> one;
  one.push_back(std::move(block));
  return one;
}

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
constexpr int kTitleMinWords = 4;
constexpr int kStrongCueWeight = 3;  // "lire aussi", "read more": cuts even at a sentence start

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

namespace {

// Kinds whose cues, starting with a capital after a bare word, begin a new
// unit inside a run-on line.
bool IsFurnitureCueKind(BlockKind kind) {
  return kind == BlockKind::kNotice || kind == BlockKind::kRelated ||
         kind == BlockKind::kByline || kind == BlockKind::kNavigation ||
         kind == BlockKind::kComments || kind == BlockKind::kDonation ||
         kind == BlockKind::kCookie;
}

// Kinds of furniture that may trail a paragraph ("… residents. Read more").
bool TrailsText(BlockKind kind) {
  return kind == BlockKind::kRelated || kind == BlockKind::kNavigation ||
         kind == BlockKind::kNotice;
}

bool IsBullet(const Token& t) {
  return t.norm == "•" || t.norm == "·" || t.norm == "●" || t.norm == "▪" || t.norm == "|";
}

bool IsBare(const Token& t) {
  return t.shape == TokenShape::kWord || t.shape == TokenShape::kNumber;
}

bool IsCapital(const Token& t) { return t.has(kCapitalized) || t.has(kAllCaps); }

// Does raw text starting at token `i` begin with a known outlet's name?
bool StartsOutletName(std::string_view raw, const Token& t, const OutletTable& outlets) {
  const std::string_view rest = raw.substr(t.span.begin);
  for (const Outlet& outlet : outlets.outlets())
    for (const std::string& alias : outlet.aliases)
      if (rest.starts_with(alias)) return true;
  return false;
}

// A missing full stop before token i (see SplitRunOn).
bool MissingStopBefore(std::string_view raw, const std::vector<Token>& t, size_t i,
                       bool title_position, const CueLexicon& cues, const OutletTable& outlets) {
  if (i == 0 || i + 1 >= t.size()) return false;
  if (!IsBare(t[i - 1]) || !t[i].has(kCapitalized) || !cues.InClass("function_words", t[i].fold))
    return false;
  if (IsLowerWord(t[i + 1])) return true;
  return title_position && IsCapital(t[i + 1]) && !StartsOutletName(raw, t[i], outlets);
}

// End (token index) of the name run of a byline starting at `lead` ("Par
// Julien Ferrand avec ALP"): capitalised words and connectors; a capitalised
// word followed by a lower-case word starts the next sentence.
size_t BylineEnd(const std::vector<Token>& t, size_t lead, const CueLexicon& cues) {
  size_t end = lead + 1;
  bool any_name = false;
  for (size_t i = lead + 1; i < t.size(); ++i) {
    const bool connector = cues.InClass("name_connectors", t[i].fold);
    if (IsCapital(t[i])) {
      const bool next_lower = i + 1 < t.size() && IsLowerWord(t[i + 1]) &&
                              !cues.InClass("name_connectors", t[i + 1].fold);
      if (any_name && next_lower) return end;
      any_name = true;
      end = i + 1;
    } else if (!(connector && any_name)) {
      return end;
    }
  }
  return end;
}

bool IsOpeningQuote(const Token& t) {
  return t.norm == "“" || t.norm == "«" || t.norm == "\"" || t.norm == "„";
}

// The headline of a related link ends where a quotation opens after a bare
// word ("Lire aussi : Les bombardements se poursuivent “J'ai vu …"): index
// of the quote, or t.size() when none comes within a headline's length.
size_t LinkTextEnd(const std::vector<Token>& t, size_t from) {
  constexpr size_t kMaxLinkTokens = 30;
  for (size_t i = from + 1; i < t.size() && i < from + kMaxLinkTokens; ++i) {
    if (EndsSentence(t[i])) return t.size();
    if (IsOpeningQuote(t[i]) && IsBare(t[i - 1])) return i;
  }
  return t.size();
}

}  // namespace

std::vector<WorkBlock> SplitRunOn(std::string_view raw, WorkBlock block, const CueLexicon& cues,
                                  const OutletTable& outlets, int group) {
  if (block.fixed) return Whole(std::move(block));
  const std::vector<Token>& t = block.tokens;
  if (t.size() < 2) return Whole(std::move(block));
  // Short blocks are paragraphs, not run-on lines: only a strong furniture
  // cue opening one of their sentences ("… residents. Read more…") cuts them.
  const bool run_on = block.span.size() >= kRunInMinBlockBytes;

  enum class Cut : uint8_t { kNone, kSentence, kMissingStop, kFurniture };
  std::vector<Cut> cut(t.size() + 1, Cut::kNone);
  for (const SentenceBounds& s : SplitSentences(t, DefaultAbbreviations()))
    if (s.first_token > 0) cut[s.first_token] = Cut::kSentence;
  cut[t.size()] = Cut::kSentence;

  // Words before each token: a fragment's word count in one subtraction, so
  // that a long line without full stops stays linear.
  std::vector<int> words_before(t.size() + 1, 0);
  for (size_t i = 0; i < t.size(); ++i)
    words_before[i + 1] = words_before[i] + WordsIn(t, i, i + 1);

  // Missing full stops; the title position is the first fragment of the line.
  size_t sentence_start = 0;
  for (size_t i = 1; run_on && i < t.size(); ++i) {
    if (cut[i] == Cut::kSentence) sentence_start = i;
    const bool title_position = sentence_start == 0 && words_before[i] >= kTitleMinWords;
    if (words_before[i] - words_before[sentence_start] > kRunInMaxFragmentWords) continue;
    if (cut[i] == Cut::kNone && MissingStopBefore(raw, t, i, title_position, cues, outlets))
      cut[i] = Cut::kMissingStop, sentence_start = i;
  }
  // Furniture cues that start mid-line, byline name runs, © signs.
  std::vector<std::string_view> words;
  std::vector<size_t> word_token;
  for (size_t i = 0; i < t.size(); ++i)
    if (IsBare(t[i])) words.push_back(t[i].fold), word_token.push_back(i);
  size_t covered_until = 0;  // a cue inside another ("lire aussi" in "à lire aussi") cuts nothing
  for (const CueHit& hit : cues.Find(words)) {
    const size_t i = word_token[hit.first_word];
    const bool inside_previous = hit.first_word < covered_until;
    covered_until = std::max(covered_until, hit.first_word + hit.cue->words.size());
    if (inside_previous) continue;
    if (!IsFurnitureCueKind(hit.cue->kind) || i == 0 || !IsCapital(t[i])) continue;
    // After a bare word the cue's capital betrays a missing break; at the
    // start of a sentence or after a bullet, only a strong cue of furniture
    // that trails text (a link, a label, a notice) does.
    const bool strong = hit.cue->weight >= kStrongCueWeight && TrailsText(hit.cue->kind) &&
                        (cut[i] == Cut::kSentence || IsBullet(t[i - 1]) ||
                         EndsSentence(t[i - 1]));  // "carburant.Lire aussi"
    if (IsBare(t[i - 1]) ? !run_on : !strong) continue;
    if (cut[i] == Cut::kNone || cut[i] == Cut::kSentence) cut[i] = Cut::kFurniture;
    if (hit.cue->kind == BlockKind::kRelated) {
      const size_t quote = LinkTextEnd(t, i + hit.cue->words.size());
      if (quote < t.size() && cut[quote] == Cut::kNone) cut[quote] = Cut::kFurniture;
    }
    if (hit.cue->kind == BlockKind::kByline) {
      const size_t end = BylineEnd(t, i + hit.cue->words.size() - 1, cues);
      if (end < t.size() && cut[end] == Cut::kNone) cut[end] = Cut::kFurniture;
    }
  }
  for (size_t i = 1; run_on && i < t.size(); ++i)
    if (t[i].norm == "©" && cut[i] == Cut::kNone) cut[i] = Cut::kFurniture;

  if (!run_on)  // a paragraph is cut only where its furniture starts
    std::replace(cut.begin() + 1, cut.end() - 1, Cut::kSentence, Cut::kNone);
  // A paragraph whose only cuts are its sentence ends is not a run-on line.
  if (std::none_of(cut.begin(), cut.end(),
                   [](Cut c) { return c == Cut::kMissingStop || c == Cut::kFurniture; }))
    return Whole(std::move(block));

  std::vector<WorkBlock> units;
  size_t begin = 0;
  for (size_t i = 1; i <= t.size(); ++i) {
    if (cut[i] == Cut::kNone) continue;
    // Read what the unit's tokens say before they move into it.
    const bool unfinished = !EndsSentence(t[i - 1]);
    const int unit_words = words_before[i] - words_before[begin];
    WorkBlock unit;
    unit.span = {t[begin].span.begin, t[i - 1].span.end};
    // The block is given up for its units: move its tokens instead of copying.
    unit.tokens.assign(std::make_move_iterator(block.tokens.begin() + static_cast<long>(begin)),
                       std::make_move_iterator(block.tokens.begin() + static_cast<long>(i)));
    unit.run_on_group = group;
    if (cut[i] == Cut::kMissingStop && unfinished && unit_words <= kRunInMaxFragmentWords) {
      unit.kind = units.empty() ? BlockKind::kTitle : BlockKind::kHeading;
      unit.fixed = true;
      unit.reason = "run-in: no full stop before the capitalised '" + t[i].norm + "'";
    } else if (units.size() == 1 && units[0].kind == BlockKind::kTitle && !unfinished &&
               unit_words <= kStandfirstMaxWords) {
      unit.kind = BlockKind::kSubtitle;
      unit.fixed = true;
      unit.reason = "short first sentence after a run-in title";
    }
    units.push_back(std::move(unit));
    begin = i;
  }
  return units;  // at least two: a cut other than the line's end was found above
}

void MergeRunOnUnits(std::vector<WorkBlock>& blocks) {
  std::vector<WorkBlock> merged;
  for (WorkBlock& b : blocks) {
    const bool mergeable = !b.fixed && b.run_on_group >= 0;
    if (mergeable && !merged.empty() && !merged.back().fixed && merged.back().kind == b.kind &&
        merged.back().run_on_group == b.run_on_group) {
      WorkBlock& into = merged.back();
      into.span.end = b.span.end;
      into.tokens.insert(into.tokens.end(), std::make_move_iterator(b.tokens.begin()),
                         std::make_move_iterator(b.tokens.end()));
      continue;
    }
    merged.push_back(std::move(b));
  }
  blocks = std::move(merged);
}

namespace {

bool IsDash(const Token& t) { return t.norm == "–" || t.norm == "—" || t.norm == "-"; }

// Where a credit that starts at t[sign] ("© 2013 Human Rights Watch (Nairobi)")
// ends when article text follows it on the line: at a spaced dash or at the
// first lower-case word after its name run. t.size() when the rest of the
// line is short (it belongs to the credit) or when there is no such end.
size_t CreditEnd(const std::vector<Token>& t, size_t sign, const CueLexicon& cues) {
  constexpr int kMinTextWords = 8;  // what follows must read as text of its own
  size_t end = sign + 1;
  int depth = 0;
  for (; end < t.size(); ++end) {
    const Token& tok = t[end];
    if (tok.norm == "(") ++depth;
    if (tok.norm == ")") --depth;
    if (depth > 0 || tok.norm == ")" || tok.shape == TokenShape::kNumber) continue;
    if (IsDash(tok) && tok.has(kSpaceBefore)) break;
    if (IsLowerWord(tok) && !cues.InClass("name_connectors", tok.fold)) break;
  }
  if (end == sign + 1 || WordsIn(t, end, t.size()) < kMinTextWords) return t.size();
  return end;
}

}  // namespace

std::vector<WorkBlock> CarveCredit(std::string_view raw, WorkBlock block, const CueLexicon& cues) {
  const std::vector<Token>& t = block.tokens;
  size_t sign = t.size();
  for (size_t i = 0; i < t.size(); ++i)
    if (t[i].norm == "©" || t[i].norm == "(c)") {
      sign = i;
      break;
    }
  if (sign == t.size() || block.fixed) return Whole(std::move(block));
  const bool parenthesized = t.front().norm == "(" && t.back().norm == ")";
  uint32_t credit_end = block.span.end;
  uint32_t before_begin = block.span.begin;
  if (parenthesized) {
    credit_end = t.back().span.begin;
    before_begin = t.front().span.end;
  }
  const size_t text_after = parenthesized ? t.size() : CreditEnd(t, sign, cues);
  if (text_after < t.size()) credit_end = t[text_after - 1].span.end;
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
  if (text_after < t.size()) {
    size_t rest = text_after;
    if (IsDash(t[rest])) ++rest;  // the dash joins the credit to the text
    if (rest < t.size())
      pieces.push_back(MakeWorkBlock(raw, TrimSpan(raw, {t[rest].span.begin, block.span.end})));
  }
  return pieces;
}

}  // namespace recoupe
