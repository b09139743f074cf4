// The web page's files, under one directory and never outside it.
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string_view>

#include "service/handlers.h"

namespace recoupe::service {
namespace fs = std::filesystem;

namespace {

constexpr const char* kNotBuilt = R"(<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>recoupe</title></head>
<body>
<h1>recoupe is running</h1>
<p>The web page is not built, so there is nothing to show here yet. The JSON API
answers under <code>/api/v1/</code> (see docs/api.md), and <code>/healthz</code>
says what the store holds.</p>
<p>To build the page (Node.js and npm): <code>cd web &amp;&amp; npm ci &amp;&amp; npm run build</code>,
then restart <code>recoupe serve</code>, or start it with <code>--web DIR</code> (or
<code>RECOUPE_WEB_DIR=DIR</code>) naming a built <code>web/dist</code>.</p>
</body></html>
)";

std::string ContentType(const fs::path& file) {
  const std::string ext = file.extension().string();
  if (ext == ".html" || ext == ".htm") return "text/html; charset=utf-8";
  if (ext == ".js" || ext == ".mjs") return "text/javascript; charset=utf-8";
  if (ext == ".css") return "text/css; charset=utf-8";
  if (ext == ".json" || ext == ".map" || ext == ".topojson") return "application/json";
  if (ext == ".svg") return "image/svg+xml";
  if (ext == ".png") return "image/png";
  if (ext == ".jpg" || ext == ".jpeg") return "image/jpeg";
  if (ext == ".ico") return "image/x-icon";
  if (ext == ".woff2") return "font/woff2";
  if (ext == ".woff") return "font/woff";
  if (ext == ".wasm") return "application/wasm";
  if (ext == ".txt") return "text/plain; charset=utf-8";
  return "application/octet-stream";
}

// The path's segments when each is a plain name: no "..", ".", hidden
// names, back slashes or NUL bytes. Empty segments (a//b) are dropped.
std::optional<fs::path> SafeRelativePath(std::string_view path) {
  if (path.empty() || path.front() != '/') return std::nullopt;
  if (path.find('\0') != std::string_view::npos || path.find('\\') != std::string_view::npos)
    return std::nullopt;
  fs::path relative;
  size_t start = 1;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    const std::string_view segment = path.substr(start, end - start);
    if (!segment.empty()) {
      if (segment.front() == '.') return std::nullopt;
      relative /= std::string(segment);
    }
    start = end + 1;
  }
  return relative;
}

// The regular file at `candidate` when, symbolic links resolved, it lies
// inside `root`.
std::optional<fs::path> FileInside(const std::string& root, const fs::path& candidate) {
  std::error_code ec;
  fs::path resolved = fs::canonical(candidate, ec);
  if (ec) return std::nullopt;
  if (fs::is_directory(resolved, ec)) resolved = fs::canonical(resolved / "index.html", ec);
  if (ec || !fs::is_regular_file(resolved, ec)) return std::nullopt;
  const std::string text = resolved.string();
  if (text.size() <= root.size() || text.compare(0, root.size(), root) != 0 ||
      text[root.size()] != '/')
    return std::nullopt;
  return resolved;
}

HttpResponse FileResponse(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return ErrorResponse(404, "not found");
  HttpResponse response;
  response.content_type = ContentType(file);
  response.body.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return response;
}

}  // namespace

HttpResponse StaticFile(const std::string& web_root, const std::string& path) {
  if (web_root.empty()) {
    if (path == "/" || path == "/index.html")
      return {200, "text/html; charset=utf-8", kNotBuilt, {}};
    return ErrorResponse(404, "not found (the web page is not built)");
  }
  const std::optional<fs::path> relative = SafeRelativePath(path);
  if (!relative) return ErrorResponse(404, "not found");
  if (auto file = FileInside(web_root, fs::path(web_root) / *relative)) return FileResponse(*file);
  // A page address of the web page's own (/events/ev-1): its index.html.
  if (relative->extension().empty())
    if (auto index = FileInside(web_root, fs::path(web_root) / "index.html"))
      return FileResponse(*index);
  return ErrorResponse(404, "not found");
}

}  // namespace recoupe::service
