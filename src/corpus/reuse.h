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
  // A passage must have at least this many words aligned identical in both
  // documents (words changed, inserted or dropped inside it do not count).
  uint32_t min_passage_words = 12;
  // Shingles found in more documents than this are boilerplate or stock
  // phrases: they propose no candidate pair (they still align).
  uint32_t max_documents_per_shingle = 100;
  // Two documents are aligned only when they share this many distinct shingles.
  uint32_t min_shared_shingles = 2;
  // A dispatch relayed by N outlets makes N(N-1)/2 pairs of copies: each
  // document keeps only its partners sharing the most shingles (ties: the
  // earlier document), this many, and a pair is aligned when either of its
  // documents keeps it. Every copy still has a link to the others (who
  // copied whom, and one witness for all), in pairs linear in the corpus.
  // 0: no limit.
  uint32_t max_partners_per_document = 8;
  // Alignment: a passage goes on across edits (one point a word changed,
  // inserted or dropped, less one point a word matched after them) as long as
  // they cost at most this many points more than the words matched since.
  uint32_t max_edit_cost = 5;
  // Alignment: the passage's two sides may drift apart by at most this many
  // words (the net of insertions and drops).
  uint32_t max_drift_words = 8;
  // Candidate search holds at most this many (shingle, document) postings in
  // memory at once (12 bytes each); larger corpora are indexed in several
  // passes over hash ranges.
  uint64_t max_postings_per_pass = uint64_t{1} << 25;
};

// Pairs of documents in `docs` sharing at least one passage (each document's
// closest partners: options.max_partners_per_document), with the passages
// as raw spans in each document, ordered by (a, b) in input order.
// Candidate pairs come from shared shingles, so the cost grows with the
// number of shared shingles, not with the square of the corpus.
std::vector<Reuse> FindReuse(const std::vector<Document>& docs, const ReuseOptions& options = {});

}  // namespace recoupe::corpus
