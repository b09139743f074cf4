// Attribution stage: who the text credits for each statement, how sure it
// is, and what it quotes (docs/attribution.md).
//
// Reads doc.tokens, doc.sentences and doc.blocks (body tokens only), and,
// when present, doc.entities (to name sources), doc.dates and doc.figures.
// Fills doc.claims: one claim per body sentence that names a source, carries
// one on from its paragraph or is hedged, and one per quotation of at least
// kMinQuoteWords words. Sets DateMention::hedged for dates inside hedge
// scopes. Figures come later (figures stage): each takes its source from
// the claims through CreditedSource, the one rule for who says a figure.
//
// Every cue (reporting frames, hedges, links between sentences) is a rule in
// data/<lang>/attribution-*.patterns. Thread safety: a loaded stage is
// immutable; Annotate is const and may run on several documents at once.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "pattern/pattern_set.h"
#include "recoupe/document.h"
#include "recoupe/status.h"

namespace recoupe {

class AttributionStage {
 public:
  // A quotation shorter than this (in word and number tokens) is a scare
  // quote or a quoted word, not a quote claim.
  static constexpr int kMinQuoteWords = 4;

  // Loads data_dir/<lang>/attribution-{sources,hedges,links}.patterns for
  // every language directory that has them. Errors name the file and line.
  static Result<std::unique_ptr<AttributionStage>> Load(const std::string& data_dir);

  void Annotate(Document& doc) const;

  struct Rules {
    pattern::PatternSet sources;  // attribution-sources.patterns
    pattern::PatternSet marks;    // attribution-hedges + attribution-links.patterns
  };

 private:
  // The rules for `language`, falling back to French.
  const Rules* RulesFor(const std::string& language) const;
  std::map<std::string, Rules> rules_;
};

// Who the text credits for the words at [begin, end): the source of the
// innermost claim holding them that names one (a quotation's speaker before
// the sentence around it); nullopt when no such claim holds them, so the
// words stay unattributed. `claims` as Annotate leaves them.
std::optional<std::string> CreditedSource(const std::vector<Claim>& claims, uint32_t begin,
                                          uint32_t end);

}  // namespace recoupe
