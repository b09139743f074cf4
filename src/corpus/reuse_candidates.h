// Candidate pairs for reuse detection: documents that share hashed word
// shingles, found through an inverted index from shingle hash to documents.
// The cost grows with the number of shared shingles, never with the square
// of the number of documents. Internal to the corpus stage.
#pragma once

#include <cstdint>
#include <vector>

#include "corpus/reuse.h"
#include "corpus/reuse_words.h"

namespace recoupe::corpus::reuse_internal {

struct CandidatePair {
  uint32_t a = 0, b = 0;         // document indexes in the store, a < b
  uint32_t shared_shingles = 0;  // distinct shingles both contain
};

// Every pair of documents of `store` sharing at least
// options.min_shared_shingles distinct shingles of options.shingle_words
// words, counting only shingles found in at most
// options.max_documents_per_shingle documents, and among one of its
// documents' options.max_partners_per_document closest partners; ordered
// by (a, b).
std::vector<CandidatePair> FindCandidatePairs(const WordStore& store, const ReuseOptions& options);

}  // namespace recoupe::corpus::reuse_internal
