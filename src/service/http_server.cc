#include "service/http_server.h"

#include <httplib.h>
#include <pthread.h>
#include <signal.h>

#include <cstdio>
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
  return request;
}

void Reply(const HttpResponse& response, httplib::Response& res) {
  res.status = response.status;
  for (const auto& [name, value] : response.headers) res.set_header(name, value);
  res.set_content(response.body, response.content_type);
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

  const Api api(store, options.api);
  httplib::Server server;
  server.set_tcp_nodelay(true);
  server.set_payload_max_length(options.api.max_body_bytes);
  server.set_read_timeout(options.read_timeout_seconds, 0);
  server.set_write_timeout(options.write_timeout_seconds, 0);
  server.set_keep_alive_max_count(1000);
  const size_t threads = std::max<size_t>(1, options.threads);
  server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };

  const auto handle = [&api](const httplib::Request& req, httplib::Response& res) {
    Reply(api.Handle(ToRequest(req)), res);
  };
  for (auto route : {&httplib::Server::Get, &httplib::Server::Post, &httplib::Server::Put,
                     &httplib::Server::Delete, &httplib::Server::Patch,
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

  int port = options.port;
  if (port == 0) {
    port = server.bind_to_any_port(options.host);
    if (port < 0) return Status::Error("cannot listen on " + options.host);
  } else if (!server.bind_to_port(options.host, port)) {
    return Status::Error("cannot listen on " + options.host + ":" + std::to_string(port) +
                         " (in use? try another --port)");
  }
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
