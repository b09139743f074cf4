#include "clean/block_classifier.h"

#include <algorithm>

#include "clean/block_features.h"

namespace recoupe {
namespace {

constexpr int kCueThreshold = 3;      // summed cue weight that names a kind
constexpr int kProseResistance = 2;   // what long, finished prose weighs against cues
constexpr int kWordsPerResistance = 40;  // ... plus one for every so many words
constexpr int kLabelMaxWords = 4;     // section labels, "OK", "Commentaires"
constexpr int kHeadingMaxWords = 12;
constexpr int kTitleMinWords = 3;
constexpr int kTitleMaxWords = 35;
constexpr int kStandfirstMaxWords = 60;
constexpr int kBylineMaxWords = 10;
constexpr int kCaptionMaxWords = 40;
constexpr int kReaderAddressMaxWords = 25;
constexpr int kMastheadMinWords = 2;  // one capitalised word is a section label
constexpr int kMastheadMaxWords = 5;

// Kinds that cue phrases may name, strongest evidence first on ties.
constexpr BlockKind kCueKinds[] = {BlockKind::kCookie,  BlockKind::kDonation,
                                   BlockKind::kComments, BlockKind::kRelated,
                                   BlockKind::kNotice,  BlockKind::kNavigation};

// Multi-paragraph appeals: a block between two of these takes their kind.
bool IsAppealKind(BlockKind k) {
  return k == BlockKind::kCookie || k == BlockKind::kDonation || k == BlockKind::kComments;
}

bool IsBoilerplate(BlockKind k) { return !IsBodyKind(k); }

struct Classified {
  WorkBlock* block;
  BlockFeatures f;
};

void Set(WorkBlock& block, BlockKind kind, std::string reason) {
  block.kind = kind;
  block.reason = std::move(reason);
}

// "Photo : Eric Gaillard / Reuters", "Source: Twitter", "Jean Dupont/Agence
// Photo": a short unfinished line that opens with a credit cue and a colon,
// or that names no more than a name and an agency joined by a slash (no
// function word, capitalised at the end).
bool CreditShaped(const WorkBlock& b, const BlockFeatures& f) {
  constexpr int kCreditMaxWords = 8;
  if (f.words == 0 || f.words > kCreditMaxWords || f.terminal) return false;
  const std::vector<Token>& t = b.tokens;
  if (f.at_start(BlockKind::kCredit))
    for (size_t i = 1; i < t.size() && i <= 2; ++i)
      if (t[i].norm == ":") return i + 1 < t.size();
  const bool slash = std::any_of(t.begin(), t.end(), [](const Token& k) { return k.norm == "/"; });
  const Token& last = t.back();
  return slash && f.function_ratio == 0 && last.shape == TokenShape::kWord &&
         (last.has(kCapitalized) || last.has(kAllCaps));
}

// Step 1: what the block's own words say.
void ClassifyByCues(Classified& c) {
  WorkBlock& b = *c.block;
  const BlockFeatures& f = c.f;
  if (f.words == 0) {
    Set(b, BlockKind::kOther, "no words");
    return;
  }
  // Bylines, page notices ("Updated 14:35 GMT, 12 February 2023") and
  // credits are short lines that start with their cue.
  if (f.at_start(BlockKind::kByline) && f.words <= kBylineMaxWords && !f.terminal &&
      f.score(BlockKind::kByline) >= 1) {
    Set(b, BlockKind::kByline, "starts with a byline cue: " + f.cues);
    return;
  }
  if (f.at_start(BlockKind::kNotice) && f.words <= kBylineMaxWords && !f.terminal &&
      f.score(BlockKind::kNotice) >= 1) {
    Set(b, BlockKind::kNotice, "starts with a notice cue: " + f.cues);
    return;
  }
  if ((f.at_start(BlockKind::kCredit) || f.parenthesized) && f.words <= kBylineMaxWords &&
      f.score(BlockKind::kCredit) >= kCueThreshold) {
    Set(b, BlockKind::kCredit, "credit cue: " + f.cues);
    return;
  }
  if (CreditShaped(b, f)) {
    Set(b, BlockKind::kCredit, "credit-shaped line (a credit cue and a colon, or Name/Agency)");
    return;
  }
  BlockKind best = BlockKind::kBody;
  int best_score = 0;
  for (const BlockKind kind : kCueKinds)
    if (f.score(kind) > best_score) best = kind, best_score = f.score(kind);
  if (best_score == 0) {
    if (f.second_person >= 2 && f.call_to_action >= 1 && !f.ProseLike()) {
      Set(b, BlockKind::kOther, "addresses the reader with a call to action");
    }
    return;
  }
  if (f.words <= kLabelMaxWords && f.covers_all(best)) {
    Set(b, best, "label made of cues: " + f.cues);
    return;
  }
  int score = best_score;
  if (f.second_person > 0) score += 1;
  if (f.call_to_action > 0) score += 1;
  if (f.mentions_outlet) score += 1;  // the page speaking of itself
  // A long paragraph is not page furniture because one cue appears inside
  // it; one that opens with the cue ("Lire aussi …") may be.
  const int length_resistance = f.at_start(best) ? 0 : f.words / kWordsPerResistance;
  const int resistance = f.ProseLike() ? kProseResistance + length_resistance : 0;
  if (score >= kCueThreshold && score > resistance)
    Set(b, best, "cues " + f.cues + " (score " + std::to_string(score) + ")");
}

// "© Le Courrier du Levant 2017 – Tous droits réservés": the site's own
// copyright, not a photo credit (which names a person or agency, often with
// a slash, and no year).
bool IsCopyrightLine(const WorkBlock& b, const BlockFeatures& f) {
  if (f.score(BlockKind::kNavigation) >= kCueThreshold) return true;
  bool year = false, slash = false;
  for (const Token& t : b.tokens) {
    year |= t.number && *t.number >= 1900 && *t.number <= 2100 && t.norm.size() == 4;
    slash |= t.norm == "/";
  }
  return year && !slash;
}

std::string FoldedText(const WorkBlock& b) {
  std::string out;
  for (const Token& t : b.tokens) {
    if (t.shape != TokenShape::kWord && t.shape != TokenShape::kNumber) continue;
    if (!out.empty()) out += ' ';
    out += t.fold;
  }
  return out;
}

bool TitleLike(const Classified& c) {
  const BlockFeatures& f = c.f;
  if (f.words < kTitleMinWords || f.words > kTitleMaxWords || f.parenthesized) return false;
  const Token& last = c.block->tokens.back();
  return !(f.terminal && last.norm == ".");
}

// Step 2: the top of the page — section labels, title, standfirst, bylines.
// A short line whose every word is capitalised or a name connector ("La Voix
// du Plateau").
bool NameShaped(const Classified& c, const CueLexicon& cues) {
  if (c.f.words < kMastheadMinWords || c.f.words > kMastheadMaxWords || c.f.terminal)
    return false;
  for (const Token& t : c.block->tokens) {
    if (t.shape == TokenShape::kPunct) return false;
    if (!t.has(kCapitalized) && !t.has(kAllCaps) && !cues.InClass("name_connectors", t.fold))
      return false;
  }
  return true;
}

// The stems (first letters of the folded form) of a block's content words:
// numbers and words of three letters or more that are not function words.
void AddContentStems(const WorkBlock& b, const CueLexicon& cues, std::vector<std::string>& out) {
  constexpr size_t kStemBytes = 5;  // "Malian" and "Mali", "attacks" and "attack"
  constexpr size_t kMinWordBytes = 3;
  for (const Token& t : b.tokens) {
    const bool word = t.shape == TokenShape::kWord && t.fold.size() >= kMinWordBytes &&
                      !cues.InClass("function_words", t.fold);
    if (word || t.shape == TokenShape::kNumber) out.push_back(t.fold.substr(0, kStemBytes));
  }
}

// The content stems of the first paragraphs from block `from` on.
std::vector<std::string> LeadStems(const std::vector<Classified>& blocks, size_t from,
                                   const CueLexicon& cues) {
  constexpr int kLeadParagraphs = 3;
  constexpr int kParagraphMinWords = 12;
  std::vector<std::string> stems;
  int paragraphs = 0;
  for (size_t i = from; i < blocks.size() && paragraphs < kLeadParagraphs; ++i) {
    if (blocks[i].f.words < kParagraphMinWords || !IsBodyKind(blocks[i].block->kind)) continue;
    AddContentStems(*blocks[i].block, cues, stems);
    ++paragraphs;
  }
  std::sort(stems.begin(), stems.end());
  return stems;
}

// Share of a line's content stems that `lead` (sorted) holds too.
double LeadShare(const WorkBlock& line, const std::vector<std::string>& lead,
                 const CueLexicon& cues) {
  std::vector<std::string> stems;
  AddContentStems(line, cues, stems);
  if (stems.empty()) return 0;
  const auto found = std::count_if(stems.begin(), stems.end(), [&](const std::string& stem) {
    return std::binary_search(lead.begin(), lead.end(), stem);
  });
  return static_cast<double>(found) / static_cast<double>(stems.size());
}

// The title: among the title-like lines of the head, the first whose words
// the lead takes up (a headline's words come back in the text under it; a
// navigation bar's, a slogan's or a "Connect with us" do not), else the
// first of them. Marks it and returns its index; blocks.size() when none.
size_t FindTitle(std::vector<Classified>& blocks, const CueLexicon& cues) {
  constexpr size_t kHeadBlocks = 8;
  constexpr double kTitleLeadShare = 0.3;
  std::vector<size_t> candidates;
  for (size_t i = 0; i < blocks.size() && i < kHeadBlocks; ++i) {
    const WorkBlock& b = *blocks[i].block;
    if (b.kind == BlockKind::kTitle) {
      if (candidates.empty()) return i;
      break;
    }
    if (b.kind != BlockKind::kBody) continue;
    if (TitleLike(blocks[i])) {
      candidates.push_back(i);
      continue;
    }
    if (blocks[i].f.words > kLabelMaxWords || blocks[i].f.terminal) break;
  }
  if (candidates.empty()) return blocks.size();
  size_t title = candidates.front();
  std::string reason = "first title-like line";
  if (candidates.size() > 1) {
    const std::vector<std::string> lead = LeadStems(blocks, candidates.back() + 1, cues);
    for (const size_t c : candidates)
      if (LeadShare(*blocks[c].block, lead, cues) >= kTitleLeadShare) {
        if (c != title) reason = "title-like line whose words the lead takes up";
        title = c;
        break;
      }
  }
  Set(*blocks[title].block, BlockKind::kTitle, reason);
  return title;
}

void ClassifyHead(std::string_view raw, std::vector<Classified>& blocks,
                  const CueLexicon& cues, const OutletTable& outlets) {
  // A masthead: the site's name as the first line, with the real title after it.
  for (size_t i = 0; i < blocks.size() && i < 3; ++i) {
    if (blocks[i].block->kind != BlockKind::kBody) continue;
    if (!NameShaped(blocks[i], cues)) break;
    for (size_t j = i + 1; j < blocks.size() && j <= i + 3; ++j) {
      if (blocks[j].block->kind != BlockKind::kBody) continue;
      if (TitleLike(blocks[j]) && !NameShaped(blocks[j], cues)) {
        Set(*blocks[i].block, BlockKind::kNavigation, std::string(kMastheadReason));
        break;
      }
      if (blocks[j].f.words > kLabelMaxWords) break;
    }
    break;
  }
  const size_t title = FindTitle(blocks, cues);
  if (title == blocks.size()) return;
  for (size_t i = 0; i < title; ++i)
    if (blocks[i].block->kind == BlockKind::kBody && !blocks[i].block->fixed)
      Set(*blocks[i].block, BlockKind::kNavigation, "short label above the title");

  const std::string title_text = FoldedText(*blocks[title].block);
  bool standfirst_done = false;
  for (size_t i = title + 1; i < blocks.size(); ++i) {
    WorkBlock& b = *blocks[i].block;
    if (b.fixed && b.kind != BlockKind::kBody) continue;
    if (b.kind == BlockKind::kBody && blocks[i].f.words == blocks[title].f.words &&
        FoldedText(b) == title_text) {
      Set(b, BlockKind::kTitle, "repeats the title");
      continue;
    }
    const std::string_view text = raw.substr(b.span.begin, b.span.size());
    if (b.kind == BlockKind::kBody && blocks[i].f.words <= kLabelMaxWords) {
      for (const Outlet& outlet : outlets.outlets())
        for (const std::string& alias : outlet.aliases)
          if (text == alias) Set(b, BlockKind::kByline, "the name of an outlet");
      if (b.kind == BlockKind::kByline) continue;
    }
    if (b.kind != BlockKind::kBody) continue;
    if (!standfirst_done && blocks[i].f.terminal && blocks[i].f.words <= kStandfirstMaxWords)
      Set(b, BlockKind::kSubtitle, "short paragraph under the title");
    standfirst_done = true;
    if (blocks[i].f.words > kStandfirstMaxWords) break;
  }
}

// Step 3: captions beside credits; crossheads between body paragraphs.
void ClassifyInner(std::vector<Classified>& blocks) {
  for (size_t i = 0; i < blocks.size(); ++i) {
    WorkBlock& b = *blocks[i].block;
    if (b.kind != BlockKind::kBody || b.fixed) continue;
    const bool short_unfinished = !blocks[i].f.terminal && blocks[i].f.words <= kCaptionMaxWords;
    const bool next_to_credit =
        (i > 0 && blocks[i - 1].block->kind == BlockKind::kCredit) ||
        (i + 1 < blocks.size() && blocks[i + 1].block->kind == BlockKind::kCredit);
    if (short_unfinished && next_to_credit) {
      Set(b, BlockKind::kCaption, "unfinished line beside a photo credit");
    } else if (blocks[i].f.parenthesized && blocks[i].f.words >= 4 && !blocks[i].f.terminal) {
      Set(b, BlockKind::kCaption, "parenthesised line");
    }
  }
}

// Step 4: the tail. Walking back from the end, boilerplate, short unfinished
// fragments and blocks sandwiched in an appeal belong to the page furniture,
// up to the last real paragraph.
void ClassifyTail(std::vector<Classified>& blocks) {
  auto kind_at = [&](size_t i) { return blocks[i].block->kind; };
  size_t tail_start = blocks.size();
  for (size_t i = blocks.size(); i-- > 0;) {
    const WorkBlock& b = *blocks[i].block;
    const bool fragment = !blocks[i].f.terminal && blocks[i].f.words <= kHeadingMaxWords;
    const bool sandwiched = i > 0 && i + 1 < blocks.size() && IsAppealKind(kind_at(i - 1)) &&
                            kind_at(i - 1) == kind_at(i + 1);
    const bool addresses_reader = blocks[i].f.second_person > 0 && !blocks[i].f.ProseLike() &&
                                  blocks[i].f.words < kReaderAddressMaxWords;
    if (IsBoilerplate(b.kind) ||
        (b.kind == BlockKind::kBody && (fragment || sandwiched || addresses_reader))) {
      tail_start = i;
      continue;
    }
    break;
  }
  for (size_t i = tail_start; i < blocks.size(); ++i) {
    WorkBlock& b = *blocks[i].block;
    if (b.kind != BlockKind::kBody || b.fixed) continue;
    const BlockKind before = i > 0 ? kind_at(i - 1) : BlockKind::kBody;
    const BlockKind after = i + 1 < blocks.size() ? kind_at(i + 1) : before;
    if (before == after && IsBoilerplate(before)) {
      Set(b, before, "between two '" + std::string(BlockKindName(before)) + "' blocks at the tail");
    } else if (blocks[i].f.second_person > 0 && (IsAppealKind(before) || IsAppealKind(after))) {
      const BlockKind appeal = IsAppealKind(before) ? before : after;
      Set(b, appeal, "addresses the reader beside a '" + std::string(BlockKindName(appeal)) +
                         "' block at the tail");
    } else {
      Set(b, BlockKind::kOther, "fragment after the article");
    }
  }
}

// Step 5: short labels beside page furniture ("International" above a
// dateline, "Radio France International" before "Publié le") are navigation.
void ClassifyLabels(std::vector<Classified>& blocks) {
  auto furniture = [&](size_t i) {
    const BlockKind k = blocks[i].block->kind;
    return IsBoilerplate(k) && k != BlockKind::kTitle;
  };
  for (size_t i = 0; i < blocks.size(); ++i) {
    WorkBlock& b = *blocks[i].block;
    if (b.kind != BlockKind::kBody || b.fixed) continue;
    if (blocks[i].f.terminal || blocks[i].f.words > kLabelMaxWords) continue;
    if ((i > 0 && furniture(i - 1)) || (i + 1 < blocks.size() && furniture(i + 1)))
      Set(b, BlockKind::kNavigation, "short label beside page furniture");
  }
}

// Step 6: short unfinished lines between body paragraphs are crossheads.
void ClassifyHeadings(std::vector<Classified>& blocks) {
  for (size_t i = 1; i + 1 < blocks.size(); ++i) {
    WorkBlock& b = *blocks[i].block;
    if (b.kind != BlockKind::kBody || b.fixed) continue;
    if (blocks[i].f.terminal || blocks[i].f.words > kHeadingMaxWords) continue;
    const bool body_before = IsBodyKind(blocks[i - 1].block->kind);
    const bool body_after = IsBodyKind(blocks[i + 1].block->kind);
    if (body_before && body_after) Set(b, BlockKind::kHeading, "short unfinished line in the body");
  }
}

}  // namespace

void ClassifyBlocks(std::string_view raw, std::vector<WorkBlock>& blocks, const CueLexicon& cues,
                    const OutletTable& outlets) {
  std::vector<Classified> classified;
  classified.reserve(blocks.size());
  for (WorkBlock& b : blocks) {
    Classified c{&b, ComputeFeatures(b.tokens, raw.substr(b.span.begin, b.span.size()), cues,
                                     outlets)};
    if (!b.fixed && b.kind == BlockKind::kBody) ClassifyByCues(c);
    if (b.kind == BlockKind::kCredit && IsCopyrightLine(b, c.f))
      Set(b, BlockKind::kNavigation, "copyright line of the site");
    classified.push_back(std::move(c));
  }
  ClassifyHead(raw, classified, cues, outlets);
  ClassifyInner(classified);
  ClassifyTail(classified);
  ClassifyLabels(classified);
  ClassifyHeadings(classified);
}

void SplitDateline(std::string_view raw, std::vector<WorkBlock>& blocks) {
  constexpr int kParagraphsToTry = 3;  // a standfirst may come before the dated text
  int tried = 0;
  for (size_t i = 0; i < blocks.size() && tried < kParagraphsToTry; ++i) {
    WorkBlock& b = blocks[i];
    if (b.kind != BlockKind::kBody && b.kind != BlockKind::kSubtitle) continue;
    ++tried;
    const std::vector<Token>& t = b.tokens;
    constexpr size_t kMaxDatelineTokens = 12;
    for (size_t d = 1; d < t.size() && d <= kMaxDatelineTokens; ++d) {
      const bool dash = t[d].norm == "—" || t[d].norm == "–" ||
                        (t[d].norm == "-" && t[d].has(kSpaceBefore));
      if (!dash) {
        if (t[d].shape == TokenShape::kPunct && (t[d].norm == "." || t[d].norm == ":")) break;
        continue;
      }
      if (d + 1 >= t.size() || !t[d + 1].has(kCapitalized)) break;
      bool has_parenthesis = false;
      for (size_t k = 0; k < d; ++k) has_parenthesis |= t[k].norm == "(";
      if (!(t[0].has(kAllCaps) || has_parenthesis || d <= 3) || !t[0].has(kCapitalized)) break;
      WorkBlock dateline = MakeWorkBlock(raw, {t[0].span.begin, t[d].span.end},
                                         BlockKind::kDateline);
      dateline.fixed = true;
      dateline.reason = "place and source before a dash at the start of the text";
      WorkBlock rest = MakeWorkBlock(raw, TrimSpan(raw, {t[d].span.end, b.span.end}), b.kind);
      rest.reason = b.reason;
      blocks[i] = std::move(dateline);
      blocks.insert(blocks.begin() + static_cast<long>(i) + 1, std::move(rest));
      return;
    }
  }
}

}  // namespace recoupe
