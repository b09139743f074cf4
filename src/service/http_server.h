// `recoupe serve`: the API of service/api.h on a socket, with cpp-httplib.
// Only the recoupe executable links this part (and cpp-httplib).
#pragma once

#include <cstddef>
#include <string>

#include "recoupe/status.h"
#include "recoupe/store.h"
#include "service/api.h"

namespace recoupe::service {

struct ServeOptions {
  std::string host = "127.0.0.1";  // loopback unless asked otherwise
  int port = 8080;                 // 0: any free port (printed once listening)
  // Requests handled at once. A kept-alive connection holds its thread until
  // it closes, so there are as many threads as clients a newsroom may have.
  size_t threads = 128;
  int read_timeout_seconds = 30;
  int write_timeout_seconds = 30;
  ApiOptions api;
};

// Listens on host:port and serves until SIGINT or SIGTERM. Once listening,
// prints "recoupe: serving on http://HOST:PORT" on standard output (flushed).
Status Serve(Store& store, const ServeOptions& options);

}  // namespace recoupe::service
