#include "pattern/pattern_selftest.h"

#include <algorithm>
#include <sstream>

namespace recoupe::pattern {
namespace {

constexpr std::string_view kSelftestVersion = "recoupe-pattern-selftest 1";

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

std::string DirName(std::string_view path) {
  size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? std::string() : std::string(path.substr(0, slash + 1));
}

}  // namespace

std::string RenderMatches(std::string_view text, std::span<const Token> tokens,
                          std::span<const PatternMatch> matches, bool with_captures) {
  // (offset, order, piece): closings before openings at one offset, outer
  // openings before inner ones.
  struct Insert {
    uint32_t at;
    int order;
    std::string piece;
  };
  std::vector<Insert> inserts;
  auto slice = [&](uint32_t first, uint32_t end) {
    uint32_t b = tokens[first].span.begin, e = tokens[end - 1].span.end;
    return text.substr(b, e - b);
  };
  for (const PatternMatch& match : matches) {
    if (match.end <= match.first || match.end > tokens.size()) continue;
    uint32_t length = match.end - match.first;
    inserts.push_back({tokens[match.first].span.begin, 1'000'000 - static_cast<int>(length),
                       "[" + match.rule->name + " "});
    std::string close;
    if (with_captures && !match.captures.empty()) {
      close = " {";
      for (size_t i = 0; i < match.captures.size(); ++i) {
        const PatternCapture& c = match.captures[i];
        if (i > 0) close += " ";
        close += std::string(c.name) + "=" + std::string(slice(c.first, c.end));
        if (c.value) close += "(" + std::string(*c.value) + ")";
      }
      close += "}";
    }
    inserts.push_back({tokens[match.end - 1].span.end, static_cast<int>(length), close + "]"});
  }
  std::stable_sort(inserts.begin(), inserts.end(), [](const Insert& a, const Insert& b) {
    return a.at != b.at ? a.at < b.at : a.order < b.order;
  });
  std::string out;
  uint32_t done = 0;
  for (const Insert& insert : inserts) {
    out.append(text.substr(done, insert.at - done));
    out.append(insert.piece);
    done = insert.at;
  }
  out.append(text.substr(done));
  return out;
}

Result<SelftestReport> RunSelftest(std::string_view text, std::string_view name,
                                   const Tokenizer& tokenize, const FileReader& reader) {
  SelftestReport report;
  std::istringstream stream{std::string(text)};
  std::string raw_line;
  int number = 0;
  std::optional<PatternSet> patterns;
  bool with_captures = false;
  const std::string file(name);
  while (std::getline(stream, raw_line)) {
    ++number;
    std::string_view line = TrimSpaces(raw_line);
    std::string where = file + ":" + std::to_string(number);
    if (number == 1) {
      if (line != kSelftestVersion) {
        return Status::Error(where + ": expected the version line '" +
                             std::string(kSelftestVersion) + "'");
      }
      continue;
    }
    if (line.empty() || line.front() == '#') continue;
    if (line.starts_with("%patterns ")) {
      std::string path(TrimSpaces(line.substr(10)));
      if (!path.starts_with('/')) path = DirName(name) + path;
      Result<PatternSet> loaded = PatternSet::LoadFile(path, reader);
      if (!loaded.ok()) return Status::Error(where + ": " + loaded.status().message());
      patterns = std::move(loaded).value();
      continue;
    }
    if (line == "%render captures") {
      with_captures = true;
      continue;
    }
    if (line == "%render plain") {
      with_captures = false;
      continue;
    }
    if (line.starts_with('%')) {
      return Status::Error(where + ": expected %patterns FILE, %render captures|plain or a case");
    }
    size_t arrow = line.find("⇒");
    size_t arrow_size = std::string_view("⇒").size();
    if (arrow == std::string_view::npos) {
      arrow = line.find(" => ");
      arrow_size = 4;
      if (arrow != std::string_view::npos) ++arrow, arrow_size = 2;
    }
    if (arrow == std::string_view::npos) {
      return Status::Error(where + ": expected 'input ⇒ expected rendering'");
    }
    if (!patterns) return Status::Error(where + ": expected a %patterns line before the cases");
    std::string_view input = TrimSpaces(line.substr(0, arrow));
    std::string_view expected = TrimSpaces(line.substr(arrow + arrow_size));
    std::vector<Token> tokens = tokenize(input);
    std::vector<PatternMatch> matches = patterns->Match(tokens);
    std::string got = RenderMatches(input, tokens, matches, with_captures);
    ++report.cases;
    if (got != expected) {
      report.failures.push_back(where + ": got '" + got + "', expected '" + std::string(expected) +
                                "'");
    }
  }
  if (number == 0) return Status::Error(file + ":1: expected the version line (empty file)");
  return report;
}

Result<SelftestReport> RunSelftestFile(const std::string& path, const Tokenizer& tokenize,
                                       const FileReader& reader) {
  Result<std::string> text = reader(path);
  if (!text.ok()) return text.status();
  return RunSelftest(text.value(), path, tokenize, reader);
}

}  // namespace recoupe::pattern
