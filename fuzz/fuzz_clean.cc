// The cleaner on one plain-text document: blocks, kinds and page metadata
// for any text, with the offset invariant kept.
#include "clean/cleaner.h"
#include "fuzz_support.h"
#include "ingest/encoding.h"
#include "recoupe/pipeline.h"

using namespace recoupe;

namespace {

const Cleaner& LoadedCleaner() {
  static const std::unique_ptr<Cleaner> cleaner = fuzz::ValueOrDie(Cleaner::Load(fuzz::DataDir()));
  return *cleaner;
}

}  // namespace

// Loads the data before the first input, outside libFuzzer's time limit.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  LoadedCleaner();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const Cleaner& cleaner = LoadedCleaner();
  Document doc;
  doc.id = "fuzz";
  doc.raw = fuzz::AsUtf8(fuzz::AsText(data, size));
  cleaner.Clean(doc);
  fuzz::RequireInvariants(doc);
  return 0;
}
