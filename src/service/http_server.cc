#include "service/http_server.h"

#include <httplib.h>
#include <pthread.h>
#include <signal.h>

#include <sys/socket.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <cstdio>
#include <optional>
#include <set>
#include <thread>

#include "service/handlers.h"

namespace recoupe::service {
namespace {

HttpRequest ToRequest(const httplib::Request& req) {
  HttpRequest request;
  request.method = req.method;
  request.path = req.path;
  for (const auto& [key, value] : req.params) request.query.emplace(key, value);
  request.content_type = req.get_header_value("Content-Type");
  request.body = req.body;
  for (const auto& [field, part] : req.files)
    request.files.push_back({field, part.filename, part.content_type, part.content});
  request.host = req.get_header_value("Host");
  request.origin = req.get_header_value("Origin");
  request.sec_fetch_site = req.get_header_value("Sec-Fetch-Site");
  request.authorization = req.get_header_value("Authorization");
  return request;
}

// Refused before the body is read, and the connection closed: a method the
// API has no route for (405), a Content-Length that is not a plain decimal
// count of at most 18 digits (400).
std::optional<HttpResponse> RefuseBeforeBody(const httplib::Request& req) {
  static const std::set<std::string> kMethods = {"GET", "HEAD", "POST", "DELETE", "OPTIONS"};
  if (!kMethods.count(req.method)) {
    HttpResponse response = ErrorResponse(405, "method " + req.method + " is not served");
    response.headers.emplace_back("Allow", "GET, HEAD, POST, DELETE, OPTIONS");
    return response;
  }
  if (req.has_header("Content-Length")) {
    const std::string length = req.get_header_value("Content-Length");
    const bool decimal = !length.empty() && length.size() <= 18 &&
                         std::all_of(length.begin(), length.end(),
                                     [](char c) { return c >= '0' && c <= '9'; });
    if (!decimal || req.get_header_value_count("Content-Length") > 1)
      return ErrorResponse(400, "Content-Length must be one decimal byte count");
  }
  return std::nullopt;
}

// SO_REUSEADDR only: without SO_REUSEPORT a second server on the same port
// fails with "address in use" instead of sharing the connections.
void ExclusivePortOptions(socket_t sock) {
  int yes = 1;
  setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
}

void Reply(const HttpResponse& response, httplib::Response& res) {
  res.status = response.status;
  for (const auto& [name, value] : response.headers) res.set_header(name, value);
  res.set_content(response.body, response.content_type);
}

// Why binding failed, from errno ("address already in use: another server
// holds the port; try another --port").
std::string BindError() {
  if (errno == EADDRINUSE) return "address already in use (try another --port)";
  if (errno == 0) return "the address cannot be bound";
  return std::strerror(errno);
}

}  // namespace

Status Serve(Store& store, const ServeOptions& options) {
  // SIGINT and SIGTERM go to one thread that stops the server; every
  // thread started from here on inherits the blocked mask.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  httplib::Server server;
  server.set_socket_options(ExclusivePortOptions);
  server.set_tcp_nodelay(true);
  server.set_payload_max_length(options.api.max_body_bytes);
  server.set_read_timeout(options.read_timeout_seconds, 0);
  server.set_write_timeout(options.write_timeout_seconds, 0);
  server.set_keep_alive_max_count(1000);
  const size_t threads = std::max<size_t>(1, options.threads);
  server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };

  int port = options.port;
  errno = 0;
  if (port == 0) {
    port = server.bind_to_any_port(options.host);
    if (port < 0) return Status::Error("cannot listen on " + options.host + ": " + BindError());
  } else if (!server.bind_to_port(options.host, port)) {
    return Status::Error("cannot listen on " + options.host + ":" + std::to_string(port) + ": " +
                         BindError());
  }
  ApiOptions api_options = options.api;
  api_options.guard.port = port;
  api_options.guard.loopback = IsLoopbackHost(options.host);
  const Api api(store, api_options);
  server.set_pre_routing_handler([](const httplib::Request& req, httplib::Response& res) {
    const auto refusal = RefuseBeforeBody(req);
    if (!refusal) return httplib::Server::HandlerResponse::Unhandled;
    Reply(*refusal, res);
    res.set_header("Connection", "close");
    return httplib::Server::HandlerResponse::Handled;
  });
  const auto handle = [&api](const httplib::Request& req, httplib::Response& res) {
    Reply(api.Handle(ToRequest(req)), res);
  };
  for (auto route : {&httplib::Server::Get, &httplib::Server::Post, &httplib::Server::Delete,
                     &httplib::Server::Options})
    (server.*route)(".*", handle);
  // Errors the server raises itself (413 before reading an oversized body,
  // 400 for a malformed request): JSON like the API's own. Responses that
  // already have a body are the API's and are left alone.
  server.set_error_handler(httplib::Server::HandlerWithResponse(
      [](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    const std::string message = res.status == 413   ? "request body over the size limit"
                                : res.status == 400 ? "malformed request"
                                : res.status == 404 ? "not found"
                                                    : "HTTP error " + std::to_string(res.status);
    Reply(ErrorResponse(res.status, message), res);
    return httplib::Server::HandlerResponse::Handled;
  }));
  server.set_exception_handler([](const httplib::Request&, httplib::Response& res,
                                  std::exception_ptr) {
    Reply(ErrorResponse(500, "internal error"), res);
  });

  std::thread stopper([&] {
    int signal_number = 0;
    sigwait(&stop_signals, &signal_number);
    server.stop();
  });
  std::printf("recoupe: serving on http://%s:%d\n", options.host.c_str(), port);
  std::fflush(stdout);
  const bool listened = server.listen_after_bind();
  // Wake the stopper if the server ended on its own.
  pthread_kill(stopper.native_handle(), SIGTERM);
  stopper.join();
  return listened ? Status::Ok() : Status::Error("the server stopped on an error");
}

}  // namespace recoupe::service
