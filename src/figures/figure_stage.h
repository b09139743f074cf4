// The figures stage: every number that counts something, with what it
// counts (who.class, who.actor), what happened to it (what), how exact it is
// (qualifier, low, high) and, when the attribution stage has run, who says
// it (source, hedged). Raises an `arithmetic` flag where the parts of a
// breakdown contradict their total, and an `unattributed_figure` flag on
// every toll (killed, wounded, captured, executed, missing) with no source.
//
// Runs after segmentation (doc.tokens, doc.sentences, doc.blocks filled);
// reads doc.entities and doc.claims when they are filled (the sides and
// sources come from them: figure_sides.h), never changes them. Rules and
// words are data: <data_dir>/<lang>/numbers.patterns, number-value.patterns,
// figures.patterns, figure-sides.patterns, common/figure-armies.tsv and the
// knowledge base kb/ (docs/figures.md). Documents in a language without data
// files are read with the French files.
//
// Thread safety: immutable once loaded; Annotate is const and reentrant.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "figures/figure_linker.h"
#include "figures/figure_sides.h"
#include "recoupe/document.h"
#include "recoupe/status.h"

namespace recoupe {

class FigureStage {
 public:
  static Result<std::unique_ptr<FigureStage>> Load(const std::string& data_dir);

  // Appends to doc.figures (in text order) and doc.flags.
  void Annotate(Document& doc) const;

 private:
  FigureStage() = default;
  const FigureResources& ResourcesFor(const std::string& language) const;

  std::map<std::string, FigureResources, std::less<>> languages_;
  SideData sides_;
};

}  // namespace recoupe
