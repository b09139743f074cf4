// The HTTP API of `recoupe serve` (docs/api.md), as one function from a
// request to a response over a Store: routes, JSON bodies, errors as
// {"error": message} with their status, static files of the web page.
// Thread-safe: the Store serialises writes and lets reads run side by side.
// Never throws: bad input of any kind is a 4xx response, a failure of the
// store a 500.
#pragma once

#include <cstddef>
#include <string>

#include "recoupe/store.h"
#include "service/http_message.h"
#include "service/rendered_cache.h"
#include "service/request_guard.h"

namespace recoupe::service {

struct ApiOptions {
  // Larger request bodies are refused with 413 (the server refuses them
  // before reading them, too).
  size_t max_body_bytes = 32u << 20;
  // The web page's files (web/dist); empty or missing: "/" explains how to
  // build it.
  std::string web_dir;
  size_t default_search_results = 20;
  size_t max_search_results = 100;
  // Which hosts, origins and writers are answered (service/request_guard.h).
  RequestGuard guard;
};

class Api {
 public:
  Api(Store& store, ApiOptions options);
  HttpResponse Handle(const HttpRequest& request) const;

 private:
  HttpResponse Route(const HttpRequest& request) const;
  Store& store_;
  ApiOptions options_;
  std::string web_root_;  // web_dir made canonical, or empty when absent
  mutable RenderedCache event_dossiers_;
};

}  // namespace recoupe::service
