// The HTTP API against a real `recoupe serve` on 127.0.0.1: every route,
// its errors, the body size limit, path traversal attempts on the static
// files, and the same dossier as `recoupe analyze --db --event`.
#include <gtest/gtest.h>
#include <httplib.h>
#include <signal.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <thread>

#include "test_support.h"

namespace recoupe {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;
using recoupe::testing::ReadFileOrDie;
using recoupe::testing::RunCommand;
using recoupe::testing::WriteFileOrDie;

const std::string kExamples = std::string(RECOUPE_SOURCE_DIR) + "/examples";
const std::string kDataDir = std::string(RECOUPE_SOURCE_DIR) + "/data";

// One `recoupe serve --port 0` child process; the port is read from the
// line it prints once listening.
class ServerProcess {
 public:
  ServerProcess(const std::string& db, const std::string& web, const std::string& max_body) {
    int out[2];
    if (pipe(out) != 0) return;
    pid_ = fork();
    if (pid_ == 0) {
      dup2(out[1], STDOUT_FILENO);
      close(out[0]);
      close(out[1]);
      execl(RECOUPE_BINARY, RECOUPE_BINARY, "serve", "--db", db.c_str(), "--port", "0", "--web",
            web.c_str(), "--max-body-size", max_body.c_str(), "--data-dir", kDataDir.c_str(),
            "--threads", "4", static_cast<char*>(nullptr));
      _exit(127);
    }
    close(out[1]);
    FILE* lines = fdopen(out[0], "r");
    char line[256] = {};
    if (lines && std::fgets(line, sizeof line, lines)) {
      const std::string text = line;
      const size_t colon = text.rfind(':');
      if (text.find("serving on http://127.0.0.1:") != std::string::npos && colon != std::string::npos)
        port_ = std::stoi(text.substr(colon + 1));
    }
    if (lines) std::fclose(lines);
  }
  ~ServerProcess() {
    if (pid_ <= 0) return;
    kill(pid_, SIGTERM);
    int status = 0;
    waitpid(pid_, &status, 0);
  }
  int port() const { return port_; }

 private:
  pid_t pid_ = -1;
  int port_ = 0;
};

class ApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new std::string(recoupe::testing::FreshTempDir());
    const std::string web = *dir_ + "/web";
    fs::create_directories(web + "/assets");
    WriteFileOrDie(web + "/index.html", "<!doctype html><title>recoupe page</title>");
    WriteFileOrDie(web + "/assets/app.js", "console.log('recoupe');");
    WriteFileOrDie(*dir_ + "/secret.txt", "SECRET-OUTSIDE-THE-WEB-DIR");
    fs::create_directory_symlink(*dir_, web + "/escape");
    fs::create_symlink(*dir_ + "/secret.txt", web + "/secret-link.txt");
    db_ = new std::string(*dir_ + "/api.db");
    server_ = new ServerProcess(*db_, web, "1M");
    ASSERT_GT(server_->port(), 0) << "recoupe serve did not start";
  }
  static void TearDownTestSuite() {
    delete server_;
    delete db_;
    delete dir_;
  }

  static httplib::Client Client() {
    httplib::Client client("127.0.0.1", server_->port());
    client.set_read_timeout(120, 0);
    client.set_url_encode(false);
    return client;
  }
  static Json Body(const httplib::Result& result) {
    return result ? Json::parse(result->body, nullptr, false) : Json();
  }
  // The response is a JSON error with a message and the given status.
  static void ExpectJsonError(const httplib::Result& result, int status) {
    ASSERT_TRUE(result) << "no response";
    EXPECT_EQ(result->status, status) << result->body;
    const Json body = Body(result);
    ASSERT_TRUE(body.is_object()) << result->body;
    EXPECT_TRUE(body.contains("error") && body["error"].is_string()) << result->body;
  }
  // Posts the example files as one multipart upload (once per suite).
  static Json PostExamples() {
    httplib::MultipartFormDataItems items;
    for (const char* name : {"01_courrier-du-levant.txt", "02_radio-meridienne.txt",
                             "04_northern-ledger.html", "05_press-feed.jsonl"})
      items.push_back({"files", ReadFileOrDie(kExamples + "/" + name), name, ""});
    auto result = Client().Post("/api/v1/documents", items);
    EXPECT_TRUE(result);
    return Body(result);
  }

  static inline std::string* dir_ = nullptr;
  static inline std::string* db_ = nullptr;
  static inline ServerProcess* server_ = nullptr;
};

TEST_F(ApiTest, DocumentsInEveryFormatThenEventsSearchAndDelete) {
  auto health = Client().Get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  EXPECT_EQ(Body(health)["status"], "ok");

  // Multipart upload of four files (one a JSONL of two articles).
  const Json posted = PostExamples();
  ASSERT_EQ(posted["added"].size(), 5u) << posted.dump();
  EXPECT_EQ(posted["skipped"].size(), 0u);
  ASSERT_EQ(posted["events"].size(), 1u);
  const std::string event = posted["events"][0];

  // A raw text body, named by ?name=.
  auto raw = Client().Post("/api/v1/documents?name=03_voix-du-plateau.txt",
                           ReadFileOrDie(kExamples + "/03_voix-du-plateau.txt"), "text/plain");
  ASSERT_TRUE(raw);
  EXPECT_EQ(raw->status, 201) << raw->body;
  EXPECT_EQ(Body(raw)["added"], Json::array({"03_voix-du-plateau"}));
  EXPECT_EQ(Body(raw)["events"], Json::array({event}));

  // The same bytes again: unchanged, 200.
  auto again = Client().Post("/api/v1/documents?name=another-name.txt",
                             ReadFileOrDie(kExamples + "/03_voix-du-plateau.txt"), "text/plain");
  ASSERT_TRUE(again);
  EXPECT_EQ(again->status, 200);
  EXPECT_EQ(Body(again)["unchanged"], Json::array({"03_voix-du-plateau"}));
  EXPECT_EQ(Body(again)["added"].size(), 0u);

  // A JSON body: one good article, one without text (skipped with a reason).
  const Json batch = {{"documents",
                       {{{"id", "agence-test/2016/note-1"},  // an id with slashes, as URLs make
                         {"text", "Le 3 mars 2016, l'armée syrienne a repris Palmyre à Daech."},
                         {"outlet", "Agence Test"},
                         {"published", "2016-03-03"}},
                        {{"id", "broken"}, {"url", "https://example.org"}},
                        "not an object"}}};
  auto mixed = Client().Post("/api/v1/documents", batch.dump(), "application/json");
  ASSERT_TRUE(mixed);
  EXPECT_EQ(mixed->status, 201) << mixed->body;
  EXPECT_EQ(Body(mixed)["added"], Json::array({"agence-test/2016/note-1"}));
  ASSERT_EQ(Body(mixed)["skipped"].size(), 2u) << mixed->body;
  const Json mixed_body = Body(mixed);
  for (const Json& skipped : mixed_body["skipped"]) EXPECT_TRUE(skipped["message"].is_string());

  // Documents: the list, one document with its raw text, spans into it.
  auto list = Client().Get("/api/v1/documents");
  ASSERT_TRUE(list);
  EXPECT_EQ(Body(list)["documents"].size(), 7u);
  auto one = Client().Get("/api/v1/documents/04_northern-ledger");
  ASSERT_TRUE(one);
  ASSERT_EQ(one->status, 200);
  const Json doc = Body(one);
  const std::string raw_text = doc["raw"];
  EXPECT_EQ(doc["document"]["id"], "04_northern-ledger");
  EXPECT_EQ(doc["document"]["events"], Json::array({event}));
  ASSERT_FALSE(doc["document"]["entities"].empty());
  for (const Json& e : doc["document"]["entities"]) {
    const size_t begin = e["begin"], end = e["end"];
    EXPECT_EQ(raw_text.substr(begin, end - begin), e["text"].get<std::string>());
  }
  ExpectJsonError(Client().Get("/api/v1/documents/no-such-document"), 404);

  // Events: the list, then one event's dossier, the same as the CLI's.
  auto events = Client().Get("/api/v1/events");
  ASSERT_TRUE(events);
  const Json events_body = Body(events);
  const Json& listed = events_body["events"];
  ASSERT_GE(listed.size(), 1u);
  bool found = false;
  for (const Json& e : listed) {
    if (e["id"] != event) continue;
    found = true;
    EXPECT_GE(e["outlets"].size(), 5u);
    EXPECT_GT(e["facts"].get<int>(), 0);
    EXPECT_TRUE(e["flags"].is_number() && e["conflicts"].is_number());
    EXPECT_TRUE(e["when"].is_object() && e["where"].is_array() && e["actors"].is_array());
  }
  EXPECT_TRUE(found);
  auto dossier = Client().Get("/api/v1/events/" + event);
  ASSERT_TRUE(dossier);
  ASSERT_EQ(dossier->status, 200);
  const Json d = Body(dossier);
  for (const char* key : {"recoupe_version", "schema_version", "documents", "events", "facts",
                          "flags", "reuse", "timeline"})
    EXPECT_TRUE(d.contains(key)) << key;
  ASSERT_EQ(d["events"].size(), 1u);
  EXPECT_EQ(d["events"][0]["id"], event);
  EXPECT_EQ(d["documents"].size(), 6u);
  const auto cli = RunCommand(std::string(RECOUPE_BINARY) + " analyze --db " + *db_ +
                              " --event " + event + " --format json --data-dir " + kDataDir);
  EXPECT_EQ(cli.exit_code, 0) << cli.err;
  EXPECT_EQ(cli.out, dossier->body);
  ExpectJsonError(Client().Get("/api/v1/events/ev-999"), 404);

  // Search: accents and case ignored; bad queries are 400, not 500.
  auto search = Client().Get("/api/v1/search?q=DAECH&limit=3");
  ASSERT_TRUE(search);
  ASSERT_EQ(search->status, 200) << search->body;
  const Json search_body = Body(search);
  const Json& results = search_body["results"];
  ASSERT_FALSE(results.empty());
  EXPECT_LE(results.size(), 3u);
  EXPECT_TRUE(results[0]["document"].is_string() && results[0]["snippet"].is_string());
  auto accent = Client().Get("/api/v1/search?q=deplaces");  // "déplacés" in 03
  ASSERT_TRUE(accent);
  EXPECT_FALSE(Body(accent)["results"].empty()) << accent->body;
  ExpectJsonError(Client().Get("/api/v1/search?q=%22unclosed"), 400);
  ExpectJsonError(Client().Get("/api/v1/search?q=a%20AND"), 400);
  ExpectJsonError(Client().Get("/api/v1/search"), 400);
  ExpectJsonError(Client().Get("/api/v1/search?q=raqqa&limit=lots"), 400);

  // An id with slashes, percent-encoded as a client would; then delete it:
  // once, then 404.
  const std::string slashed = "/api/v1/documents/agence-test%2F2016%2Fnote-1";
  auto by_slashed_id = Client().Get(slashed);
  ASSERT_TRUE(by_slashed_id);
  ASSERT_EQ(by_slashed_id->status, 200) << by_slashed_id->body;
  EXPECT_EQ(Body(by_slashed_id)["document"]["id"], "agence-test/2016/note-1");
  auto deleted = Client().Delete(slashed);
  ASSERT_TRUE(deleted);
  EXPECT_EQ(deleted->status, 200);
  EXPECT_EQ(Body(deleted)["deleted"], "agence-test/2016/note-1");
  ExpectJsonError(Client().Delete(slashed), 404);
  EXPECT_EQ(Body(Client().Get("/healthz"))["documents"], 6);
}

TEST_F(ApiTest, BadRequestsAreJsonErrors) {
  ExpectJsonError(Client().Post("/api/v1/documents", "{not json", "application/json"), 400);
  ExpectJsonError(Client().Post("/api/v1/documents", R"({"docs": []})", "application/json"), 400);
  ExpectJsonError(Client().Post("/api/v1/documents", "text", "application/pdf"), 415);
  ExpectJsonError(Client().Post("/api/v1/documents", "   ", "text/plain"), 422);
  ExpectJsonError(Client().Put("/api/v1/events", "", "text/plain"), 405);
  ExpectJsonError(Client().Delete("/api/v1/events/ev-1"), 405);
  ExpectJsonError(Client().Get("/api/v1/nothing-here"), 404);
  ExpectJsonError(Client().Post("/healthz", "", "text/plain"), 405);
  // Over the server's 1 MiB limit.
  ExpectJsonError(Client().Post("/api/v1/documents", std::string(2u << 20, 'a'), "text/plain"),
                  413);
}

TEST_F(ApiTest, StaticFilesStayInsideTheWebDirectory) {
  auto index = Client().Get("/");
  ASSERT_TRUE(index);
  EXPECT_EQ(index->status, 200);
  EXPECT_NE(index->body.find("recoupe page"), std::string::npos);
  EXPECT_NE(index->get_header_value("Content-Type").find("text/html"), std::string::npos);
  auto script = Client().Get("/assets/app.js");
  ASSERT_TRUE(script);
  EXPECT_EQ(script->status, 200);
  EXPECT_NE(script->get_header_value("Content-Type").find("javascript"), std::string::npos);
  // A page address of the web page itself gets its index.html.
  auto page = Client().Get("/events/ev-1");
  ASSERT_TRUE(page);
  EXPECT_NE(page->body.find("recoupe page"), std::string::npos);

  for (const char* path :
       {"/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/..%2fsecret.txt",
        "/assets/../../secret.txt", "/assets/%2e%2e/%2e%2e/secret.txt", "/escape/secret.txt",
        "/secret-link.txt", "//secret.txt", "/.%2e/secret.txt", "/%252e%252e/secret.txt",
        "/assets/..%5c..%5csecret.txt", "/%00/secret.txt"}) {
    auto result = Client().Get(path);
    if (!result) continue;  // a request line the server refuses outright
    EXPECT_EQ(result->body.find("SECRET"), std::string::npos) << path;
    EXPECT_NE(result->status, 200) << path;
  }
}

// The status line and headers a server answers to `request` sent on a fresh
// connection (read until the blank line, the connection's end or 10 s).
std::string RawExchange(int port, const std::string& request) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  timeval timeout{10, 0};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  std::string answer;
  if (connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
      send(fd, request.data(), request.size(), 0) == static_cast<ssize_t>(request.size())) {
    char buffer[4096];
    for (ssize_t n; answer.find("\r\n\r\n") == std::string::npos &&
                    (n = recv(fd, buffer, sizeof buffer, 0)) > 0;)
      answer.append(buffer, n);
  }
  close(fd);
  return answer;
}

TEST_F(ApiTest, HostileClientsAreRefusedAndTheServerLivesOn) {
  const std::string article = "Le 3 mars 2016, l'armée syrienne a repris Palmyre.";
  // A page on another origin (or another local port) cannot write.
  auto planted = Client().Post("/api/v1/documents?name=planted.txt",
                               httplib::Headers{{"Origin", "http://evil.example"}}, article,
                               "text/plain");
  ExpectJsonError(planted, 403);
  auto other_port = Client().Post("/api/v1/documents?name=planted.txt",
                                  httplib::Headers{{"Sec-Fetch-Site", "cross-site"}}, article,
                                  "text/plain");
  ExpectJsonError(other_port, 403);
  ExpectJsonError(Client().Get("/api/v1/documents/planted"), 404);
  // A name rebound to this machine is not answered, reads included.
  ExpectJsonError(Client().Get("/api/v1/documents",
                               httplib::Headers{{"Host", "rebound.example"}}),
                  403);
  // Nesting 100,000 deep is refused while parsing.
  const std::string deep = R"({"documents": [{"text": "x", "extra": )" +
                           std::string(100000, '[') + std::string(100000, ']') + "}]}";
  ExpectJsonError(Client().Post("/api/v1/documents", deep, "application/json"), 400);
  // Methods with no route and lengths that are no byte count: answered at once.
  ExpectJsonError(Client().Patch("/api/v1/documents", "", "text/plain"), 405);
  EXPECT_NE(RawExchange(server_->port(), "TRACE / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                .find(" 405 "),
            std::string::npos);
  for (const char* length : {"abc", "-5", "1e3", "99999999999999999999"}) {
    const std::string answer = RawExchange(
        server_->port(), std::string("POST /api/v1/documents HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                     "Content-Type: text/plain\r\nContent-Length: ") +
                             length + "\r\n\r\n");
    EXPECT_NE(answer.find(" 400 "), std::string::npos) << length << ": " << answer;
  }
  auto health = Client().Get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
}

TEST_F(ApiTest, ASecondServerCannotShareThePort) {
  const std::string db = recoupe::testing::FreshTempDir() + "/second.db";
  const auto second = recoupe::testing::RunCommand(
      std::string(RECOUPE_BINARY) + " serve --db " + db + " --port " +
      std::to_string(server_->port()) + " --data-dir " + kDataDir);
  EXPECT_NE(second.exit_code, 0);
  EXPECT_NE(second.err.find("address already in use"), std::string::npos) << second.err;
}

TEST(ApiWithoutWebPage, TheRootSaysHowToBuildIt) {
  const std::string dir = recoupe::testing::FreshTempDir();
  ServerProcess server(dir + "/plain.db", dir + "/no-such-dir", "32M");
  ASSERT_GT(server.port(), 0);
  httplib::Client client("127.0.0.1", server.port());
  auto root = client.Get("/");
  ASSERT_TRUE(root);
  EXPECT_EQ(root->status, 200);
  EXPECT_NE(root->body.find("not built"), std::string::npos);
  EXPECT_NE(root->body.find("npm run build"), std::string::npos);
  auto health = client.Get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(Json::parse(health->body)["documents"], 0);
}

}  // namespace
}  // namespace recoupe
