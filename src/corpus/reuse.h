// Reuse: passages two documents share, verbatim or lightly edited (wire
// copy relayed by several outlets). Works on the body blocks of each
// document's raw text; needs no tokens from the per-document stages.
#pragma once

#include <cstdint>
#include <vector>

#include "recoupe/dossier.h"

namespace recoupe::corpus {

struct ReuseOptions {
  // Words per shingle: shorter finds more edited copies and more noise.
  uint32_t shingle_words = 6;
  // A passage must cover at least this many words in both documents.
  uint32_t min_passage_words = 12;
};

// Every pair of documents in `docs` sharing at least one passage, with the
// passages as raw spans in each document, ordered by (a, b) in input order.
// Candidate pairs come from shared shingles, so the cost grows with the
// number of shared shingles, not with the square of the corpus.
std::vector<Reuse> FindReuse(const std::vector<Document>& docs, const ReuseOptions& options = {});

}  // namespace recoupe::corpus
