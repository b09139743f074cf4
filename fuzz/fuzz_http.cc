// The HTTP API's handlers (service/api.h) on arbitrary requests, over a
// real store in a temporary directory and a web directory with a secret
// file beside it. The input is "METHOD PATH?QUERY\nCONTENT-TYPE\nBODY"; a
// multipart body is split at NUL bytes into parts "FILENAME\nCONTENT".
// Contracts: every response is a known status; JSON responses parse, errors
// carry a message; the store never fails (no 500); no response ever shows
// the file outside the web directory.
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>

#include "fuzz_support.h"
#include "recoupe/store.h"
#include "service/api.h"

using namespace recoupe;
namespace fs = std::filesystem;

namespace {

constexpr const char* kSecret = "FUZZ-SECRET-OUTSIDE-THE-WEB-DIR";
// The store is started afresh past this many documents, so that the corpus
// re-run after each upload stays quick.
constexpr size_t kMaxStoredDocuments = 40;

struct Harness {
  std::string dir;
  std::unique_ptr<Store> store;
  std::unique_ptr<service::Api> api;

  Harness() {
    // tmpfs when there is one: the store syncs every commit to disk.
    const std::string base = fs::is_directory("/dev/shm") ? "/dev/shm" : "/tmp";
    dir = base + "/recoupe-fuzz-http-" + std::to_string(getpid());
    fs::remove_all(dir);
    fs::create_directories(dir + "/web/assets");
    std::ofstream(dir + "/web/index.html") << "<!doctype html><title>page</title>";
    std::ofstream(dir + "/web/assets/app.js") << "console.log(1);";
    std::ofstream(dir + "/secret.txt") << kSecret;
    fs::create_directory_symlink(dir, dir + "/web/escape");
    fs::create_symlink(dir + "/secret.txt", dir + "/web/link.txt");
    Open();
  }
  ~Harness() { fs::remove_all(dir); }

  void Open() {
    api.reset();
    store.reset();
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(dir + "/store.db" + suffix);
    StoreOptions options;
    options.data_dir = fuzz::DataDir();
    options.gazetteer_path = "";
    options.reference_date = "2026-11-23";
    options.jobs = 1;
    store = fuzz::ValueOrDie(Store::Open(dir + "/store.db", options));
    // The analysis resources now, not in the first upload's time.
    fuzz::Require(store->LoadResources().ok(), "cannot load the analysis resources");
    service::ApiOptions api_options;
    api_options.web_dir = dir + "/web";
    api_options.max_body_bytes = 1u << 20;
    api = std::make_unique<service::Api>(*store, api_options);
  }
};

Harness& TheHarness() {
  static Harness harness;
  return harness;
}

// The line of `text` from `at` (moved past it).
std::string_view NextLine(std::string_view text, size_t& at) {
  const size_t end = std::min(text.find('\n', at), text.size());
  const std::string_view line = text.substr(at, end - at);
  at = std::min(end + 1, text.size());
  return line;
}

service::HttpRequest ParseRequest(std::string_view input) {
  service::HttpRequest request;
  size_t at = 0;
  const std::string_view first = NextLine(input, at);
  const size_t space = first.find(' ');
  request.method = std::string(first.substr(0, space));
  std::string_view target = space == std::string_view::npos ? "/" : first.substr(space + 1);
  const size_t question = target.find('?');
  request.path = std::string(target.substr(0, question));
  if (question != std::string_view::npos) {
    std::string_view query = target.substr(question + 1);
    while (!query.empty()) {
      const size_t amp = std::min(query.find('&'), query.size());
      const std::string_view pair = query.substr(0, amp);
      const size_t eq = pair.find('=');
      request.query.emplace(std::string(pair.substr(0, eq)),
                            eq == std::string_view::npos ? "" : std::string(pair.substr(eq + 1)));
      query.remove_prefix(std::min(amp + 1, query.size()));
    }
  }
  request.content_type = std::string(NextLine(input, at));
  request.body = std::string(input.substr(at));
  if (request.content_type.rfind("multipart/form-data", 0) == 0) {
    std::string_view parts = request.body;
    while (!parts.empty()) {
      const size_t nul = std::min(parts.find('\0'), parts.size());
      std::string_view part = parts.substr(0, nul);
      size_t p = 0;
      const std::string_view filename = NextLine(part, p);
      request.files.push_back({"files", std::string(filename), "", std::string(part.substr(p))});
      parts.remove_prefix(std::min(nul + 1, parts.size()));
    }
  }
  return request;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  TheHarness();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  Harness& harness = TheHarness();
  const service::HttpRequest request = ParseRequest(fuzz::AsText(data, size));
  const service::HttpResponse response = harness.api->Handle(request);
  fuzz::Require(response.status >= 200 && response.status < 600, "status out of range");
  fuzz::Require(response.status != 500, "store or handler failure: " + response.body);
  fuzz::Require(response.body.find(kSecret) == std::string::npos,
                "a file outside the web directory was served for " + request.path);
  if (response.content_type == "application/json") {
    const auto body = nlohmann::json::parse(response.body, nullptr, false);
    fuzz::Require(!body.is_discarded(), "response is not JSON: " + response.body);
    if (response.status >= 400)
      fuzz::Require(body.is_object() && body.contains("error") && body["error"].is_string(),
                    "error without a message: " + response.body);
  }
  auto count = harness.store->CountDocuments();
  fuzz::Require(count.ok(), "store unreadable");
  if (count.value() > kMaxStoredDocuments) harness.Open();
  return 0;
}
