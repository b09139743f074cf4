// Two `recoupe ingest` processes given the same files at the same moment:
// each article is stored once, and the process that finds it stored by the
// other reports it "unchanged" instead of failing.
#include <gtest/gtest.h>

#include <string>

#include "test_support.h"

namespace recoupe {
namespace {

using recoupe::testing::RunCommand;

size_t CountLines(const std::string& text, const std::string& prefix) {
  size_t n = 0;
  for (size_t at = 0; at < text.size();) {
    const size_t end = text.find('\n', at);
    if (text.compare(at, prefix.size(), prefix) == 0) ++n;
    if (end == std::string::npos) break;
    at = end + 1;
  }
  return n;
}

TEST(CliStoreConcurrency, TwoIngestsOfTheSameFilesBothSucceed) {
  const std::string dir = recoupe::testing::FreshTempDir();
  const std::string ingest = std::string(RECOUPE_BINARY) + " ingest --db " + dir +
                             "/shared.db " RECOUPE_SOURCE_DIR "/examples -q";
  recoupe::testing::WriteFileOrDie(dir + "/seed.txt", "Le 3 mars 2016, la ville a été reprise.\n");
  for (int round = 0; round < 3; ++round) {
    // The store exists before the race (creating one new store from two
    // processes at once is another matter): the race is on the same texts.
    RunCommand("rm -f " + dir + "/shared.db*");
    ASSERT_EQ(RunCommand(std::string(RECOUPE_BINARY) + " ingest --db " + dir + "/shared.db " +
                         dir + "/seed.txt -q")
                  .exit_code,
              0);
    // The first process in the background, the second in the foreground.
    const auto result = RunCommand("(" + ingest + " > " + dir + "/first.out 2> " + dir +
                                   "/first.err; echo $? > " + dir + "/first.code) & " + ingest +
                                   "; wait");
    const std::string first = recoupe::testing::ReadFileOrDie(dir + "/first.out");
    const std::string first_code = recoupe::testing::ReadFileOrDie(dir + "/first.code");
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(first_code, "0\n") << recoupe::testing::ReadFileOrDie(dir + "/first.err");
    const size_t documents = 6;  // examples/: five files, one a JSONL of two articles
    EXPECT_EQ(CountLines(first, "added ") + CountLines(result.out, "added "), documents);
    EXPECT_EQ(CountLines(first, "added ") + CountLines(first, "unchanged "), documents);
    EXPECT_EQ(CountLines(result.out, "added ") + CountLines(result.out, "unchanged "), documents);
  }
}

}  // namespace
}  // namespace recoupe
