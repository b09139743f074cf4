// Helpers shared by the whole-pipeline tests.
#pragma once

#include <memory>
#include <string>

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

// The pipeline over the source tree's data/ directory (loaded once).
const Pipeline& SharedPipeline();

// ../shared/corpus/seeds, or "" when the shared corpus is absent.
std::string SeedsDir();

// A fresh empty directory under the system temp dir, named after the test;
// removed when the test program exits.
std::string FreshTempDir();

}  // namespace recoupe::testing
