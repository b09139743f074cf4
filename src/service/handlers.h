// The handlers behind each route of service/api.h, and the response helpers
// they share. Each takes what it needs and returns the whole response.
#pragma once

#include <string>

#include "recoupe/status.h"
#include "recoupe/store.h"
#include "render/json_parts.h"
#include "service/api.h"
#include "service/http_message.h"
#include "service/rendered_cache.h"

namespace recoupe::service {

using json::Json;

// `body` as JSON text (invalid UTF-8 replaced, never thrown on).
HttpResponse JsonResponse(int status, const Json& body);
// {"error": message}
HttpResponse ErrorResponse(int status, const std::string& message);
// 500 for a failure of the store itself.
HttpResponse StoreFailure(const Status& status);

// documents_handlers.cc
HttpResponse PostDocuments(Store& store, const HttpRequest& request);
HttpResponse ListDocuments(Store& store);
HttpResponse GetDocument(Store& store, const std::string& id);
HttpResponse DeleteDocument(Store& store, const std::string& id);

// read_handlers.cc
HttpResponse Health(Store& store);
HttpResponse ListEvents(Store& store);
// The event's dossier, from `cache` while the store has not changed.
HttpResponse GetEvent(Store& store, const std::string& id, RenderedCache& cache);
HttpResponse SearchDocuments(Store& store, const HttpRequest& request, const ApiOptions& options);

// static_files.cc: the file at the request path under `web_root` (a
// canonical directory, or empty when there is none).
HttpResponse StaticFile(const std::string& web_root, const std::string& path);

}  // namespace recoupe::service
