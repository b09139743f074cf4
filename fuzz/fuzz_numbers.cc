// Number recognition (French and English rules) over the tokens of any
// text: mentions are ordered, inside the tokens and inside one sentence.
#include "fuzz_support.h"
#include "ingest/encoding.h"
#include "numbers/numbers.h"
#include "segment/segmenter.h"
#include "segment/tokenizer.h"

using namespace recoupe;

namespace {

void CheckMentions(std::span<const Token> tokens, const NumberResources& resources) {
  uint32_t previous_end = 0;
  for (const NumberMention& mention : FindNumbers(tokens, resources)) {
    fuzz::Require(previous_end <= mention.first && mention.first < mention.end &&
                      mention.end <= tokens.size(),
                  "number mentions out of order or outside the tokens");
    fuzz::Require(mention.first <= mention.value_first &&
                      mention.value_first <= mention.value_end && mention.value_end <= mention.end,
                  "number value outside its mention");
    fuzz::Require(tokens[mention.first].sentence == tokens[mention.end - 1].sentence,
                  "a number mention crosses sentences");
    previous_end = mention.end;
    ValueOfTokens(tokens.subspan(mention.value_first, mention.value_end - mention.value_first),
                  resources);
    RenderNumber(mention);
  }
}

const NumberResources& Loaded(std::string_view language) {
  static const NumberResources french =
      fuzz::ValueOrDie(NumberResources::Load(fuzz::DataDir(), "fr"));
  static const NumberResources english =
      fuzz::ValueOrDie(NumberResources::Load(fuzz::DataDir(), "en"));
  return language == "fr" ? french : english;
}

}  // namespace

// Loads the data before the first input, outside libFuzzer's time limit.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  Loaded("fr");
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text = fuzz::AsUtf8(fuzz::AsText(data, size));
  const std::vector<Token> tokens = fuzz::TokensInSentences(text);
  CheckMentions(tokens, Loaded("fr"));
  CheckMentions(tokens, Loaded("en"));
  return 0;
}
