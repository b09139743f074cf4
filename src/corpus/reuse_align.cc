#include "corpus/reuse_align.h"

#include <algorithm>
#include <limits>
#include <tuple>
#include <utility>

namespace recoupe::corpus::reuse_internal {
namespace {

constexpr int kPruned = std::numeric_limits<int>::min() / 2;
// A shingle repeated more often than this in one document seeds nothing
// (lists, refrains): it would make the seeds quadratic.
constexpr long kMaxRepeats = 8;

// Where `a` and `b` both hold the same shingle: word positions (i, j).
struct Seed {
  uint32_t a, b;
};

// Seeds ordered by (a, b): every shingle of `b` looked up among those of `a`.
std::vector<Seed> FindSeeds(std::span<const WordHash> a, std::span<const WordHash> b,
                            uint32_t shingle_words) {
  std::vector<Seed> seeds;
  if (a.size() < shingle_words || b.size() < shingle_words) return seeds;
  std::vector<std::pair<uint64_t, uint32_t>> a_shingles;
  a_shingles.reserve(a.size() - shingle_words + 1);
  for (uint32_t i = 0; i + shingle_words <= a.size(); ++i) {
    a_shingles.emplace_back(ShingleHash(a.subspan(i, shingle_words)), i);
  }
  std::sort(a_shingles.begin(), a_shingles.end());
  for (uint32_t j = 0; j + shingle_words <= b.size(); ++j) {
    const std::span<const WordHash> shingle = b.subspan(j, shingle_words);
    const uint64_t hash = ShingleHash(shingle);
    const auto begin =
        std::lower_bound(a_shingles.begin(), a_shingles.end(), std::make_pair(hash, 0u));
    auto end = begin;
    while (end != a_shingles.end() && end->first == hash) ++end;
    if (end - begin > kMaxRepeats) continue;
    for (auto it = begin; it != end; ++it) {
      if (std::ranges::equal(a.subspan(it->second, shingle_words), shingle)) {
        seeds.push_back({it->second, j});
      }
    }
  }
  std::sort(seeds.begin(), seeds.end(),
            [](const Seed& x, const Seed& y) { return std::tie(x.a, x.b) < std::tie(y.a, y.b); });
  return seeds;
}

// How far an alignment goes from an origin, in one direction.
struct Extension {
  uint32_t a_words = 0, b_words = 0, matched_words = 0;
};

// One side of the alignment read from an origin, forwards or backwards.
struct Direction {
  std::span<const WordHash> words;
  uint32_t origin;
  bool backwards;
  uint32_t length() const {
    return backwards ? origin : static_cast<uint32_t>(words.size()) - origin;
  }
  WordHash at(uint32_t t) const { return backwards ? words[origin - 1 - t] : words[origin + t]; }
};

// X-drop alignment in a band: a matched word scores +1, a word changed,
// inserted or dropped -1; the alignment stops once every path in the band
// scores more than `max_edit_cost` below the best, and ends at the best,
// which is always a matched word (or the origin itself).
Extension Extend(const Direction& a, const Direction& b, int max_edit_cost, int max_drift) {
  const int width = 2 * max_drift + 1;  // band offsets d = u - t in [-max_drift, max_drift]
  std::vector<int> previous(width, kPruned), current(width, kPruned);
  std::vector<uint32_t> previous_matched(width, 0), current_matched(width, 0);
  const int a_length = static_cast<int>(a.length());
  const int b_length = static_cast<int>(b.length());
  Extension best;
  int best_score = 0;
  for (int u = 0; u <= std::min(max_drift, b_length); ++u) {
    if (u <= max_edit_cost) previous[u + max_drift] = -u;
  }
  for (int t = 1; t <= a_length; ++t) {
    bool alive = false;
    const WordHash a_word = a.at(t - 1);
    for (int k = 0; k < width; ++k) {
      const int u = t + k - max_drift;
      current[k] = kPruned;
      current_matched[k] = 0;
      if (u < 0 || u > b_length) continue;
      int score = kPruned;
      uint32_t matched = 0;
      bool is_match = false;
      if (u >= 1 && previous[k] != kPruned) {  // diagonal: (t-1, u-1)
        is_match = b.at(u - 1) == a_word;
        score = previous[k] + (is_match ? 1 : -1);
        matched = previous_matched[k] + (is_match ? 1 : 0);
      }
      if (k + 1 < width && previous[k + 1] != kPruned && previous[k + 1] - 1 > score) {
        score = previous[k + 1] - 1;  // a's word dropped: (t-1, u)
        matched = previous_matched[k + 1];
        is_match = false;
      }
      if (k >= 1 && u >= 1 && current[k - 1] != kPruned && current[k - 1] - 1 > score) {
        score = current[k - 1] - 1;  // b's word inserted: (t, u-1)
        matched = current_matched[k - 1];
        is_match = false;
      }
      if (score == kPruned || score < best_score - max_edit_cost) continue;
      current[k] = score;
      current_matched[k] = matched;
      alive = true;
      if (is_match && score > best_score) {
        best_score = score;
        best = {static_cast<uint32_t>(t), static_cast<uint32_t>(u), matched};
      }
    }
    if (!alive) break;
    std::swap(previous, current);
    std::swap(previous_matched, current_matched);
  }
  return best;
}

bool Covers(const WordPassage& passage, const Seed& seed) {
  return seed.a >= passage.a.begin && seed.a < passage.a.end && seed.b >= passage.b.begin &&
         seed.b < passage.b.end;
}

bool Overlap(const WordRange& x, const WordRange& y) { return x.begin < y.end && y.begin < x.end; }

// Passages ordered by a.begin; those overlapping on both sides made one.
std::vector<WordPassage> MergeOverlapping(std::vector<WordPassage> passages) {
  std::sort(passages.begin(), passages.end(), [](const WordPassage& x, const WordPassage& y) {
    return std::tie(x.a.begin, x.b.begin) < std::tie(y.a.begin, y.b.begin);
  });
  std::vector<WordPassage> merged;
  for (const WordPassage& passage : passages) {
    if (!merged.empty() && Overlap(merged.back().a, passage.a) &&
        Overlap(merged.back().b, passage.b)) {
      WordPassage& last = merged.back();
      last.a = {std::min(last.a.begin, passage.a.begin), std::max(last.a.end, passage.a.end)};
      last.b = {std::min(last.b.begin, passage.b.begin), std::max(last.b.end, passage.b.end)};
      last.matched_words = std::max(last.matched_words, passage.matched_words);
    } else {
      merged.push_back(passage);
    }
  }
  return merged;
}

}  // namespace

std::vector<WordPassage> AlignPassages(std::span<const WordHash> a, std::span<const WordHash> b,
                                       const ReuseOptions& options) {
  const uint32_t shingle_words = std::max<uint32_t>(1, options.shingle_words);
  const int max_edit_cost = static_cast<int>(options.max_edit_cost);
  const int max_drift = static_cast<int>(options.max_drift_words);
  std::vector<WordPassage> passages;
  std::vector<WordPassage> explored;  // every extension made, kept or too short
  for (const Seed& seed : FindSeeds(a, b, shingle_words)) {
    if (std::ranges::any_of(explored, [&](const WordPassage& p) { return Covers(p, seed); })) {
      continue;
    }
    const Extension before = Extend({a, seed.a, true}, {b, seed.b, true}, max_edit_cost, max_drift);
    const Extension after = Extend({a, seed.a + shingle_words, false},
                                   {b, seed.b + shingle_words, false}, max_edit_cost, max_drift);
    WordPassage passage;
    passage.a = {seed.a - before.a_words, seed.a + shingle_words + after.a_words};
    passage.b = {seed.b - before.b_words, seed.b + shingle_words + after.b_words};
    passage.matched_words = shingle_words + before.matched_words + after.matched_words;
    explored.push_back(passage);
    if (passage.matched_words >= options.min_passage_words) passages.push_back(passage);
  }
  return MergeOverlapping(std::move(passages));
}

}  // namespace recoupe::corpus::reuse_internal
