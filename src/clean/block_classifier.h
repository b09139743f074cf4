// Deciding what each block of a page is, from its own signals (cue phrases,
// reader address, length, punctuation) and then from its place on the page
// (title near the top, boilerplate runs at the tail, captions beside credits).
#pragma once

#include <string_view>
#include <vector>

#include "clean/block_split.h"
#include "clean/cue_lexicon.h"
#include "clean/outlets.h"

namespace recoupe {

// The reason given to a masthead line (the site's name above the title);
// page metadata reads the outlet's name from it.
inline constexpr std::string_view kMastheadReason = "masthead: the site's name above the title";

// Sets kind and reason of every block that is not `fixed`.
void ClassifyBlocks(std::string_view raw, std::vector<WorkBlock>& blocks, const CueLexicon& cues,
                    const OutletTable& outlets);

// Carves a dateline ("BEYROUTH (AFP) -", "Beirut —") off the start of one
// of the first three body paragraphs.
void SplitDateline(std::string_view raw, std::vector<WorkBlock>& blocks);

}  // namespace recoupe
