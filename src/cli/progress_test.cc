#include "cli/progress.h"

#include <gtest/gtest.h>

#include <cstdio>

namespace recoupe::cli {
namespace {

TEST(Progress, SaysRateAndTimeLeftWithPluralsRight) {
  EXPECT_EQ(FormatProgress("analysing", 0, 400, "document", 0.1), "analysing 0/400 documents");
  EXPECT_EQ(FormatProgress("analysing", 120, 400, "document", 4.0),
            "analysing 120/400 documents, 30 documents/s, 9 s left");
  EXPECT_EQ(FormatProgress("reading", 1, 1, "input", 2.0), "reading 1/1 input, 0.5 inputs/s");
  EXPECT_EQ(FormatProgress("analysing", 10, 100000, "document", 5.0),
            "analysing 10/100000 documents, 2.0 documents/s, 13 h 53 min left");
}

TEST(Progress, OffATerminalWritesALinePerIntervalAndTheLast) {
  char* text = nullptr;
  size_t size = 0;
  std::FILE* stream = open_memstream(&text, &size);
  ProgressLine progress(stream, /*terminal=*/false, /*every_seconds=*/3600);
  progress.Phase("analysing", "document");
  progress.Update(1, 3);
  progress.Update(2, 3);  // within the interval: not written
  progress.Update(3, 3);
  progress.Update(3, 3);  // already finished
  progress.Say("corpus stage");
  std::fclose(stream);
  EXPECT_EQ(std::string(text, size),
            "recoupe: analysing 1/3 documents\nrecoupe: analysing 3/3 documents\n"
            "recoupe: corpus stage\n");
  free(text);
}

TEST(Progress, SilentOffATerminalUnlessAsked) {
  char* text = nullptr;
  size_t size = 0;
  std::FILE* stream = open_memstream(&text, &size);
  ProgressLine progress(stream, false, 0);
  progress.Phase("analysing", "document");
  progress.Update(3, 3);
  progress.Say("corpus stage");
  std::fclose(stream);
  EXPECT_EQ(size, 0u);
  free(text);
}

TEST(MergeWarnings, FrequentKindsBecomeOneLineWithTheirCount) {
  std::vector<InputWarning> warnings;
  for (int i = 0; i < 400; ++i)
    warnings.push_back({"encoding_fallback", "f" + std::to_string(i) + ".txt",
                        "not UTF-8; read as Windows-1252"});
  warnings.push_back({"missing_id", "batch.jsonl:3", "no \"id\" field; using batch-3"});
  const auto lines = MergeWarnings(warnings);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0],
            "400 inputs: encoding_fallback (f0.txt: not UTF-8; read as Windows-1252): f0.txt, "
            "f1.txt, f2.txt, f3.txt, f4.txt, … and 395 more");
  EXPECT_EQ(lines[1], "batch.jsonl:3: no \"id\" field; using batch-3");
}

}  // namespace
}  // namespace recoupe::cli
