// Throughput of copied-text detection (corpus::FindReuse) on synthetic
// corpora: documents of generated sentences over a Zipf-distributed
// vocabulary, one in five copying one or two passages of 30 to 80 words
// from an earlier document with light edits (4% of the words changed, 2%
// dropped), and three in ten ending with the same boilerplate line.
// Reports documents/s, bytes/s (raw body bytes) and, as counters, how many
// planted copies were found (recall) and how many other pairs were reported.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "corpus/reuse.h"
#include "recoupe/document.h"

namespace recoupe {
namespace {

constexpr const char* kSyllables[] = {"ba",  "ré", "lon", "tri", "qué", "man", "sor", "vi", "del",
                                      "pa",  "mè", "stu", "ka",  "rin", "to",  "gal", "fé", "nor",
                                      "chi", "ou", "par", "zé",  "li",  "dro", "mon", "tè", "su"};
constexpr const char* kBoilerplate =
    "Tous droits de reproduction et de représentation réservés pour tous pays et tous supports.";

struct SyntheticCorpus {
  std::vector<Document> docs;
  std::set<std::pair<uint32_t, uint32_t>> planted;  // (source, copy) document indexes
  uint64_t bytes = 0;
};

class CorpusGenerator {
 public:
  explicit CorpusGenerator(uint32_t seed) : random_(seed) {
    std::uniform_int_distribution<size_t> syllable(0, std::size(kSyllables) - 1);
    std::uniform_int_distribution<int> length(1, 4);
    std::vector<double> weights;
    for (int rank = 0; rank < 20000; ++rank) {
      std::string word;
      for (int s = length(random_); s > 0; --s) word += kSyllables[syllable(random_)];
      vocabulary_.push_back(word);
      weights.push_back(1.0 / (rank + 1));
    }
    zipf_ = std::discrete_distribution<uint32_t>(weights.begin(), weights.end());
  }

  SyntheticCorpus Make(uint32_t documents) {
    SyntheticCorpus corpus;
    std::vector<std::vector<uint32_t>> words(documents);
    std::bernoulli_distribution copies(0.2), boilerplate(0.3);
    std::uniform_real_distribution<double> edit(0, 1);
    for (uint32_t d = 0; d < documents; ++d) {
      words[d] = Sentences(250);
      if (d > 0 && copies(random_)) {
        const int passages = std::uniform_int_distribution<int>(1, 2)(random_);
        for (int p = 0; p < passages; ++p) {
          const uint32_t source = std::uniform_int_distribution<uint32_t>(0, d - 1)(random_);
          const std::vector<uint32_t>& from = words[source];
          const size_t length = std::uniform_int_distribution<size_t>(30, 80)(random_);
          const size_t start =
              std::uniform_int_distribution<size_t>(0, from.size() - length)(random_);
          const size_t at = std::uniform_int_distribution<size_t>(0, words[d].size())(random_);
          std::vector<uint32_t> copied;
          for (size_t i = start; i < start + length; ++i) {
            const double roll = edit(random_);
            if (roll < 0.04) {
              copied.push_back(zipf_(random_));  // a word changed
            } else if (roll >= 0.06) {
              copied.push_back(from[i]);  // kept; between the two, dropped
            }
          }
          words[d].insert(words[d].begin() + static_cast<long>(at), copied.begin(), copied.end());
          corpus.planted.emplace(source, d);
        }
      }
      corpus.docs.push_back(Render(d, words[d], boilerplate(random_)));
      corpus.bytes += corpus.docs.back().raw.size();
    }
    return corpus;
  }

 private:
  std::vector<uint32_t> Sentences(size_t count) {
    std::vector<uint32_t> out;
    while (out.size() < count) out.push_back(zipf_(random_));
    return out;
  }

  // Sentences of 8 to 24 words, paragraphs of 60 words, one body block each.
  Document Render(uint32_t index, const std::vector<uint32_t>& words, bool boilerplate) {
    Document doc;
    doc.id = "doc-" + std::to_string(index);
    size_t paragraph_begin = 0, sentence_left = 0;
    for (size_t i = 0; i < words.size(); ++i) {
      if (sentence_left == 0) sentence_left = std::uniform_int_distribution<size_t>(8, 24)(random_);
      const std::string& word = vocabulary_[words[i]];
      doc.raw += word;
      if (--sentence_left == 0 || i + 1 == words.size()) doc.raw += '.';
      if ((i + 1) % 60 == 0 || i + 1 == words.size()) {
        EndBlock(doc, paragraph_begin);
        paragraph_begin = doc.raw.size();
      } else {
        doc.raw += ' ';
      }
    }
    if (boilerplate) {
      doc.raw += kBoilerplate;
      EndBlock(doc, paragraph_begin);
    }
    return doc;
  }

  static void EndBlock(Document& doc, size_t begin) {
    doc.blocks.push_back({{static_cast<uint32_t>(begin), static_cast<uint32_t>(doc.raw.size())},
                          BlockKind::kBody,
                          "",
                          {}});
    doc.raw += '\n';
  }

  std::mt19937 random_;
  std::vector<std::string> vocabulary_;
  std::discrete_distribution<uint32_t> zipf_;
};

void BM_FindReuse(benchmark::State& state) {
  const auto documents = static_cast<uint32_t>(state.range(0));
  const SyntheticCorpus corpus = CorpusGenerator(20261123).Make(documents);
  std::vector<Reuse> found;
  for (auto _ : state) {
    found = corpus::FindReuse(corpus.docs);
    benchmark::DoNotOptimize(found.data());
  }
  std::set<std::pair<std::string, std::string>> found_ids;
  for (const Reuse& reuse : found) found_ids.emplace(reuse.a, reuse.b);
  size_t recalled = 0;
  for (const auto& [source, copy] : corpus.planted) {
    recalled += found_ids.count({corpus.docs[source].id, corpus.docs[copy].id});
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
  state.counters["docs_per_s"] = benchmark::Counter(static_cast<double>(documents),
                                                    benchmark::Counter::kIsIterationInvariantRate);
  state.counters["planted"] = static_cast<double>(corpus.planted.size());
  state.counters["recall"] =
      static_cast<double>(recalled) / std::max<size_t>(1, corpus.planted.size());
  state.counters["other_pairs"] = static_cast<double>(found.size() - recalled);
}
BENCHMARK(BM_FindReuse)->Arg(10000)->Arg(100000)->Iterations(1)->Unit(benchmark::kSecond);

}  // namespace
}  // namespace recoupe

BENCHMARK_MAIN();
