#include "service/request_guard.h"

#include <gtest/gtest.h>

namespace recoupe::service {
namespace {

HttpRequest Request(const std::string& method, const std::string& host,
                    const std::string& origin = "") {
  HttpRequest request;
  request.method = method;
  request.path = "/api/v1/documents";
  request.host = host;
  request.origin = origin;
  return request;
}

int StatusOf(const HttpRequest& request, const RequestGuard& guard) {
  const auto refusal = RefuseRequest(request, guard);
  return refusal ? refusal->status : 200;
}

TEST(RequestGuard, AnswersLoopbackNamesAndAddressesOnItsPort) {
  RequestGuard guard;
  guard.port = 8080;
  EXPECT_EQ(StatusOf(Request("GET", "127.0.0.1:8080"), guard), 200);
  EXPECT_EQ(StatusOf(Request("GET", "localhost:8080"), guard), 200);
  EXPECT_EQ(StatusOf(Request("GET", "[::1]:8080"), guard), 200);
  EXPECT_EQ(StatusOf(Request("GET", "192.0.2.7"), guard), 200);  // an IP literal cannot rebind
  EXPECT_EQ(StatusOf(Request("GET", ""), guard), 200);           // no Host: a plain client
  EXPECT_EQ(StatusOf(Request("GET", "127.0.0.1:9999"), guard), 403);
  EXPECT_EQ(StatusOf(Request("GET", "localhost:80x"), guard), 403);
}

TEST(RequestGuard, RefusesAForeignNameUnlessAllowed) {
  RequestGuard guard;
  guard.port = 8080;
  EXPECT_EQ(StatusOf(Request("GET", "evil.example:8080"), guard), 403);
  EXPECT_EQ(StatusOf(Request("DELETE", "rebound.example:8080"), guard), 403);
  guard.allowed_hosts = {"newsroom.internal"};
  EXPECT_EQ(StatusOf(Request("GET", "Newsroom.Internal:8080"), guard), 200);
  EXPECT_EQ(StatusOf(Request("GET", "evil.example:8080"), guard), 403);
}

TEST(RequestGuard, RefusesCrossOriginWritesButNotReads) {
  RequestGuard guard;
  guard.port = 8080;
  EXPECT_EQ(StatusOf(Request("POST", "127.0.0.1:8080", "http://evil.example"), guard), 403);
  EXPECT_EQ(StatusOf(Request("POST", "127.0.0.1:8080", "http://127.0.0.1:3000"), guard), 403);
  EXPECT_EQ(StatusOf(Request("POST", "127.0.0.1:8080", "null"), guard), 403);
  EXPECT_EQ(StatusOf(Request("POST", "127.0.0.1:8080", "http://127.0.0.1:8080"), guard), 200);
  EXPECT_EQ(StatusOf(Request("POST", "127.0.0.1:8080"), guard), 200);  // curl, scripts
  EXPECT_EQ(StatusOf(Request("GET", "127.0.0.1:8080", "http://evil.example"), guard), 200);
  HttpRequest fetched = Request("DELETE", "127.0.0.1:8080");
  fetched.sec_fetch_site = "cross-site";
  EXPECT_EQ(StatusOf(fetched, guard), 403);
  fetched.sec_fetch_site = "same-origin";
  EXPECT_EQ(StatusOf(fetched, guard), 200);
}

TEST(RequestGuard, WritesBeyondLoopbackNeedTheToken) {
  RequestGuard guard;
  guard.port = 8080;
  guard.loopback = false;
  EXPECT_EQ(StatusOf(Request("POST", "192.0.2.7:8080"), guard), 403);
  EXPECT_EQ(StatusOf(Request("GET", "192.0.2.7:8080"), guard), 200);
  guard.token = "s3cret";
  HttpRequest write = Request("POST", "192.0.2.7:8080");
  EXPECT_EQ(StatusOf(write, guard), 401);
  write.authorization = "Bearer wrong!";
  EXPECT_EQ(StatusOf(write, guard), 401);
  write.authorization = "Bearer s3cret";
  EXPECT_EQ(StatusOf(write, guard), 200);
}

TEST(RequestGuard, KnowsLoopbackHosts) {
  EXPECT_TRUE(IsLoopbackHost("127.0.0.1"));
  EXPECT_TRUE(IsLoopbackHost("localhost"));
  EXPECT_TRUE(IsLoopbackHost("::1"));
  EXPECT_FALSE(IsLoopbackHost("0.0.0.0"));
  EXPECT_FALSE(IsLoopbackHost("192.0.2.7"));
}

}  // namespace
}  // namespace recoupe::service
