// Order does not matter: the development corpus (../shared/corpus/dev)
// analysed under two sets of file names that list its documents in two
// different orders gives the same events, facts and flags (event and fact
// ids aside). Skips when the shared corpus is absent.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "test_support.h"

namespace recoupe {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using recoupe::testing::FreshTempDir;
using recoupe::testing::ReadFileOrDie;
using recoupe::testing::RunCommand;
using recoupe::testing::kTestReferenceDate;

const std::string kDevDocs = std::string(RECOUPE_SHARED_DIR) + "/corpus/dev/docs";

// Copies every file of kDevDocs to `dir` as "<prefix>-<name>", the prefix
// given by `rank` (which orders the copies), and returns the analysis.
json AnalyseRenamed(const std::string& dir, int (*rank)(int index, int count)) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(kDevDocs)) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  const int count = static_cast<int>(files.size());
  for (int i = 0; i < count; ++i) {
    char prefix[16];
    std::snprintf(prefix, sizeof prefix, "p%04d-", rank(i, count));
    fs::copy_file(files[i], dir + "/" + prefix + files[i].filename().string());
  }
  const auto result = RunCommand(std::string(RECOUPE_BINARY) + " analyze " + dir +
                                 " -q --reference-date " + kTestReferenceDate + " -o " + dir +
                                 "/out.json");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  return json::parse(ReadFileOrDie(dir + "/out.json"));
}

std::string Unprefixed(const std::string& id) {
  const size_t dash = id.find('-');
  return dash == std::string::npos ? id : id.substr(dash + 1);
}

std::string Field(const json& object, const char* key) {
  return object.contains(key) ? object[key].dump() : "-";
}

// What must not depend on the order, with ids made order-free: each event
// as the set of its documents; each fact as its documents' reports, what,
// class, status and estimate; each flag as kind, document, span and related.
std::set<std::string> Comparable(const json& dossier) {
  std::set<std::string> items;
  std::map<std::string, std::set<std::string>> event_documents;
  for (const json& doc : dossier["documents"])
    event_documents[doc["events"][0].get<std::string>()].insert(Unprefixed(doc["id"]));
  for (const auto& [id, documents] : event_documents) items.insert("event " + json(documents).dump());
  for (const json& fact : dossier["facts"]) {
    std::set<std::string> reports;
    for (const json& r : fact["reports"])
      reports.insert(Unprefixed(r["document"]) + "@" + r["begin"].dump() + "-" + r["end"].dump());
    items.insert("fact " + Field(fact, "what") + Field(fact, "who_class") + Field(fact, "status") +
                 Field(fact, "estimate") + json(reports).dump());
  }
  for (const json& flag : dossier["flags"]) {
    std::set<std::string> related;
    for (const json& r : flag["related"]) related.insert(Unprefixed(r));
    items.insert("flag " + Field(flag, "kind") + Unprefixed(flag["document"]) + "@" +
                 Field(flag, "begin") + json(related).dump());
  }
  return items;
}

TEST(CorpusOrder, ShuffledFileNamesGiveTheSameDossier) {
  if (!fs::is_directory(kDevDocs)) GTEST_SKIP() << "no development corpus at " << kDevDocs;
  const std::string forward = FreshTempDir();
  const std::string shuffled = FreshTempDir();
  const json a = AnalyseRenamed(forward, [](int i, int) { return i; });
  // A fixed permutation (37 is prime to the corpus size) that is neither
  // the order nor its reverse.
  const json b = AnalyseRenamed(shuffled, [](int i, int n) { return (i * 37 + 11) % n; });
  const std::set<std::string> x = Comparable(a), y = Comparable(b);
  std::vector<std::string> only_a, only_b;
  std::set_difference(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(only_a));
  std::set_difference(y.begin(), y.end(), x.begin(), x.end(), std::back_inserter(only_b));
  EXPECT_TRUE(only_a.empty() && only_b.empty())
      << only_a.size() << " items only in the first order (first: "
      << (only_a.empty() ? "" : only_a.front()) << "), " << only_b.size()
      << " only in the second (first: " << (only_b.empty() ? "" : only_b.front()) << ")";
  EXPECT_GT(a["events"].size(), 5u);
}

}  // namespace
}  // namespace recoupe
