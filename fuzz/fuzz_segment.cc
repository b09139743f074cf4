// Normalisation, tokenizer, sentence splitter and language identification
// on any UTF-8 text: the normalisation map is monotonic and complete, tokens
// are ordered spans of the text, sentences cover the tokens in order.
#include "fuzz_support.h"
#include "ingest/encoding.h"
#include "segment/language.h"
#include "segment/normalizer.h"
#include "segment/segmenter.h"
#include "segment/tokenizer.h"

using namespace recoupe;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text = fuzz::AsUtf8(fuzz::AsText(data, size));

  const NormalizedText normalized = Normalize(text);
  fuzz::Require(normalized.to_raw.size() == normalized.text.size() + 1, "map size");
  fuzz::Require(normalized.to_raw.back() == text.size(), "map does not end at the raw size");
  for (size_t i = 1; i < normalized.to_raw.size(); ++i)
    fuzz::Require(normalized.to_raw[i - 1] <= normalized.to_raw[i], "map not monotonic");

  const std::vector<Token> tokens = TokenizeText(text, 7);
  uint32_t previous_end = 7;
  for (const Token& token : tokens) {
    fuzz::Require(previous_end <= token.span.begin && token.span.begin < token.span.end &&
                      token.span.end <= text.size() + 7,
                  "token spans out of order or outside the text");
    previous_end = token.span.end;
  }
  const std::vector<SentenceBounds> sentences = SplitSentences(tokens, DefaultAbbreviations());
  uint32_t next = 0;
  for (const SentenceBounds& sentence : sentences) {
    fuzz::Require(sentence.first_token == next && sentence.first_token < sentence.end_token,
                  "sentences do not tile the tokens");
    next = sentence.end_token;
  }
  fuzz::Require(next == tokens.size(), "sentences do not cover every token");
  DetectLanguage(text);
  return 0;
}
