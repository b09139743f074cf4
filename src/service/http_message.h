// HTTP requests and responses as the service's handlers see them: plain
// values, with no socket behind them, so that the handlers can be tested and
// fuzzed without a server (service/api.h). service/http_server.cc fills them
// from cpp-httplib.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace recoupe::service {

// One part of a multipart/form-data body.
struct UploadedFile {
  std::string field;         // the form field's name
  std::string filename;      // empty for a plain field
  std::string content_type;  // as sent, may be empty
  std::string content;
};

struct HttpRequest {
  std::string method;  // "GET", "POST", ...
  std::string path;    // percent-decoded, without the query string
  std::multimap<std::string, std::string> query;  // decoded parameters
  std::string content_type;  // the Content-Type header as sent, or empty
  std::string body;
  std::vector<UploadedFile> files;  // the parts, when the body is multipart/form-data
  // Headers the request guard reads (service/request_guard.h); empty when absent.
  std::string host;            // Host
  std::string origin;          // Origin
  std::string sec_fetch_site;  // Sec-Fetch-Site
  std::string authorization;   // Authorization
};

struct HttpResponse {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // extra headers (Allow, ...)
};

}  // namespace recoupe::service
