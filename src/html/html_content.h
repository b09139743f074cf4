// Main-content selection: scores the elements of a PageTree as containers of
// the article text, picks one, and gives every block a kind and a reason.
// Pure function of its inputs; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "html/html_extractor.h"
#include "html/html_hints.h"
#include "html/page_tree.h"

namespace recoupe {

// One HtmlBlock per tree.blocks entry, same order. `title` (the page's
// stated title, if any) lets a heading that repeats it be marked kTitle.
std::vector<HtmlBlock> ClassifyBlocks(const PageTree& tree, const HtmlHints& hints,
                                      const std::optional<std::string>& title);

}  // namespace recoupe
