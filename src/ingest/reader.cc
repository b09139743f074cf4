#include "ingest/reader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include "ingest/encoding.h"
#include "util/json_depth.h"

namespace recoupe {
namespace fs = std::filesystem;

std::string SkippedInput::ToString() const {
  std::string out = path;
  if (line) out += ":" + std::to_string(*line);
  out += ": ";
  if (!id.empty()) out += "[" + id + "] ";
  out += message;
  return out;
}

FileFormat FormatFromExtension(std::string_view path) {
  const std::string ext = fs::path(path).extension().string();
  std::string lower(ext.size(), ' ');
  std::transform(ext.begin(), ext.end(), lower.begin(), [](unsigned char c) {
    return static_cast<char>(std::tolower(c));
  });
  if (lower == ".txt") return FileFormat::kText;
  if (lower == ".html" || lower == ".htm") return FileFormat::kHtml;
  if (lower == ".jsonl") return FileFormat::kJsonl;
  return FileFormat::kAuto;
}

FileFormat SniffFormat(std::string_view bytes) {
  bytes.remove_prefix(Utf8BomLength(bytes));
  const size_t first = bytes.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return FileFormat::kText;
  if (bytes[first] == '<') {
    std::string head(bytes.substr(first, 512));
    std::transform(head.begin(), head.end(), head.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const char* marker : {"<!doctype html", "<html", "<head", "<body", "<article", "<div",
                               "<p>", "<p "})
      if (head.find(marker) != std::string::npos) return FileFormat::kHtml;
  }
  if (bytes[first] == '{') {
    const size_t eol = bytes.find('\n', first);
    const auto line = bytes.substr(first, eol == std::string_view::npos ? eol : eol - first);
    if (ParseBoundedJson(line).is_object()) return FileFormat::kJsonl;
  }
  return FileFormat::kText;
}

InputListing ListInputs(const std::vector<std::string>& paths) {
  InputListing listing;
  if (paths.empty()) {
    listing.files.push_back({"-", FileFormat::kAuto});
    return listing;
  }
  for (const std::string& path : paths) {
    if (path == "-") {
      listing.files.push_back({"-", FileFormat::kAuto});
      continue;
    }
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      listing.missing.push_back({path, std::nullopt, "", "no such file or directory"});
      continue;
    }
    if (!fs::is_directory(status)) {
      listing.files.push_back({path, FormatFromExtension(path)});
      continue;
    }
    std::vector<std::string> found;
    for (auto it = fs::recursive_directory_iterator(
             path, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (!it->is_regular_file(ec)) continue;
      const std::string file = it->path().string();
      if (FormatFromExtension(file) != FileFormat::kAuto) found.push_back(file);
    }
    if (ec) listing.missing.push_back({path, std::nullopt, "", "cannot list: " + ec.message()});
    std::sort(found.begin(), found.end());
    for (std::string& file : found) {
      const FileFormat format = FormatFromExtension(file);
      listing.files.push_back({std::move(file), format});
    }
  }
  return listing;
}

namespace {

std::string HumanSize(size_t bytes) {
  std::ostringstream out;
  out.precision(1);
  if (bytes < 1024) {
    out << bytes << " bytes";
  } else if (bytes < 1024 * 1024) {
    out << std::fixed << static_cast<double>(bytes) / 1024.0 << " KiB";
  } else {
    out << std::fixed << static_cast<double>(bytes) / (1024.0 * 1024.0) << " MiB";
  }
  return out.str();
}

std::string StemOf(const std::string& path) { return fs::path(path).stem().string(); }

// Reads a whole file; a failure becomes the error message.
Result<std::string> ReadAll(const std::string& path, size_t limit) {
  if (path == "-") {
    std::string bytes((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    return bytes;
  }
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (ec) return Status::Error("cannot read: " + ec.message());
  if (size > limit)
    return Status::Error("document is " + HumanSize(size) + ", over the " + HumanSize(limit) +
                         " limit (raise it with --max-document-size)");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error("cannot open for reading");
  std::string bytes(size, '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(size));
  if (static_cast<size_t>(in.gcount()) != size) return Status::Error("short read");
  return bytes;
}

std::optional<std::string> StringField(const nlohmann::json& object, const char* key) {
  const auto it = object.find(key);
  if (it == object.end() || it->is_null()) return std::nullopt;
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer()) return std::to_string(it->get<long long>());
  return std::nullopt;
}

void ReadJsonl(const std::string& path, std::string_view bytes, const IngestOptions& options,
               const ArticleCallback& on_article,
               const std::function<void(IngestError)>& on_error) {
  uint32_t line_number = 0;
  size_t pos = Utf8BomLength(bytes);
  while (pos < bytes.size()) {
    ++line_number;
    size_t eol = bytes.find('\n', pos);
    if (eol == std::string_view::npos) eol = bytes.size();
    std::string_view line = bytes.substr(pos, eol - pos);
    pos = eol + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const std::string_view source = line;
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;

    auto fail = [&](std::string id, std::string message) {
      on_error({path, line_number, std::move(id), std::move(message)});
    };
    if (line.size() > options.max_document_bytes) {
      fail("", "line is " + HumanSize(line.size()) + ", over the " +
                   HumanSize(options.max_document_bytes) +
                   " limit (raise it with --max-document-size)");
      continue;
    }
    std::string transcoded;
    bool fallback = false;
    if (const auto bad = FirstInvalidUtf8(line)) {
      if (LooksBinary(line)) {
        fail("", "binary data, not a JSON line");
        continue;
      }
      transcoded = Windows1252ToUtf8(line);
      line = transcoded;
      fallback = true;
    }
    bool too_deep = false;
    const auto parsed = ParseBoundedJson(line, &too_deep);
    if (too_deep) {
      fail("", "JSON nested deeper than " + std::to_string(kMaxJsonDepth) + " levels");
      continue;
    }
    if (parsed.is_discarded()) {
      fail("", "not valid JSON (expected one JSON object per line)");
      continue;
    }
    if (!parsed.is_object()) {
      fail("", "expected a JSON object with \"id\" and \"text\" or \"html\"");
      continue;
    }
    const auto id = StringField(parsed, "id");
    const auto text = StringField(parsed, "text");
    const auto html = StringField(parsed, "html");
    const std::string doc_id = id ? *id : StemOf(path) + "-" + std::to_string(line_number);
    if (!text && !html) {
      fail(doc_id, "expected a string field \"text\" or \"html\"");
      continue;
    }
    Result<Document> doc = MakeDocument(doc_id, path, text ? *text : *html,
                                        text ? InputKind::kText : InputKind::kHtml, options);
    if (!doc.ok()) {
      fail(doc_id, doc.status().message());
      continue;
    }
    Document& d = doc.value();
    d.line = line_number;
    if (!id)
      d.warnings.push_back({"missing_id", "no \"id\" field; using " + doc_id});
    if (fallback)
      d.warnings.push_back({"encoding_fallback",
                            "line is not valid UTF-8; read as Windows-1252"});
    d.url = StringField(parsed, "url");
    if (auto outlet = StringField(parsed, "outlet")) {
      d.meta.outlet = std::move(outlet);
      d.meta.outlet_basis = "input";
    }
    d.meta.published = StringField(parsed, "published");
    d.meta.language = StringField(parsed, "language");
    d.meta.title = StringField(parsed, "title");
    on_article(std::move(d), source);
  }
}

}  // namespace

Result<Document> MakeDocument(std::string id, std::string path, std::string bytes,
                              InputKind kind, const IngestOptions& options) {
  if (bytes.size() > options.max_document_bytes)
    return Status::Error("document is " + HumanSize(bytes.size()) + ", over the " +
                         HumanSize(options.max_document_bytes) +
                         " limit (raise it with --max-document-size)");
  if (bytes.find_first_not_of(" \t\r\n\f\v") == std::string::npos ||
      bytes.size() == Utf8BomLength(bytes))
    return Status::Error("empty document (no text)");
  if (LooksBinary(bytes)) {
    const size_t nul = bytes.find('\0');
    return Status::Error(nul == std::string::npos
                             ? std::string("binary data, not text (too many control bytes)")
                             : "binary data, not text (NUL byte at offset " +
                                   std::to_string(nul) + ")");
  }
  Document doc;
  doc.id = std::move(id);
  doc.path = std::move(path);
  doc.kind = kind;
  if (const auto bad = FirstInvalidUtf8(bytes)) {
    doc.source_encoding = "windows-1252";
    doc.warnings.push_back(
        {"encoding_fallback", "not valid UTF-8 (first bad byte at offset " +
                                  std::to_string(*bad) + "); read as Windows-1252"});
    bytes = Windows1252ToUtf8(bytes);
  }
  if (kind == InputKind::kHtml)
    doc.html = std::move(bytes);
  else
    doc.raw = std::move(bytes);
  return doc;
}

void ReadInputFile(const InputFile& input, const IngestOptions& options,
                   const std::function<void(Document)>& on_document,
                   const std::function<void(IngestError)>& on_error) {
  ReadInputArticles(
      input, options, [&](Document doc, std::string_view) { on_document(std::move(doc)); },
      on_error);
}

void ReadInputArticles(const InputFile& input, const IngestOptions& options,
                       const ArticleCallback& on_article,
                       const std::function<void(IngestError)>& on_error) {
  // A JSONL file holds many documents: its size is limited per line, not whole.
  const bool maybe_jsonl = input.format == FileFormat::kJsonl || input.format == FileFormat::kAuto;
  Result<std::string> bytes =
      ReadAll(input.path, maybe_jsonl ? SIZE_MAX : options.max_document_bytes);
  if (!bytes.ok()) {
    on_error({input.path, std::nullopt, "", bytes.status().message()});
    return;
  }
  ReadInputBytes(input.path, input.format, std::move(bytes).value(), options, on_article,
                 on_error);
}

void ReadInputBytes(const std::string& path, FileFormat format, std::string bytes,
                    const IngestOptions& options, const ArticleCallback& on_article,
                    const std::function<void(IngestError)>& on_error) {
  if (format == FileFormat::kAuto) format = FormatFromExtension(path);
  if (format == FileFormat::kAuto) format = SniffFormat(bytes);
  if (format == FileFormat::kJsonl) {
    ReadJsonl(path, bytes, options, on_article, on_error);
    return;
  }
  const std::string id = path == "-" ? "stdin" : StemOf(path);
  Result<Document> doc =
      MakeDocument(id, path, bytes,
                   format == FileFormat::kHtml ? InputKind::kHtml : InputKind::kText, options);
  if (!doc.ok()) {
    on_error({path, std::nullopt, id, doc.status().message()});
    return;
  }
  on_article(std::move(doc).value(), bytes);
}

void RenameDuplicateIds(std::vector<Document>& docs) {
  std::unordered_map<std::string, const Document*> first_with;
  for (const Document& doc : docs) first_with.emplace(doc.id, &doc);
  std::unordered_set<std::string> taken;
  for (Document& doc : docs) {
    if (taken.insert(doc.id).second) continue;
    // Neither a name given so far nor one a later document comes with.
    int n = 2;
    std::string renamed = doc.id + "-2";
    while (taken.count(renamed) || first_with.count(renamed))
      renamed = doc.id + "-" + std::to_string(++n);
    doc.warnings.push_back({"duplicate_id", "id '" + doc.id + "' is already " +
                                                first_with.at(doc.id)->path + "'s; renamed " +
                                                renamed});
    doc.id = renamed;
    taken.insert(renamed);
  }
}

}  // namespace recoupe
