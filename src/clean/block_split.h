// Cutting raw text into candidate blocks before classification.
#pragma once

#include <vector>

#include "clean/cue_lexicon.h"
#include "recoupe/document.h"

namespace recoupe {

// A block being classified, with its tokens.
struct WorkBlock {
  Span span;
  BlockKind kind = BlockKind::kBody;
  std::string reason;
  std::vector<Token> tokens;
  bool fixed = false;  // kind decided by structure (HTML) or by a split; not reclassified
};

// One block per non-blank line of raw[span], white space trimmed.
std::vector<Span> SplitLines(std::string_view raw, Span span);

// Shrinks `span` to exclude leading and trailing white space (ASCII and
// U+00A0/U+202F).
Span TrimSpan(std::string_view raw, Span span);

// Makes a WorkBlock with the tokens of raw[span].
WorkBlock MakeWorkBlock(std::string_view raw, Span span, BlockKind kind = BlockKind::kBody);

// Badly scraped pages run title, standfirst and crossheads into the text
// with no line break and no full stop ("... entièrement libérée L'aviation
// russe a tué ..."). In a long block, a capitalised function word that
// follows a word without punctuation, and is itself followed by a lower-case
// word, starts a new sentence; the short stretch before it, back to the last
// full stop, is a title (at the block start) or a heading. Returns the pieces
// in order; blocks with no such boundary come back whole.
std::vector<WorkBlock> SplitRunIns(std::string_view raw, WorkBlock block, const CueLexicon& cues);

// Carves a photo credit ("© Name/Agency") out of a block: the credit runs
// from the © sign to the end of the block (or to the closing parenthesis of a
// parenthesised caption). Returns the pieces in order: what precedes (kBody,
// to be classified), the credit (kCredit, fixed).
std::vector<WorkBlock> CarveCredit(std::string_view raw, WorkBlock block);

}  // namespace recoupe
