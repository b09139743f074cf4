// What a long run says on standard error while it works and when it ends:
// progress with its rate and the time left, the phase it is in, and
// warnings merged by kind.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace recoupe::cli {

// "analysing 120/400 documents, 35 documents/s, 8 s left" (no rate or time
// left in the first second, none left once done). Plurals follow the count.
std::string FormatProgress(std::string_view phase, size_t done, size_t total,
                           std::string_view unit, double seconds);

// Progress lines on `stream`. On a terminal one line is rewritten in place
// at most five times a second; elsewhere, when `every_seconds` > 0, one line
// is written each `every_seconds`, and the last when the work is done.
// Update is called from one thread at a time.
class ProgressLine {
 public:
  ProgressLine(std::FILE* stream, bool terminal, double every_seconds);
  // Starts a phase ("analysing" documents); the clock restarts.
  void Phase(std::string phase, std::string unit);
  void Update(size_t done, size_t total);
  // A phase without a count ("corpus stage"): said once.
  void Say(std::string_view phase);

 private:
  using Clock = std::chrono::steady_clock;
  double Since(Clock::time_point t) const;
  std::FILE* stream_;
  bool terminal_;
  double every_seconds_;
  std::string phase_, unit_;
  Clock::time_point start_ = Clock::now(), last_ = Clock::time_point::min();
  bool finished_ = false;
};

// One warning of one input, for MergeWarnings.
struct InputWarning {
  std::string code;     // "encoding_fallback", ...
  std::string where;    // the file (and line) it is about
  std::string message;
};

// The warnings as lines to print: a code given for at most `detail_limit`
// inputs is printed once per input ("a.txt: message"); a more frequent one
// as one line with its count, the message of its first input and the
// first few inputs ("400 inputs: encoding_fallback (a.txt: read as
// Windows-1252): a.txt, b.txt, c.txt, … and 397 more").
std::vector<std::string> MergeWarnings(const std::vector<InputWarning>& warnings,
                                       size_t detail_limit = 3);

}  // namespace recoupe::cli
