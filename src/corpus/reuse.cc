#include "corpus/reuse.h"

#include <algorithm>

#include "corpus/reuse_align.h"
#include "corpus/reuse_candidates.h"
#include "corpus/reuse_words.h"

namespace recoupe::corpus {
namespace {

using reuse_internal::WordPassage;
using reuse_internal::WordRange;

std::vector<Span> BodyWordSpans(const Document& doc) {
  std::vector<Span> spans;
  reuse_internal::ScanBodyWords(doc, nullptr, &spans);
  return spans;
}

// Raw span from the first word of `range` to the end of its last.
Span RawSpan(const std::vector<Span>& word_spans, const WordRange& range) {
  return Span{word_spans[range.begin].begin, word_spans[range.end - 1].end};
}

// Words of a body of `total_words` inside at least one of `ranges`, as a share.
double CoveredShare(std::vector<WordRange> ranges, size_t total_words) {
  if (total_words == 0) return 0;
  std::sort(ranges.begin(), ranges.end(),
            [](const WordRange& x, const WordRange& y) { return x.begin < y.begin; });
  uint64_t covered = 0;
  uint32_t reached = 0;
  for (const WordRange& range : ranges) {
    const uint32_t begin = std::max(range.begin, reached);
    if (range.end > begin) covered += range.end - begin;
    reached = std::max(reached, range.end);
  }
  return std::min(1.0, static_cast<double>(covered) / static_cast<double>(total_words));
}

}  // namespace

std::vector<Reuse> FindReuse(const std::vector<Document>& docs, const ReuseOptions& options) {
  reuse_internal::WordStore store;
  for (const Document& doc : docs) store.Add(doc);

  std::vector<Reuse> found;
  uint32_t spans_of = UINT32_MAX;  // the document whose word spans a_spans holds
  std::vector<Span> a_spans;
  for (const reuse_internal::CandidatePair& pair :
       reuse_internal::FindCandidatePairs(store, options)) {
    const auto a_words = store.Words(pair.a);
    const auto b_words = store.Words(pair.b);
    const std::vector<WordPassage> passages =
        reuse_internal::AlignPassages(a_words, b_words, options);
    if (passages.empty()) continue;
    if (spans_of != pair.a) {  // pairs come ordered by a
      a_spans = BodyWordSpans(docs[pair.a]);
      spans_of = pair.a;
    }
    const std::vector<Span> b_spans = BodyWordSpans(docs[pair.b]);
    Reuse reuse;
    reuse.a = docs[pair.a].id;
    reuse.b = docs[pair.b].id;
    std::vector<WordRange> shorter_side;
    const bool a_is_shorter = a_words.size() <= b_words.size();
    for (const WordPassage& passage : passages) {
      reuse.passages.push_back({RawSpan(a_spans, passage.a), RawSpan(b_spans, passage.b)});
      shorter_side.push_back(a_is_shorter ? passage.a : passage.b);
    }
    reuse.score =
        CoveredShare(std::move(shorter_side), a_is_shorter ? a_words.size() : b_words.size());
    found.push_back(std::move(reuse));
  }
  return found;
}

}  // namespace recoupe::corpus
