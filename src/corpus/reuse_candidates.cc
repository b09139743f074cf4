#include "corpus/reuse_candidates.h"

#include <algorithm>
#include <tuple>
#include <utility>

namespace recoupe::corpus::reuse_internal {
namespace {

// One shingle of one document, 12 bytes.
struct Posting {
  uint32_t hash_high;
  uint32_t hash_low;
  uint32_t doc;
  uint64_t hash() const { return (uint64_t{hash_high} << 32) | hash_low; }
  friend bool operator<(const Posting& x, const Posting& y) {
    return std::tie(x.hash_high, x.hash_low, x.doc) < std::tie(y.hash_high, y.hash_low, y.doc);
  }
  friend bool operator==(const Posting& x, const Posting& y) = default;
};

using PairKey = uint64_t;  // a << 32 | b
using PairCount = std::pair<PairKey, uint32_t>;

uint64_t ShingleCount(const WordStore& store, uint32_t shingle_words) {
  uint64_t count = 0;
  for (uint32_t doc = 0; doc < store.size(); ++doc) {
    const size_t words = store.Words(doc).size();
    if (words >= shingle_words) count += words - shingle_words + 1;
  }
  return count;
}

// `postings` sorted: scattered into buckets by the hash's top 16 bits (the
// hashes are uniform), then each small bucket sorted.
std::vector<Posting> SortPostings(const std::vector<Posting>& postings) {
  constexpr int kBucketBits = 16;
  std::vector<uint32_t> bucket_begin((1u << kBucketBits) + 1, 0);
  for (const Posting& posting : postings) ++bucket_begin[(posting.hash_high >> kBucketBits) + 1];
  for (size_t b = 1; b < bucket_begin.size(); ++b) bucket_begin[b] += bucket_begin[b - 1];
  std::vector<Posting> sorted(postings.size());
  std::vector<uint32_t> next(bucket_begin.begin(), bucket_begin.end() - 1);
  for (const Posting& posting : postings)
    sorted[next[posting.hash_high >> kBucketBits]++] = posting;
  for (size_t b = 0; b + 1 < bucket_begin.size(); ++b) {
    std::sort(sorted.begin() + bucket_begin[b], sorted.begin() + bucket_begin[b + 1]);
  }
  return sorted;
}

// The postings of every shingle whose hash falls in `pass` of `passes`,
// sorted, each (shingle, document) once.
std::vector<Posting> PassPostings(const WordStore& store, uint32_t shingle_words, uint64_t pass,
                                  uint64_t passes, uint64_t expected) {
  std::vector<Posting> postings;
  postings.reserve(expected + expected / 8);
  for (uint32_t doc = 0; doc < store.size(); ++doc) {
    const std::span<const WordHash> words = store.Words(doc);
    for (size_t i = 0; i + shingle_words <= words.size(); ++i) {
      const uint64_t hash = ShingleHash(words.subspan(i, shingle_words));
      if (hash % passes != pass) continue;
      postings.push_back({static_cast<uint32_t>(hash >> 32), static_cast<uint32_t>(hash), doc});
    }
  }
  std::vector<Posting> sorted = SortPostings(postings);
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  return sorted;
}

// One pair key for every two documents sharing a shingle that is not
// boilerplate (at most `max_documents` documents hold it).
std::vector<PairKey> SharedShinglePairs(const std::vector<Posting>& postings,
                                        uint32_t max_documents) {
  std::vector<PairKey> keys;
  size_t group_begin = 0;
  while (group_begin < postings.size()) {
    size_t group_end = group_begin + 1;
    const uint64_t hash = postings[group_begin].hash();
    while (group_end < postings.size() && postings[group_end].hash() == hash) ++group_end;
    const size_t documents = group_end - group_begin;
    if (documents >= 2 && documents <= max_documents) {
      for (size_t i = group_begin; i < group_end; ++i) {
        for (size_t j = i + 1; j < group_end; ++j) {
          keys.push_back((PairKey{postings[i].doc} << 32) | postings[j].doc);
        }
      }
    }
    group_begin = group_end;
  }
  return keys;
}

// `keys` sorted and counted, merged into the sorted `totals`.
void AddPairCounts(std::vector<PairKey> keys, std::vector<PairCount>* totals) {
  std::sort(keys.begin(), keys.end());
  std::vector<PairCount> counts;
  for (size_t i = 0; i < keys.size();) {
    size_t j = i + 1;
    while (j < keys.size() && keys[j] == keys[i]) ++j;
    counts.emplace_back(keys[i], static_cast<uint32_t>(j - i));
    i = j;
  }
  std::vector<PairCount> merged;
  merged.reserve(totals->size() + counts.size());
  size_t t = 0, c = 0;
  while (t < totals->size() || c < counts.size()) {
    if (c == counts.size() || (t < totals->size() && (*totals)[t].first < counts[c].first)) {
      merged.push_back((*totals)[t++]);
    } else if (t == totals->size() || counts[c].first < (*totals)[t].first) {
      merged.push_back(counts[c++]);
    } else {
      merged.emplace_back(counts[c].first, counts[c].second + (*totals)[t].second);
      ++t;
      ++c;
    }
  }
  *totals = std::move(merged);
}

// The pairs among the `limit` closest partners (most shared shingles, then
// the earlier partner) of either of their documents; `pairs` ordered by
// (a, b), and so is the result.
std::vector<CandidatePair> KeepClosestPartners(std::vector<CandidatePair> pairs, uint32_t documents,
                                               uint32_t limit) {
  if (limit == 0) return pairs;
  std::vector<std::vector<uint32_t>> of_document(documents);  // pair indexes
  for (uint32_t p = 0; p < pairs.size(); ++p) {
    of_document[pairs[p].a].push_back(p);
    of_document[pairs[p].b].push_back(p);
  }
  std::vector<bool> kept(pairs.size(), false);
  for (uint32_t doc = 0; doc < documents; ++doc) {
    std::vector<uint32_t>& mine = of_document[doc];
    auto partner = [&](uint32_t p) { return pairs[p].a == doc ? pairs[p].b : pairs[p].a; };
    auto closer = [&](uint32_t x, uint32_t y) {
      if (pairs[x].shared_shingles != pairs[y].shared_shingles)
        return pairs[x].shared_shingles > pairs[y].shared_shingles;
      return partner(x) < partner(y);
    };
    if (mine.size() > limit) std::partial_sort(mine.begin(), mine.begin() + limit, mine.end(), closer);
    for (size_t k = 0; k < mine.size() && k < limit; ++k) kept[mine[k]] = true;
  }
  std::vector<CandidatePair> out;
  for (uint32_t p = 0; p < pairs.size(); ++p)
    if (kept[p]) out.push_back(pairs[p]);
  return out;
}

}  // namespace

std::vector<CandidatePair> FindCandidatePairs(const WordStore& store, const ReuseOptions& options) {
  const uint32_t shingle_words = std::max<uint32_t>(1, options.shingle_words);
  const uint64_t per_pass = std::max<uint64_t>(1, options.max_postings_per_pass);
  const uint64_t shingles = ShingleCount(store, shingle_words);
  const uint64_t passes = std::max<uint64_t>(1, (shingles + per_pass - 1) / per_pass);
  std::vector<PairCount> totals;
  for (uint64_t pass = 0; pass < passes; ++pass) {
    AddPairCounts(
        SharedShinglePairs(PassPostings(store, shingle_words, pass, passes, shingles / passes),
                           options.max_documents_per_shingle),
        &totals);
  }
  std::vector<CandidatePair> pairs;
  for (const auto& [key, count] : totals) {
    if (count < std::max<uint32_t>(1, options.min_shared_shingles)) continue;
    pairs.push_back({static_cast<uint32_t>(key >> 32), static_cast<uint32_t>(key), count});
  }
  return KeepClosestPartners(std::move(pairs), static_cast<uint32_t>(store.size()),
                             options.max_partners_per_document);
}

}  // namespace recoupe::corpus::reuse_internal
