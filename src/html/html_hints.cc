#include "html/html_hints.h"

#include <cctype>
#include <sstream>

#include "util/file_io.h"

namespace recoupe {
namespace {

constexpr std::string_view kVersionLine = "recoupe-html-hints 1";

std::vector<std::string> Tokens(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c)) || c == '-' || c == '_') {
      if (!cur.empty()) out.push_back(std::move(cur));
      cur.clear();
    } else {
      cur.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

}  // namespace

Status HtmlHints::Parse(std::string_view text, std::string_view name) {
  std::istringstream in{std::string(text)};
  std::string line;
  int line_no = 0;
  enum class Section { kNone, kContent, kKind } section = Section::kNone;
  BlockKind kind = BlockKind::kOther;
  while (std::getline(in, line)) {
    ++line_no;
    std::string_view view = TrimBlanks(line);
    auto where = std::string(name) + ":" + std::to_string(line_no) + ": ";
    if (line_no == 1) {
      if (view != kVersionLine) {
        return Status::Error(where + "expected the version line '" + std::string(kVersionLine) +
                             "'");
      }
      continue;
    }
    if (view.empty() || view.front() == '#') continue;
    if (view.front() == '[') {
      if (view == "[content]") {
        section = Section::kContent;
      } else if (view.starts_with("[kind ") && view.back() == ']') {
        auto kind_name = TrimBlanks(view.substr(6, view.size() - 7));
        auto parsed = BlockKindFromName(kind_name);
        if (!parsed) {
          return Status::Error(where + "unknown block kind '" + std::string(kind_name) +
                               "' (expected a name such as 'navigation' or 'comments')");
        }
        kind = *parsed;
        section = Section::kKind;
      } else {
        return Status::Error(where + "expected '[content]' or '[kind NAME]'");
      }
      continue;
    }
    if (section == Section::kNone) {
      return Status::Error(where + "expected a section header before the first word");
    }
    std::string word;
    for (char c : view)
      word.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    // Words written with '-' or '_' are compared with those characters removed.
    std::erase_if(word, [](char c) { return c == '-' || c == '_'; });
    if (section == Section::kContent) {
      content_.push_back(std::move(word));
    } else {
      kinds_.emplace_back(std::move(word), kind);
    }
  }
  if (line_no == 0)
    return Status::Error(std::string(name) + ": expected a version line, got an empty file");
  return Status::Ok();
}

Status HtmlHints::LoadFile(const std::string& path) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return Parse(text.value(), path);
}

const Result<HtmlHints>& HtmlHints::Default() {
  static const Result<HtmlHints> kDefault = []() -> Result<HtmlHints> {
    HtmlHints hints;
    Status status =
        hints.LoadFile(std::string(RECOUPE_DEFAULT_DATA_DIR) + "/common/html_hints.txt");
    if (!status.ok()) return status;
    return hints;
  }();
  return kDefault;
}

bool HtmlHints::WordMatches(std::string_view word, std::string_view token) {
  if (word == token) return true;
  return word.size() >= 5 && token.find(word) != std::string_view::npos;
}

HintMatch HtmlHints::Match(std::string_view class_and_id) const {
  HintMatch match;
  std::vector<std::string> tokens = Tokens(class_and_id);
  // Also try the whole hyphenated names squeezed ("article-body" → "articlebody").
  std::string squeezed;
  for (char c : class_and_id) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (!squeezed.empty()) tokens.push_back(std::move(squeezed));
      squeezed.clear();
    } else if (c != '-' && c != '_') {
      squeezed.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
  }
  if (!squeezed.empty()) tokens.push_back(std::move(squeezed));
  for (const auto& [word, kind] : kinds_) {
    for (const auto& token : tokens) {
      if (WordMatches(word, token)) {
        match.kind = kind;
        match.word = word;
        break;
      }
    }
    if (match.kind) break;
  }
  for (const auto& word : content_) {
    for (const auto& token : tokens) {
      if (WordMatches(word, token)) {
        match.content = true;
        if (!match.kind) match.word = word;
        break;
      }
    }
    if (match.content) break;
  }
  return match;
}

}  // namespace recoupe
