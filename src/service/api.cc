#include "service/api.h"

#include <exception>
#include <filesystem>
#include <string_view>

#include "service/handlers.h"

namespace recoupe::service {

HttpResponse JsonResponse(int status, const Json& body) {
  HttpResponse response;
  response.status = status;
  response.body = body.dump(-1, ' ', false, Json::error_handler_t::replace);
  return response;
}

HttpResponse ErrorResponse(int status, const std::string& message) {
  return JsonResponse(status, Json{{"error", message}});
}

HttpResponse StoreFailure(const Status& status) {
  return ErrorResponse(500, "store: " + status.message());
}

Api::Api(Store& store, ApiOptions options) : store_(store), options_(std::move(options)) {
  std::error_code ec;
  if (!options_.web_dir.empty() && std::filesystem::is_directory(options_.web_dir, ec))
    web_root_ = std::filesystem::canonical(options_.web_dir, ec).string();
}

HttpResponse Api::Handle(const HttpRequest& request) const {
  try {
    if (auto refusal = RefuseRequest(request, options_.guard)) return *refusal;
    if (request.body.size() > options_.max_body_bytes)
      return ErrorResponse(413, "request body of " + std::to_string(request.body.size()) +
                                    " bytes is over the limit of " +
                                    std::to_string(options_.max_body_bytes));
    return Route(request);
  } catch (const std::exception& e) {
    return ErrorResponse(500, std::string("internal error: ") + e.what());
  } catch (...) {
    return ErrorResponse(500, "internal error");
  }
}

namespace {

HttpResponse MethodNotAllowed(const std::string& allowed) {
  HttpResponse response = ErrorResponse(405, "method not allowed here; allowed: " + allowed);
  response.headers.emplace_back("Allow", allowed);
  return response;
}

// The id after `prefix` in the decoded `path` ("/api/v1/events/ev-1" →
// "ev-1"), else empty. The id is the whole rest of the path: a document id
// may hold slashes (a JSONL id that is a URL), sent percent-encoded (%2F).
std::string IdAfter(std::string_view path, std::string_view prefix) {
  if (path.substr(0, prefix.size()) != prefix) return {};
  return std::string(path.substr(prefix.size()));
}

}  // namespace

HttpResponse Api::Route(const HttpRequest& request) const {
  const std::string& path = request.path;
  const std::string& method = request.method;
  const bool get = method == "GET" || method == "HEAD";
  if (path == "/healthz") return get ? Health(store_) : MethodNotAllowed("GET");
  if (path == "/api/v1/documents") {
    if (get) return ListDocuments(store_);
    if (method == "POST") return PostDocuments(store_, request);
    return MethodNotAllowed("GET, POST");
  }
  if (std::string id = IdAfter(path, "/api/v1/documents/"); !id.empty()) {
    if (get) return GetDocument(store_, id);
    if (method == "DELETE") return DeleteDocument(store_, id);
    return MethodNotAllowed("GET, DELETE");
  }
  if (path == "/api/v1/events") return get ? ListEvents(store_) : MethodNotAllowed("GET");
  if (std::string id = IdAfter(path, "/api/v1/events/"); !id.empty())
    return get ? GetEvent(store_, id, event_dossiers_) : MethodNotAllowed("GET");
  if (path == "/api/v1/search")
    return get ? SearchDocuments(store_, request, options_) : MethodNotAllowed("GET");
  if (path == "/api" || path.rfind("/api/", 0) == 0)
    return ErrorResponse(404, "no such route: " + path + " (see docs/api.md)");
  if (!get) return MethodNotAllowed("GET");
  return StaticFile(web_root_, path);
}

}  // namespace recoupe::service
