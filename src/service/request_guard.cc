#include "service/request_guard.h"

#include <arpa/inet.h>

#include <algorithm>
#include <cctype>

#include "service/handlers.h"

namespace recoupe::service {
namespace {

struct HostPort {
  std::string name;  // lower-cased, IPv6 without its brackets
  int port = -1;     // -1 when the header has none
};

// "Example.org:8080" → {example.org, 8080}; "[::1]:80" → {::1, 80}. A port
// that is not a number gives port -2 (never matches).
HostPort SplitHost(std::string host) {
  std::transform(host.begin(), host.end(), host.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  HostPort out;
  std::string port;
  if (!host.empty() && host.front() == '[') {
    const size_t close = host.find(']');
    if (close == std::string::npos) return {host, -2};
    out.name = host.substr(1, close - 1);
    if (close + 1 < host.size() && host[close + 1] == ':') port = host.substr(close + 2);
  } else if (const size_t colon = host.find(':');
             colon != std::string::npos && host.find(':', colon + 1) == std::string::npos) {
    out.name = host.substr(0, colon);
    port = host.substr(colon + 1);
  } else {
    out.name = host;
  }
  if (!port.empty()) {
    const bool digits = port.size() <= 5 && std::all_of(port.begin(), port.end(), [](char c) {
      return c >= '0' && c <= '9';
    });
    out.port = digits ? std::stoi(port) : -2;
  }
  return out;
}

bool IsIpLiteral(const std::string& name) {
  unsigned char buffer[16];
  return inet_pton(AF_INET, name.c_str(), buffer) == 1 ||
         inet_pton(AF_INET6, name.c_str(), buffer) == 1;
}

bool HostAllowed(const std::string& header, const RequestGuard& guard) {
  const HostPort host = SplitHost(header);
  if (host.port == -2 || host.name.empty()) return false;
  if (host.port >= 0 && guard.port > 0 && host.port != guard.port) return false;
  if (IsIpLiteral(host.name) || host.name == "localhost") return true;
  return std::any_of(guard.allowed_hosts.begin(), guard.allowed_hosts.end(),
                     [&](const std::string& allowed) {
                       const HostPort entry = SplitHost(allowed);
                       return entry.name == host.name &&
                              (entry.port < 0 || host.port < 0 || entry.port == host.port);
                     });
}

bool IsWrite(const std::string& method) {
  return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

// Equal in time independent of where the two strings differ.
bool SameSecret(const std::string& a, const std::string& b) {
  unsigned char diff = a.size() == b.size() ? 0 : 1;
  for (size_t i = 0; i < a.size(); ++i) diff |= a[i] ^ (i < b.size() ? b[i] : 0);
  return diff == 0;
}

std::optional<HttpResponse> RefuseWrite(const HttpRequest& request, const RequestGuard& guard) {
  if (request.sec_fetch_site == "cross-site")
    return ErrorResponse(403, "a write from another site's page is refused");
  if (!request.origin.empty() && request.origin != "http://" + request.host)
    return ErrorResponse(403, "a write from origin " + request.origin +
                                  " is refused: only this server's own page may write");
  if (!guard.token.empty()) {
    if (SameSecret(request.authorization, "Bearer " + guard.token)) return std::nullopt;
    HttpResponse response = ErrorResponse(401, "writes need 'Authorization: Bearer TOKEN'");
    response.headers.emplace_back("WWW-Authenticate", "Bearer");
    return response;
  }
  if (!guard.loopback)
    return ErrorResponse(403, "this server listens beyond loopback: writes need a token "
                              "(start it with --token)");
  return std::nullopt;
}

}  // namespace

bool IsLoopbackHost(const std::string& host) {
  const std::string name = SplitHost(host).name;
  return name == "localhost" || name == "::1" || name.rfind("127.", 0) == 0;
}

std::optional<HttpResponse> RefuseRequest(const HttpRequest& request, const RequestGuard& guard) {
  if (!request.host.empty() && !HostAllowed(request.host, guard))
    return ErrorResponse(403, "host '" + request.host + "' is not served here (recoupe serve "
                              "--allowed-host NAME answers another name)");
  if (IsWrite(request.method)) return RefuseWrite(request, guard);
  return std::nullopt;
}

}  // namespace recoupe::service
