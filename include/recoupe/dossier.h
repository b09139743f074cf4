// What one run produces: the analysed documents and the inputs that could not
// be analysed. Later stages add events, facts, flags, reuse and timeline.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "recoupe/document.h"

namespace recoupe {

// An input that did not become a document, with the reason. Reported on
// standard error and listed in the dossier: nothing is dropped silently.
struct SkippedInput {
  std::string path;
  std::optional<uint32_t> line;  // JSONL line, 1-based
  std::string id;                // document id when known
  std::string message;
  // "path:line: [id] message", the form printed on standard error.
  std::string ToString() const;
};

struct Dossier {
  std::vector<Document> documents;
  std::vector<SkippedInput> skipped;
};

}  // namespace recoupe
