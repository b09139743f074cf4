// Limits on hostile input through the real executable (docs/robustness.md):
// the size limit and its message, deep HTML nesting, a very long token and
// line, and many documents in one run. No test measures time.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_support.h"

namespace recoupe {
namespace {

using recoupe::testing::FreshTempDir;
using recoupe::testing::ReadFileOrDie;
using recoupe::testing::RunCommand;
using recoupe::testing::WriteFileOrDie;

nlohmann::json Analyze(const std::string& args, int expected_exit = 0) {
  const std::string out = FreshTempDir() + "/out.json";
  const auto result = RunCommand(std::string(RECOUPE_BINARY) + " analyze " + args +
                                 " --reference-date 2026-11-23 -q -j 1 -o " + out);
  EXPECT_EQ(result.exit_code, expected_exit) << result.err;
  return nlohmann::json::parse(ReadFileOrDie(out));
}

TEST(CliLimits, MaxDocumentSizeIsConfigurableAndNamedInTheMessage) {
  const std::string dir = FreshTempDir();
  WriteFileOrDie(dir + "/big.txt", "Titre\n\n" + std::string(3000, 'a') + "\n");
  WriteFileOrDie(dir + "/feed.jsonl",
                 "{\"id\":\"long\",\"text\":\"" + std::string(3000, 'b') +
                     "\"}\n{\"id\":\"short\",\"text\":\"Une phrase courte.\"}\n");
  const auto result = RunCommand(std::string(RECOUPE_BINARY) + " analyze " + dir +
                                 " --max-document-size 2K -q -o /dev/null");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find("big.txt: document is 2.9 KiB, over the 2.0 KiB limit (raise it "
                            "with --max-document-size)"),
            std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find("feed.jsonl:1: line is 3.0 KiB, over the 2.0 KiB limit"),
            std::string::npos)
      << result.err;
  // Raised, the same inputs all go through.
  const auto raised = Analyze(dir + " --max-document-size 1M");
  EXPECT_EQ(raised["documents"].size(), 3u);
  EXPECT_EQ(raised["skipped"].size(), 0u);
}

// A million nested elements: flattened past 512 before the HTML parser
// (html/nesting_guard.h), whose cost grows with the square of the depth.
TEST(CliLimits, MillionNestedElementsKeepTheirText) {
  const std::string dir = FreshTempDir();
  constexpr int kDepth = 1000000;
  std::string page = "<html><body>";
  for (int i = 0; i < kDepth; ++i) page += "<div>";
  page += "Le texte le plus profond de la page tient toujours.";
  for (int i = 0; i < kDepth; ++i) page += "</div>";
  page += "</body></html>";
  WriteFileOrDie(dir + "/deep.html", page);
  const auto dossier = Analyze(dir + "/deep.html");
  ASSERT_EQ(dossier["documents"].size(), 1u);
  EXPECT_NE(dossier["documents"][0].dump().find("Le texte le plus profond"), std::string::npos);
}

TEST(CliLimits, FiveMegabyteTokenOnOneLine) {
  const std::string dir = FreshTempDir();
  WriteFileOrDie(dir + "/token.txt", "Un titre ordinaire\n\nLe mot " + std::string(5u << 20, 'x') +
                                         " termine une phrase. Puis 12 personnes sont parties.\n");
  const auto dossier = Analyze(dir + "/token.txt");
  ASSERT_EQ(dossier["documents"].size(), 1u);
  EXPECT_NE(dossier["documents"][0]["body"].get<std::string>().find("Puis 12 personnes"),
            std::string::npos);
}

// A line without a full stop: the run-on line splitter once counted the
// words of every fragment from its start again, and the figures and corpus
// stages read each figure's sentence, the whole line (6 minutes for 1 MiB
// before sentences were capped at kMaxSentenceTokens).
TEST(CliLimits, MegabyteLineOfProse) {
  const std::string dir = FreshTempDir();
  std::string line;
  for (int i = 0; line.size() < (1u << 20); ++i)
    line += "selon Jean Dupont, " + std::to_string(i % 90 + 10) +
            " personnes ont fui la ville le 3 mars puis l'armée a repris le quartier et ";
  WriteFileOrDie(dir + "/line.txt", "Un titre ordinaire\n\n" + line + "\n");
  const auto dossier = Analyze(dir + "/line.txt");
  ASSERT_EQ(dossier["documents"].size(), 1u);
  EXPECT_FALSE(dossier["documents"][0]["body"].get<std::string>().empty());
}

TEST(CliLimits, ManyDocumentsInOneRunAllComeOut) {
  const std::string dir = FreshTempDir();
  constexpr int kDocuments = 2000;
  std::string feed;
  for (int i = 0; i < kDocuments; ++i)
    feed += "{\"id\":\"d" + std::to_string(i) + "\",\"text\":\"Le " + std::to_string(i % 28 + 1) +
            " mars, " + std::to_string(i) + " personnes ont quitté la ville.\"}\n";
  WriteFileOrDie(dir + "/feed.jsonl", feed);
  const auto dossier = Analyze(dir + "/feed.jsonl");
  ASSERT_EQ(dossier["documents"].size(), static_cast<size_t>(kDocuments));
  EXPECT_EQ(dossier["documents"][kDocuments - 1]["id"], "d1999");
}

}  // namespace
}  // namespace recoupe
