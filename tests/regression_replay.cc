// Replays the inputs that once broke a fuzz target (tests/regressions/<target>/)
// through that target's own harness, fuzz/<target>.cc, which aborts when a
// contract breaks. Linked once per target with its harness; in the sanitizer
// build (scripts/sanitize.sh) memory errors and undefined behaviour fail too.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

std::vector<std::filesystem::path> RegressionInputs() {
  std::vector<std::filesystem::path> inputs;
  for (const auto& entry : std::filesystem::directory_iterator(RECOUPE_REGRESSION_DIR))
    if (entry.is_regular_file()) inputs.push_back(entry.path());
  std::sort(inputs.begin(), inputs.end());
  return inputs;
}

TEST(FuzzRegression, EveryKeptInputRunsCleanly) {
  const std::vector<std::filesystem::path> inputs = RegressionInputs();
  ASSERT_FALSE(inputs.empty()) << "no input in " << RECOUPE_REGRESSION_DIR;
  for (const std::filesystem::path& input : inputs) {
    SCOPED_TRACE(input.string());
    std::ifstream in(input, std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    EXPECT_EQ(LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size()),
              0);
  }
}

}  // namespace
