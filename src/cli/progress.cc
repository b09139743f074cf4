#include "cli/progress.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace recoupe::cli {
namespace {

std::string Counted(size_t n, std::string_view unit) {
  std::string out = std::to_string(n) + " " + std::string(unit);
  if (n != 1 && !unit.empty() && unit.back() != 's') out += "s";
  return out;
}

std::string Duration(double seconds) {
  const long s = std::lround(seconds);
  if (s < 60) return std::to_string(s) + " s";
  if (s < 3600) return std::to_string(s / 60) + " min " + std::to_string(s % 60) + " s";
  return std::to_string(s / 3600) + " h " + std::to_string(s % 3600 / 60) + " min";
}

}  // namespace

std::string FormatProgress(std::string_view phase, size_t done, size_t total,
                           std::string_view unit, double seconds) {
  std::string line = std::string(phase) + " " + std::to_string(done) + "/" + Counted(total, unit);
  if (seconds < 1.0 || done == 0) return line;
  const double rate = done / seconds;
  char rate_text[32];
  std::snprintf(rate_text, sizeof rate_text, rate < 10 ? "%.1f" : "%.0f", rate);
  std::string plural(unit);
  if (!plural.empty() && plural.back() != 's') plural += "s";
  line += ", " + std::string(rate_text) + " " + plural + "/s";
  if (done < total) line += ", " + Duration((total - done) / rate) + " left";
  return line;
}

ProgressLine::ProgressLine(std::FILE* stream, bool terminal, double every_seconds)
    : stream_(stream), terminal_(terminal), every_seconds_(every_seconds) {}

double ProgressLine::Since(Clock::time_point t) const {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

void ProgressLine::Phase(std::string phase, std::string unit) {
  phase_ = std::move(phase);
  unit_ = std::move(unit);
  start_ = Clock::now();
  last_ = Clock::time_point::min();
  finished_ = false;
}

void ProgressLine::Update(size_t done, size_t total) {
  if (finished_ || (!terminal_ && every_seconds_ <= 0)) return;
  const bool last = done >= total;
  const double interval = terminal_ ? 0.2 : every_seconds_;
  if (!last && last_ != Clock::time_point::min() && Since(last_) < interval) return;
  last_ = Clock::now();
  const std::string line = FormatProgress(phase_, done, total, unit_, Since(start_));
  if (terminal_)
    std::fprintf(stream_, "\r\033[Krecoupe: %s%s", line.c_str(), last ? "\n" : "");
  else
    std::fprintf(stream_, "recoupe: %s\n", line.c_str());
  std::fflush(stream_);
  finished_ = last;
}

void ProgressLine::Say(std::string_view phase) {
  if (!terminal_ && every_seconds_ <= 0) return;
  std::fprintf(stream_, "recoupe: %.*s\n", static_cast<int>(phase.size()), phase.data());
  std::fflush(stream_);
}

std::vector<std::string> MergeWarnings(const std::vector<InputWarning>& warnings,
                                       size_t detail_limit) {
  std::map<std::string, std::vector<const InputWarning*>> by_code;
  std::vector<std::string> order;  // codes in the order first met
  for (const InputWarning& w : warnings) {
    auto& list = by_code[w.code];
    if (list.empty()) order.push_back(w.code);
    list.push_back(&w);
  }
  std::vector<std::string> lines;
  for (const std::string& code : order) {
    const auto& list = by_code[code];
    if (list.size() <= detail_limit) {
      for (const InputWarning* w : list) lines.push_back(w->where + ": " + w->message);
      continue;
    }
    std::string line = Counted(list.size(), "input") + ": " + code + " (" + list[0]->where +
                       ": " + list[0]->message + "): ";
    const size_t shown = std::min<size_t>(list.size(), 5);
    for (size_t i = 0; i < shown; ++i) line += (i ? ", " : "") + list[i]->where;
    if (list.size() > shown) line += ", … and " + std::to_string(list.size() - shown) + " more";
    lines.push_back(line);
  }
  return lines;
}

}  // namespace recoupe::cli
