// Cutting raw text into candidate blocks before classification.
#pragma once

#include <vector>

#include "clean/cue_lexicon.h"
#include "clean/outlets.h"
#include "recoupe/document.h"

namespace recoupe {

// A block being classified, with its tokens.
struct WorkBlock {
  Span span;
  BlockKind kind = BlockKind::kBody;
  std::string reason;
  std::vector<Token> tokens;
  bool fixed = false;  // kind decided by structure (HTML) or by a split; not reclassified
  int run_on_group = -1;  // units cut from one run-on line share a group
};

// One block per non-blank line of raw[span], white space trimmed.
std::vector<Span> SplitLines(std::string_view raw, Span span);

// Shrinks `span` to exclude leading and trailing white space (ASCII and
// U+00A0/U+202F).
Span TrimSpan(std::string_view raw, Span span);

// Makes a WorkBlock with the tokens of raw[span].
WorkBlock MakeWorkBlock(std::string_view raw, Span span, BlockKind kind = BlockKind::kBody);

// Badly scraped pages lose their line breaks: title, standfirst, crossheads,
// bylines, "Publié le ...", "À LIRE AUSSI ..." and newsletter prompts run
// into the text. A long block (≥ 400 bytes) is cut into units: at sentence
// ends; at a missing full stop (a capitalised function word after a bare
// word, itself followed by a lower-case word — or, for the title at the very
// start, by any word, unless the two make a known outlet's name like "Le
// Monde"); where a page-furniture cue starts with a capital after a bare word;
// after the name run of a byline; at a © sign. A short unfinished unit at the
// start is the title, one ending at a missing full stop later on a crosshead;
// a short first sentence after the title is the standfirst. The other units
// are classified like blocks, and adjacent units of one line that got the
// same kind merge back (MergeRunOnUnits). Blocks with no such cut come back whole.
std::vector<WorkBlock> SplitRunOn(std::string_view raw, WorkBlock block, const CueLexicon& cues,
                                  const OutletTable& outlets, int group);

// Merges adjacent units cut from one run-on line that got the same kind
// (other than the fixed title, crosshead and standfirst) back into one block.
void MergeRunOnUnits(std::vector<WorkBlock>& blocks);

// Carves a photo credit ("© Name/Agency") out of a block: the credit runs
// from the © sign to the end of the block (or to the closing parenthesis of a
// parenthesised caption), unless article text follows its name run on the
// line ("© 2013 Human Rights Watch – Malian armed forces …": at least eight
// words after a spaced dash or a lower-case word). Returns the pieces in
// order: what precedes (kBody, to be classified), the credit (kCredit,
// fixed), what follows it (kBody).
std::vector<WorkBlock> CarveCredit(std::string_view raw, WorkBlock block, const CueLexicon& cues);

}  // namespace recoupe
