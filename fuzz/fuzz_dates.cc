// The dates stage on one cleaned and segmented document. The first byte
// picks the language (bit 0: French or English) and whether the input
// states a publication date (bit 1); the rest is the text.
#include "clean/cleaner.h"
#include "dates/date_stage.h"
#include "fuzz_support.h"
#include "ingest/encoding.h"
#include "recoupe/pipeline.h"
#include "segment/segmenter.h"

using namespace recoupe;

namespace {

struct Stages {
  std::unique_ptr<Cleaner> cleaner = fuzz::ValueOrDie(Cleaner::Load(fuzz::DataDir()));
  Segmenter segmenter = fuzz::ValueOrDie(Segmenter::Load(fuzz::DataDir()));
  std::unique_ptr<DateStage> dates = fuzz::ValueOrDie(DateStage::Load(fuzz::DataDir()));
};

const Stages& LoadedStages() {
  static const Stages stages;
  return stages;
}

}  // namespace

// Loads the data before the first input, outside libFuzzer's time limit.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  LoadedStages();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const Stages& stages = LoadedStages();
  if (size == 0) return 0;
  Document doc;
  doc.id = "fuzz";
  doc.raw = fuzz::AsUtf8(fuzz::AsText(data + 1, size - 1));
  if (data[0] & 2) doc.meta.published = "2016-03-27";
  stages.cleaner->Clean(doc);
  doc.language = (data[0] & 1) ? "en" : "fr";
  stages.segmenter.Segment(doc);
  stages.dates->Annotate(doc, std::string("2026-11-23"));
  fuzz::RequireInvariants(doc);
  return 0;
}
