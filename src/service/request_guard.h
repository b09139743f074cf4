// Which requests `recoupe serve` answers at all, before any route runs
// (docs/api.md, "Who may talk to the server"):
//  - a Host header names this server: an IP literal, `localhost`, or a name
//    given with --allowed-host (with no port, or the bound port). Any other
//    name is refused, so a page on another site that rebinds its DNS name to
//    this machine cannot read or delete through it;
//  - a write (any method but GET, HEAD, OPTIONS) comes from this server's own
//    page or from a client that is no page at all: an `Origin` other than
//    the Host's own origin, or `Sec-Fetch-Site: cross-site`, is refused;
//  - with a token, a write carries `Authorization: Bearer TOKEN`; bound
//    beyond loopback without a token, writes are refused.
// A request without Host, Origin or Sec-Fetch-Site (curl, scripts, tests) is
// judged by what it has.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "service/http_message.h"

namespace recoupe::service {

struct RequestGuard {
  int port = 0;                            // the bound port; 0: any port in Host
  bool loopback = true;                    // bound to a loopback address only
  std::vector<std::string> allowed_hosts;  // extra names, "name" or "name:port"
  std::string token;                       // non-empty: writes need it as a bearer token
};

// The refusal for a request the guard does not let through, or nothing.
std::optional<HttpResponse> RefuseRequest(const HttpRequest& request, const RequestGuard& guard);

// True when `host` (as given to --host) is a loopback address or localhost.
bool IsLoopbackHost(const std::string& host);

}  // namespace recoupe::service
