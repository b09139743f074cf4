#include "fuzz_support.h"

#include <cstdio>
#include <cstdlib>

#include "ingest/encoding.h"
#include "recoupe/pipeline.h"
#include "segment/segmenter.h"
#include "segment/tokenizer.h"

namespace recoupe::fuzz {

std::string DataDir() { return RECOUPE_SOURCE_DIR "/data"; }

std::string_view AsText(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

std::string AsUtf8(std::string_view bytes) {
  return FirstInvalidUtf8(bytes) ? Windows1252ToUtf8(bytes) : std::string(bytes);
}

void Require(bool condition, std::string_view what) {
  if (condition) return;
  std::fprintf(stderr, "contract broken: %.*s\n", static_cast<int>(what.size()), what.data());
  std::abort();
}

void RequireInvariants(const Document& doc) {
  const Status status = CheckInvariants(doc);
  Require(status.ok(), status.ok() ? "" : status.message());
}

std::vector<Token> TokensInSentences(std::string_view text) {
  std::vector<Token> tokens = TokenizeText(text);
  const std::vector<SentenceBounds> sentences = SplitSentences(tokens, DefaultAbbreviations());
  for (uint32_t s = 0; s < sentences.size(); ++s)
    for (uint32_t t = sentences[s].first_token; t < sentences[s].end_token; ++t)
      tokens[t].sentence = s;
  return tokens;
}

}  // namespace recoupe::fuzz
