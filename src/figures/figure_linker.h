// Links numbers to what they count and what happened to them, over tokens
// (no Document needed, so tests can run on one line of text).
//
// A figure is a number (src/numbers) followed by a counted noun of the
// figures.patterns lexicon `counted` ("400 djihadistes", "une centaine de
// djihadistes", "400 Islamic State fighters"), or a rough count followed by
// any noun ("des dizaines de bombes"), or a bare number that a predicate
// follows ("400 ont été tués": the subject is carried from the last counted
// noun before it). Its `what` comes from the nearest predicate before or
// after it in the sentence, skipping the other items of an enumeration
// ("plus de 300 terroristes et onze chars ont été détruits"), else from the
// noun ("190 victimes" → killed, "40 sorties" → air_raids). Details:
// docs/figures.md.
//
// Thread safety: FigureResources is immutable once loaded; LinkFigures is
// reentrant.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "numbers/numbers.h"
#include "pattern/pattern_set.h"
#include "recoupe/document.h"
#include "recoupe/status.h"

namespace recoupe {

struct FigureResources {
  NumberResources numbers;
  pattern::PatternSet figures;
  pattern::PatternSet sides;  // figure-sides.patterns, read by the stage (figure_sides.h)

  // Reads <data_dir>/<language>/{numbers,number-value,figures,figure-sides}.patterns.
  static Result<FigureResources> Load(const std::string& data_dir, std::string_view language);
};

struct LinkedFigure {
  uint32_t first = 0;  // tokens [first, end): the number (cue included) to the counted noun
  uint32_t end = 0;
  NumberMention number;
  std::string what = "other";       // CONTRACT.md vocabulary
  std::string who_class = "other";  // fighters|soldiers|civilians|people|aircraft|other
  uint32_t noun_first = 0;          // the counted noun, empty when carried or absent
  uint32_t noun_end = 0;
  uint32_t side_first = 0;          // the side phrase that gave the class ("Du côté des
  uint32_t side_end = 0;            // forces loyalistes"), empty when none
  int total = -1;                   // a part of a breakdown ("dont 16 enfants"): the index
                                    // in LinkResult::figures of its total, else -1
};

struct ArithmeticIssue {
  uint32_t first = 0;  // tokens of the total and its breakdown
  uint32_t end = 0;
  std::string message;
};

struct LinkResult {
  std::vector<LinkedFigure> figures;  // in text order
  std::vector<ArithmeticIssue> issues;
};

LinkResult LinkFigures(std::span<const Token> tokens, const FigureResources& resources);

// "400 djihadistes ⇒ exact 400 killed fighters": a one-line rendering for
// tests: the figure's text, its number (RenderNumber), what and who.class.
std::string RenderFigure(std::string_view text, std::span<const Token> tokens,
                         const LinkedFigure& figure);

}  // namespace recoupe
