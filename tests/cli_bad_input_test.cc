// Bad input through the real executable: every bad document is reported on
// standard error and listed under "skipped", and the good ones still come out.
#include <gtest/gtest.h>

#include <filesystem>

#include <nlohmann/json.hpp>

#include "test_support.h"

namespace recoupe {
namespace {

using recoupe::testing::FreshTempDir;
using recoupe::testing::ReadFileOrDie;
using recoupe::testing::RunCommand;
using recoupe::testing::WriteFileOrDie;

TEST(CliBadInput, OneBadDocumentNeverTakesTheBatchDown) {
  const std::string dir = FreshTempDir();
  WriteFileOrDie(dir + "/01_good.txt",
            "Un titre simple\n\nLe premier paragraphe raconte les faits du jour avec soin.\n");
  WriteFileOrDie(dir + "/02_empty.txt", "");
  WriteFileOrDie(dir + "/03_binary.txt", std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0", 12));
  WriteFileOrDie(dir + "/04_latin1.txt",
            "Titre en Latin-1\n\nL'arm\xE9" "e a repris la ville apr\xE8s trois semaines.\n");
  WriteFileOrDie(dir + "/05_batch.jsonl",
            "{\"id\":\"j1\",\"text\":\"Une d\xC3\xA9p\xC3\xAA" "che courte.\"}\n"
            "{\"id\":\"j2\",\"text\":\"ligne cass\n"
            "{\"id\":\"j3\",\"text\":\"Une autre d\xC3\xA9p\xC3\xAA" "che.\"}\n");
  // 20 MiB on one line: over the 16 MiB default.
  WriteFileOrDie(dir + "/06_huge.txt", std::string(20u << 20, 'a'));

  const auto result = RunCommand(std::string(RECOUPE_BINARY) + " analyze " + dir +
                                 " --format json -o " + dir + "/out.json");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find("02_empty.txt: [02_empty] empty document"), std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find("03_binary.txt: [03_binary] binary data"), std::string::npos);
  EXPECT_NE(result.err.find("05_batch.jsonl:2: not valid JSON"), std::string::npos);
  EXPECT_NE(result.err.find("06_huge.txt: document is 20.0 MiB, over the 16.0 MiB limit"),
            std::string::npos);
  EXPECT_NE(result.err.find("04_latin1.txt: [04_latin1] not valid UTF-8"), std::string::npos);

  const auto dossier = nlohmann::json::parse(ReadFileOrDie(dir + "/out.json"));
  std::vector<std::string> ids;
  for (const auto& doc : dossier["documents"]) ids.push_back(doc["id"]);
  EXPECT_EQ(ids, (std::vector<std::string>{"01_good", "04_latin1", "j1", "j3"}));
  EXPECT_EQ(dossier["skipped"].size(), 4u);
  const auto& latin1 = dossier["documents"][1];
  EXPECT_EQ(latin1["source_encoding"], "windows-1252");
  EXPECT_NE(latin1["body"].get<std::string>().find("L'armée a repris la ville après"),
            std::string::npos);

  // --strict turns skipped inputs into a failing exit status.
  const auto strict = RunCommand(std::string(RECOUPE_BINARY) + " analyze " + dir +
                                 " --strict -q -o /dev/null");
  EXPECT_EQ(strict.exit_code, 3);
}

TEST(CliBadInput, MissingPathAndNothingToAnalyse) {
  const auto result = RunCommand(std::string(RECOUPE_BINARY) + " analyze /no/such/dir -q");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("/no/such/dir: no such file or directory"), std::string::npos);
}

TEST(CliBadInput, UsageErrorsAreReported) {
  EXPECT_EQ(RunCommand(std::string(RECOUPE_BINARY) + " analyze --format pdf x").exit_code, 2);
  EXPECT_EQ(RunCommand(std::string(RECOUPE_BINARY) + " analyze --max-document-size 12Q").exit_code,
            2);
  EXPECT_EQ(RunCommand(std::string(RECOUPE_BINARY) + " frobnicate").exit_code, 2);
}

TEST(CliBadInput, AnOutputFolderThatIsMissingFailsBeforeAnalysis) {
  const auto result = RunCommand(std::string(RECOUPE_BINARY) + " analyze " RECOUPE_SOURCE_DIR
                                 "/examples -q -o /no/such/folder/out.json");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("no folder /no/such/folder"), std::string::npos) << result.err;
}

TEST(CliBadInput, TwoFilesWithOneNameKeepTheirOwnWords) {
  const std::string dir = recoupe::testing::FreshTempDir();
  std::filesystem::create_directories(dir + "/a");
  std::filesystem::create_directories(dir + "/b");
  WriteFileOrDie(dir + "/a/article.txt", "Le 3 mars 2016, 12 soldats ont été tués à Palmyre.\n");
  WriteFileOrDie(dir + "/b/article.txt", "On March 4, 2016, 40 fighters were killed in Homs.\n");
  const auto result = RunCommand(std::string(RECOUPE_BINARY) + " analyze " + dir + "/a " + dir +
                                 "/b -q");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto dossier = nlohmann::json::parse(result.out);
  ASSERT_EQ(dossier["documents"].size(), 2u);
  EXPECT_EQ(dossier["documents"][0]["id"], "article");
  EXPECT_EQ(dossier["documents"][1]["id"], "article-2");
  // Each figure quotes its own document's words.
  for (const auto& doc : dossier["documents"])
    for (const auto& figure : doc["figures"])
      EXPECT_EQ(figure["text"].get<std::string>().find(doc["id"] == "article" ? "40" : "12"),
                std::string::npos);
  EXPECT_NE(result.err.find("renamed article-2"), std::string::npos) << result.err;
}

TEST(CliBadInput, StandardInputIsAnInput) {
  const auto result = RunCommand("printf 'Titre\\n\\nUn paragraphe qui dit une chose.\\n' | " +
                                 std::string(RECOUPE_BINARY) + " analyze - -q");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto dossier = nlohmann::json::parse(result.out);
  ASSERT_EQ(dossier["documents"].size(), 1u);
  EXPECT_EQ(dossier["documents"][0]["id"], "stdin");
  EXPECT_EQ(dossier["documents"][0]["path"], "-");
}

}  // namespace
}  // namespace recoupe
