// The corpus stage: what the documents of one run say together. Groups
// documents into events, finds copied passages, dates documents that cannot
// date themselves from the others of their event, aligns their figures into
// facts with an estimate and a count of independent witnesses, raises flags
// between documents and builds a timeline. Works on the annotation layers
// (no tokens needed). See docs/corpus.md.
#pragma once

#include <memory>
#include <string>

#include "recoupe/dossier.h"
#include "recoupe/status.h"

namespace recoupe {

// How a fact's best value is chosen from its independent witnesses.
enum class EstimateRule {
  kMedian,        // the median of the witnesses' central values
  kConservative,  // the lowest witness's central value (conflict-event coding practice)
};

struct CrossCheckOptions {
  std::string data_dir;  // empty: ResolveDataDir("") (recoupe/pipeline.h)
  EstimateRule estimate = EstimateRule::kMedian;
};

class CrossChecker {
 public:
  // Loads the corpus stage's data files (happening cues, scope cues) once.
  static Result<std::unique_ptr<CrossChecker>> Load(const CrossCheckOptions& options);
  ~CrossChecker();

  // Fills dossier.events, facts, flags, reuse, timeline and each document's
  // `events`; may complete a document's publication date and its relative
  // dates from the other documents of its event (basis "event").
  void Run(Dossier& dossier) const;

 private:
  struct Impl;
  explicit CrossChecker(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace recoupe
