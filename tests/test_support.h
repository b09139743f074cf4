// Helpers shared by the whole-pipeline tests.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "recoupe/crosscheck.h"
#include "recoupe/pipeline.h"

namespace recoupe::testing {

struct CommandResult {
  int exit_code = -1;
  std::string out;  // standard output
  std::string err;  // standard error
};

// Runs `command` with /bin/sh, capturing both streams.
CommandResult RunCommand(const std::string& command);

std::string ReadFileOrDie(const std::string& path);
// Writes `bytes` to `path` (created or truncated); a test failure if it cannot.
void WriteFileOrDie(const std::string& path, const std::string& bytes);

// "Today" for every test pipeline, so that outputs read against the clock
// (page notices such as "this article is more than 8 years old") never change.
inline constexpr const char* kTestReferenceDate = "2026-11-23";

// The pipeline over the source tree's data/ directory (loaded once), with
// kTestReferenceDate and no gazetteer (the knowledge base alone), so that
// results do not depend on what setup could install.
const Pipeline& SharedPipeline();

// ../shared/corpus/seeds, or "" when the shared corpus is absent.
std::string SeedsDir();

// The seed articles run through the whole pipeline once per test program,
// tokens kept (PipelineOptions::keep_tokens), with kTestReferenceDate and no
// gazetteer. REQUIRES: !SeedsDir().empty().
const Dossier& AnalyzedSeeds();

// The corpus stage over the source tree's data/ (loaded once).
const CrossChecker& SharedCrossChecker();

// AnalyzedSeeds() cross-checked by SharedCrossChecker(), once per test
// program. REQUIRES: !SeedsDir().empty().
const Dossier& CrossCheckedSeeds();

// The document with `id` in `dossier`, or nullptr.
const Document* FindDocument(const Dossier& dossier, std::string_view id);

// Skips the current test, with a message, when the shared corpus is absent.
#define RECOUPE_SKIP_WITHOUT_SEEDS()                                                    \
  do {                                                                                 \
    if (::recoupe::testing::SeedsDir().empty())                                        \
      GTEST_SKIP() << "shared corpus not found at " << RECOUPE_SHARED_DIR              \
                   << "/corpus/seeds; corpus tests skipped";                           \
  } while (0)

// A fresh empty directory under the system temp dir, named after the test;
// removed when the test program exits.
std::string FreshTempDir();

// Base of the corpus tests on the seed articles: each test is skipped, with a
// message, when the shared corpus is absent; dossier_ holds the seeds analysed
// once by the whole pipeline (AnalyzedSeeds).
class SeedsTestBase : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!SeedsDir().empty()) dossier_ = &AnalyzedSeeds();
  }
  void SetUp() override { RECOUPE_SKIP_WITHOUT_SEEDS(); }
  static inline const Dossier* dossier_ = nullptr;
};

}  // namespace recoupe::testing
