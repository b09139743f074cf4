#include "test_support.h"

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace recoupe::testing {
namespace fs = std::filesystem;

std::string ReadFileOrDie(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    ADD_FAILURE() << "cannot read " << path;
    return "";
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void WriteFileOrDie(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
  if (!out) ADD_FAILURE() << "cannot write " << path;
}

CommandResult RunCommand(const std::string& command) {
  const std::string err_path = FreshTempDir() + "/stderr";
  CommandResult result;
  FILE* pipe = popen((command + " 2>" + err_path).c_str(), "r");
  if (!pipe) return result;
  char buffer[65536];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) result.out.append(buffer, n);
  const int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.err = ReadFileOrDie(err_path);
  return result;
}

const Pipeline& SharedPipeline() {
  static const std::unique_ptr<Pipeline> pipeline = [] {
    PipelineOptions options;
    options.data_dir = std::string(RECOUPE_SOURCE_DIR) + "/data";
    options.reference_date = kTestReferenceDate;
    options.gazetteer_path = "";  // same results whether or not setup built it
    auto loaded = Pipeline::Load(options);
    if (!loaded.ok()) {
      ADD_FAILURE() << loaded.status().message();
      std::abort();
    }
    return std::move(loaded).value();
  }();
  return *pipeline;
}

const Dossier& AnalyzedSeeds() {
  static const Dossier dossier = [] {
    PipelineOptions options;
    options.data_dir = std::string(RECOUPE_SOURCE_DIR) + "/data";
    options.keep_tokens = true;
    options.reference_date = kTestReferenceDate;
    options.gazetteer_path = "";  // same results whether or not setup built it
    auto pipeline = Pipeline::Load(options);
    if (!pipeline.ok()) {
      ADD_FAILURE() << pipeline.status().message();
      return Dossier();
    }
    return pipeline.value()->Run({SeedsDir()});
  }();
  return dossier;
}

const CrossChecker& SharedCrossChecker() {
  static const std::unique_ptr<CrossChecker> checker = [] {
    CrossCheckOptions options;
    options.data_dir = std::string(RECOUPE_SOURCE_DIR) + "/data";
    auto loaded = CrossChecker::Load(options);
    if (!loaded.ok()) {
      std::fprintf(stderr, "%s\n", loaded.status().message().c_str());
      std::abort();
    }
    return std::move(loaded).value();
  }();
  return *checker;
}

const Dossier& CrossCheckedSeeds() {
  static const Dossier dossier = [] {
    Dossier copy = AnalyzedSeeds();
    SharedCrossChecker().Run(copy);
    return copy;
  }();
  return dossier;
}

const Document* FindDocument(const Dossier& dossier, std::string_view id) {
  for (const Document& doc : dossier.documents)
    if (doc.id == id) return &doc;
  return nullptr;
}

std::string SeedsDir() {
  const std::string dir = std::string(RECOUPE_SHARED_DIR) + "/corpus/seeds";
  return fs::is_directory(dir) ? dir : "";
}

namespace {

// Removes every directory FreshTempDir made when the test program exits.
class TempDirs {
 public:
  ~TempDirs() {
    std::error_code ec;
    for (const std::string& dir : dirs_) fs::remove_all(dir, ec);
  }
  void Add(std::string dir) { dirs_.push_back(std::move(dir)); }

 private:
  std::vector<std::string> dirs_;
};

TempDirs& MadeDirs() {
  static TempDirs dirs;
  return dirs;
}

}  // namespace

std::string FreshTempDir() {
  static int counter = 0;
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  const fs::path dir = fs::temp_directory_path() /
                       ("recoupe-test-" + std::to_string(getpid()) + "-" +
                        (info ? std::string(info->name()) : "x") + "-" + std::to_string(counter++));
  fs::remove_all(dir);
  fs::create_directories(dir);
  MadeDirs().Add(dir.string());
  return dir.string();
}

}  // namespace recoupe::testing
