// Reading input: which files a command line names, what format each is, and
// the documents (or per-document errors) each one yields.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "recoupe/document.h"
#include "recoupe/dossier.h"
#include "recoupe/status.h"

namespace recoupe {

enum class FileFormat { kAuto, kText, kHtml, kJsonl };

struct InputFile {
  std::string path;  // "-" means standard input
  FileFormat format = FileFormat::kAuto;
};

using IngestError = SkippedInput;

struct IngestOptions {
  // Documents larger than this are refused with a clear error.
  size_t max_document_bytes = 16u << 20;
};

// Expands `paths` into input files: a directory contributes every *.txt,
// *.html, *.htm and *.jsonl below it, recursively, in byte order of path; a
// file is taken whatever its extension (its format is then sniffed); "-"
// is standard input; no paths at all means standard input. Paths that do not
// exist are returned in `missing`.
struct InputListing {
  std::vector<InputFile> files;
  std::vector<IngestError> missing;
};
InputListing ListInputs(const std::vector<std::string>& paths);

// Format from the extension, or kAuto.
FileFormat FormatFromExtension(std::string_view path);
// Format from the content: markup → kHtml, a first line holding a JSON
// object → kJsonl, anything else → kText.
FileFormat SniffFormat(std::string_view bytes);


// Reads one input file (or standard input) and hands each document to
// `on_document`, each failure to `on_error`. A bad document or JSONL line is
// reported and the rest of the file goes on.
void ReadInputFile(const InputFile& input, const IngestOptions& options,
                   const std::function<void(Document)>& on_document,
                   const std::function<void(IngestError)>& on_error);

// A document and the bytes it was read from: the whole file, or its JSONL
// line (before any transcoding).
using ArticleCallback = std::function<void(Document, std::string_view source)>;

// ReadInputFile, each document handed over with its source bytes.
void ReadInputArticles(const InputFile& input, const IngestOptions& options,
                       const ArticleCallback& on_article,
                       const std::function<void(IngestError)>& on_error);

// ReadInputArticles for bytes already in memory (an upload): `path` names them
// in ids and errors; kAuto takes the format from its extension, else
// from the content.
void ReadInputBytes(const std::string& path, FileFormat format, std::string bytes,
                    const IngestOptions& options, const ArticleCallback& on_article,
                    const std::function<void(IngestError)>& on_error);

// Gives each document an id no earlier document of `docs` has: a repeated
// id (two folders' article.txt, a JSONL id given twice) becomes `id-2`,
// `id-3`, ... as the store names them, with a `duplicate_id` warning
// naming the file that had it first. Order decides: the first keeps its id.
void RenameDuplicateIds(std::vector<Document>& docs);

// Builds a document from in-memory bytes: validates the encoding (UTF-8,
// else Windows-1252 with a warning), refuses empty, binary and oversized
// input. `id` and `path` are copied into the document; HTML bytes go to
// `Document::html` (raw is filled by the HTML stage), text bytes to `raw`.
Result<Document> MakeDocument(std::string id, std::string path, std::string bytes,
                              InputKind kind, const IngestOptions& options);

}  // namespace recoupe
