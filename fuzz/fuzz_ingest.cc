// Ingest: one input file of any format (format sniffing, JSONL lines, the
// size limit per document and per line, encoding checks). Every document
// that comes out holds valid UTF-8 within the size limit.
#include <unistd.h>

#include <fstream>

#include "fuzz_support.h"
#include "ingest/encoding.h"
#include "ingest/reader.h"

using namespace recoupe;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string path = "/tmp/recoupe-fuzz-ingest-" + std::to_string(getpid());
  std::ofstream(path, std::ios::binary | std::ios::trunc)
      .write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  IngestOptions options;
  options.max_document_bytes = 4096;  // small, so that the limit is reached too
  ReadInputFile(
      {path, FileFormat::kAuto}, options,
      [&](Document doc) {
        const std::string& bytes = doc.kind == InputKind::kHtml ? doc.html : doc.raw;
        fuzz::Require(!FirstInvalidUtf8(bytes), "a document holds invalid UTF-8");
        fuzz::Require(!bytes.empty(), "an empty document was accepted");
      },
      [](IngestError error) { fuzz::Require(!error.message.empty(), "an error without message"); });
  return 0;
}
