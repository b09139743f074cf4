// The whole per-document pipeline on one document, as the CLI runs it:
// ingest checks, HTML extraction, cleaning, language, segmentation, entities,
// dates, attribution, figures, then the JSON dossier. The first byte picks
// text (even) or HTML (odd); the rest is the document.
#include <memory>

#include "fuzz_support.h"
#include "ingest/reader.h"
#include "recoupe/pipeline.h"
#include "render/render.h"

using namespace recoupe;

namespace {

const Pipeline& LoadedPipeline() {
  static const std::unique_ptr<Pipeline> pipeline = [] {
    PipelineOptions options;
    options.data_dir = fuzz::DataDir();
    options.gazetteer_path = "";
    options.reference_date = "2026-11-23";
    options.jobs = 1;
    return fuzz::ValueOrDie(Pipeline::Load(options));
  }();
  return *pipeline;
}

}  // namespace

// Loads the data before the first input, outside libFuzzer's time limit.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  LoadedPipeline();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const Pipeline& pipeline = LoadedPipeline();
  if (size == 0) return 0;
  Result<Document> doc =
      MakeDocument("fuzz", "fuzz", std::string(fuzz::AsText(data + 1, size - 1)),
                   (data[0] & 1) ? InputKind::kHtml : InputKind::kText, IngestOptions{});
  if (!doc.ok()) return 0;
  pipeline.Analyze(doc.value());
  fuzz::RequireInvariants(doc.value());
  Dossier dossier;
  dossier.documents.push_back(std::move(doc).value());
  RenderJson(dossier);
  return 0;
}
