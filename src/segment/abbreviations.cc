#include "segment/abbreviations.h"

#include <algorithm>
#include <sstream>

#include "segment/text_case.h"
#include "util/file_io.h"

namespace recoupe {
namespace {

constexpr std::string_view kMagic = "recoupe-abbreviations";
constexpr std::string_view kVersion = "1";

std::string Lower(std::string_view s) {
  std::string out;
  segment_internal::AppendLower(s, &out);
  return out;
}

bool StartsWithAsciiNoCase(std::string_view word, std::string_view lower_prefix) {
  if (word.size() < lower_prefix.size()) return false;
  for (size_t k = 0; k < lower_prefix.size(); ++k) {
    char c = word[k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
    if (c != lower_prefix[k]) return false;
  }
  return true;
}

bool EndsWithAsciiNoCase(std::string_view word, std::string_view lower_suffix) {
  if (word.size() < lower_suffix.size()) return false;
  return StartsWithAsciiNoCase(word.substr(word.size() - lower_suffix.size()), lower_suffix);
}

void SortLongestFirst(std::vector<std::string>* entries) {
  std::sort(entries->begin(), entries->end(),
            [](const std::string& a, const std::string& b) {
              return a.size() != b.size() ? a.size() > b.size() : a < b;
            });
  entries->erase(std::unique(entries->begin(), entries->end()), entries->end());
}

}  // namespace

Result<Abbreviations> Abbreviations::Parse(std::string_view text, const std::string& origin) {
  Abbreviations lexicon;
  std::string section;
  size_t line_number = 0;
  size_t pos = 0;
  while (pos < text.size() || line_number == 0) {
    const size_t eol = std::min(text.find('\n', pos), text.size());
    std::string_view line = text.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_number;
    if (line_number == 1) {
      line = TrimBlanks(line);
      const std::string expected = std::string(kMagic) + " " + std::string(kVersion);
      if (line != expected) {
        return Status::Error(origin + ":1: expected the version line '" + expected +
                             "' (got '" + std::string(line) + "')");
      }
      continue;
    }
    if (const size_t hash = line.find('#'); hash != std::string_view::npos) {
      line = line.substr(0, hash);
    }
    line = TrimBlanks(line);
    if (line.empty()) continue;
    if (line.front() == '[') {
      if (line.back() != ']') {
        return Status::Error(origin + ":" + std::to_string(line_number) +
                             ": expected a section header like '[abbreviations]'");
      }
      section = std::string(line.substr(1, line.size() - 2));
      continue;
    }
    const std::string lower = Lower(line);
    const bool any_case = lower == line;
    if (section == "abbreviations" || section == "sentence-final") {
      if (line.back() != '.' || line.find(' ') != std::string_view::npos) {
        return Status::Error(origin + ":" + std::to_string(line_number) +
                             ": expected one word ending with '.' (got '" + std::string(line) +
                             "')");
      }
      (any_case ? lexicon.dot_any_case_ : lexicon.dot_exact_).insert(std::string(line));
      if (section == "sentence-final") {
        (any_case ? lexicon.final_any_case_ : lexicon.final_exact_).insert(std::string(line));
      }
    } else if (section == "elisions") {
      if (line.back() != '\'') {
        return Status::Error(origin + ":" + std::to_string(line_number) +
                             ": expected an elision ending with an apostrophe (got '" +
                             std::string(line) + "')");
      }
      lexicon.elisions_.push_back(lower);
    } else if (section == "whole-words") {
      lexicon.whole_words_.insert(lower);
    } else if (section == "inverted-pronouns") {
      if (line.front() != '-') {
        return Status::Error(origin + ":" + std::to_string(line_number) +
                             ": expected a pronoun starting with '-' (got '" +
                             std::string(line) + "')");
      }
      lexicon.inverted_.push_back(lower);
    } else if (section == "ordinal-suffixes") {
      lexicon.ordinals_.insert(lower);
    } else {
      return Status::Error(origin + ":" + std::to_string(line_number) +
                           ": expected an entry inside a known section (got '" +
                           std::string(line) + "' in section '" + section + "')");
    }
  }
  SortLongestFirst(&lexicon.elisions_);
  SortLongestFirst(&lexicon.inverted_);
  return lexicon;
}

Result<Abbreviations> Abbreviations::LoadFile(const std::string& path) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return Parse(text.value(), path);
}

bool Abbreviations::Contains(const Set& exact, const Set& any_case, std::string_view word) const {
  if (exact.find(word) != exact.end()) return true;
  if (any_case.empty()) return false;
  if (any_case.find(word) != any_case.end()) return true;
  std::string lower;
  segment_internal::AppendLower(word, &lower);
  return any_case.find(lower) != any_case.end();
}

bool Abbreviations::KeepsDot(std::string_view word) const {
  return Contains(dot_exact_, dot_any_case_, word);
}

bool Abbreviations::EndsSentence(std::string_view word) const {
  return Contains(final_exact_, final_any_case_, word);
}

size_t Abbreviations::ElisionLength(std::string_view word) const {
  for (const std::string& elision : elisions_) {
    if (word.size() > elision.size() && StartsWithAsciiNoCase(word, elision)) {
      if (!whole_words_.empty()) {
        std::string lower;
        segment_internal::AppendLower(word, &lower);
        if (whole_words_.find(lower) != whole_words_.end()) return 0;
      }
      return elision.size();
    }
  }
  return 0;
}

size_t Abbreviations::InvertedPronounLength(std::string_view word) const {
  for (const std::string& pronoun : inverted_) {
    if (word.size() > pronoun.size() && EndsWithAsciiNoCase(word, pronoun)) {
      return pronoun.size();
    }
  }
  return 0;
}

bool Abbreviations::IsOrdinalSuffix(std::string_view lower_letters) const {
  return ordinals_.find(lower_letters) != ordinals_.end();
}

void Abbreviations::MergeFrom(const Abbreviations& other) {
  dot_exact_.insert(other.dot_exact_.begin(), other.dot_exact_.end());
  dot_any_case_.insert(other.dot_any_case_.begin(), other.dot_any_case_.end());
  final_exact_.insert(other.final_exact_.begin(), other.final_exact_.end());
  final_any_case_.insert(other.final_any_case_.begin(), other.final_any_case_.end());
  whole_words_.insert(other.whole_words_.begin(), other.whole_words_.end());
  ordinals_.insert(other.ordinals_.begin(), other.ordinals_.end());
  elisions_.insert(elisions_.end(), other.elisions_.begin(), other.elisions_.end());
  inverted_.insert(inverted_.end(), other.inverted_.begin(), other.inverted_.end());
  SortLongestFirst(&elisions_);
  SortLongestFirst(&inverted_);
}

const Abbreviations& DefaultAbbreviations() {
  static const Abbreviations kDefault = [] {
    Abbreviations lexicon;
    for (const char* lang : {"fr", "en"}) {
      Result<Abbreviations> loaded = Abbreviations::LoadFile(
          std::string(RECOUPE_DEFAULT_DATA_DIR) + "/" + lang + "/abbreviations.txt");
      if (loaded.ok()) lexicon.MergeFrom(loaded.value());
    }
    return lexicon;
  }();
  return kDefault;
}

}  // namespace recoupe
