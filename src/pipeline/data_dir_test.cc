// Every stage finds its data files the same way: --data-dir, then
// $RECOUPE_DATA_DIR, then the data/ directory recoupe was built with.
#include <cstdlib>
#include <optional>
#include <string>

#include <gtest/gtest.h>

#include "recoupe/crosscheck.h"
#include "recoupe/pipeline.h"

namespace recoupe {
namespace {

// Sets RECOUPE_DATA_DIR (or unsets it) for one test, then restores it.
class ScopedDataDirVariable {
 public:
  explicit ScopedDataDirVariable(const char* value) {
    if (const char* old = std::getenv("RECOUPE_DATA_DIR")) saved_ = old;
    if (value)
      setenv("RECOUPE_DATA_DIR", value, 1);
    else
      unsetenv("RECOUPE_DATA_DIR");
  }
  ~ScopedDataDirVariable() {
    if (saved_)
      setenv("RECOUPE_DATA_DIR", saved_->c_str(), 1);
    else
      unsetenv("RECOUPE_DATA_DIR");
  }

 private:
  std::optional<std::string> saved_;
};

constexpr const char* kMissingDir = "/nonexistent/recoupe-data";

TEST(ResolveDataDir, GivenDirectoryComesFirst) {
  ScopedDataDirVariable variable("/from/environment");
  EXPECT_EQ(ResolveDataDir("/given"), "/given");
  EXPECT_EQ(ResolveDataDir(""), "/from/environment");
}

TEST(ResolveDataDir, EmptyVariableMeansTheBuiltInDirectory) {
  ScopedDataDirVariable unset(nullptr);
  const std::string built_in = ResolveDataDir("");
  EXPECT_FALSE(built_in.empty());
  ScopedDataDirVariable empty("");
  EXPECT_EQ(ResolveDataDir(""), built_in);
}

// The per-document stages and the corpus stage read the same directory: a
// variable naming a missing directory stops both, and names it.
TEST(ResolveDataDir, PipelineAndCrossCheckerBothFollowTheVariable) {
  ScopedDataDirVariable variable(kMissingDir);
  auto pipeline = Pipeline::Load(PipelineOptions{});
  ASSERT_FALSE(pipeline.ok());
  EXPECT_NE(pipeline.status().message().find(kMissingDir), std::string::npos);
  auto cross_checker = CrossChecker::Load(CrossCheckOptions{});
  ASSERT_FALSE(cross_checker.ok());
  EXPECT_NE(cross_checker.status().message().find(kMissingDir), std::string::npos);
}

TEST(ResolveDataDir, BuiltInDirectoryLoadsBothStages) {
  ScopedDataDirVariable unset(nullptr);
  EXPECT_TRUE(CrossChecker::Load(CrossCheckOptions{}).ok());
}

}  // namespace
}  // namespace recoupe
