#include "util/phrase_sets.h"

#include <algorithm>

#include "pattern/fold.h"
#include "util/file_io.h"

namespace recoupe {
namespace {

constexpr size_t kPrefixKeyBytes = 3;

bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

// Non-ASCII characters that separate words like ASCII punctuation and
// spaces do: apostrophes, hyphens, guillemets, quotes, no-break spaces.
constexpr std::string_view kSeparators[] = {
    "\u2019", "\u02BC", "\u2010", "\u2011", "\u2013", "\u2014", "\u00AB",
    "\u00BB", "\u201C", "\u201D", "\u00A0", "\u202F", "\u2009", "\u2026"};

// Bytes of the separator starting at text[i], 0 inside a word.
size_t SeparatorLength(std::string_view text, size_t i) {
  const unsigned char c = text[i];
  if (c < 0x80) return IsWordByte(c) ? 0 : 1;
  for (std::string_view separator : kSeparators)
    if (text.compare(i, separator.size(), separator) == 0) return separator.size();
  return 0;
}

}  // namespace

std::vector<FoldedWord> FoldedWords(std::string_view text, uint32_t base) {
  std::vector<FoldedWord> words;
  size_t i = 0;
  while (i < text.size()) {
    const size_t separator = SeparatorLength(text, i);
    if (separator > 0) {
      i += separator;
      continue;
    }
    const size_t start = i;
    while (i < text.size() && SeparatorLength(text, i) == 0) ++i;
    words.push_back({base + static_cast<uint32_t>(start), base + static_cast<uint32_t>(i),
                     pattern::FoldText(text.substr(start, i - start))});
  }
  return words;
}

Result<PhraseSets> PhraseSets::Load(const std::string& path, std::string_view kind) {
  auto text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return Parse(text.value(), kind, path);
}

Result<PhraseSets> PhraseSets::Parse(std::string_view text, std::string_view kind,
                                     const std::string& name) {
  PhraseSets sets;
  const std::string version = "recoupe-" + std::string(kind) + " 1";
  size_t line_number = 0;
  size_t pos = 0;
  bool versioned = false;
  while (pos <= text.size()) {
    const size_t end = std::min(text.find('\n', pos), text.size());
    const std::string_view line = TrimBlanks(text.substr(pos, end - pos));
    pos = end + 1;
    ++line_number;
    const std::string where = name + ":" + std::to_string(line_number) + ": ";
    if (!versioned) {
      if (line != version) return Status::Error(where + "expected the version line '" + version + "'");
      versioned = true;
      continue;
    }
    if (line.empty() || line.front() == '#') continue;
    if (line.front() == '[') {
      if (line.size() < 7 || line.substr(0, 5) != "[set " || line.back() != ']')
        return Status::Error(where + "expected '[set NAME]'");
      sets.set_names_.emplace_back(TrimBlanks(line.substr(5, line.size() - 6)));
      continue;
    }
    if (sets.set_names_.empty())
      return Status::Error(where + "a phrase before any '[set NAME]' section");
    Phrase phrase;
    phrase.set = static_cast<uint32_t>(sets.set_names_.size() - 1);
    std::string_view rest = line;
    while (!rest.empty()) {
      const size_t space = rest.find(' ');
      std::string_view word = rest.substr(0, space);
      rest = space == std::string_view::npos ? std::string_view() : TrimBlanks(rest.substr(space));
      PhraseWord phrase_word;
      if (!word.empty() && word.back() == '*') phrase_word.prefix = true, word.remove_suffix(1);
      // A word of the data file splits like a word of the text ("s'est" → s, est).
      for (const FoldedWord& part : FoldedWords(word)) phrase.words.push_back({part.folded, false});
      if (phrase.words.empty()) return Status::Error(where + "expected a phrase");
      phrase.words.back().prefix = phrase_word.prefix;
    }
    if (phrase.words.empty()) continue;
    if (phrase.words.front().prefix && phrase.words.front().folded.size() < kPrefixKeyBytes)
      return Status::Error(where + "a prefix needs at least 3 letters before '*'");
    const uint32_t index = static_cast<uint32_t>(sets.phrases_.size());
    const PhraseWord& first = phrase.words.front();
    if (first.prefix) sets.by_first_prefix_[first.folded.substr(0, kPrefixKeyBytes)].push_back(index);
    else sets.by_first_word_[first.folded].push_back(index);
    sets.phrases_.push_back(std::move(phrase));
  }
  if (!versioned) return Status::Error(name + ":1: expected the version line '" + version + "'");
  return sets;
}

bool PhraseSets::Matches(const Phrase& phrase, const std::vector<FoldedWord>& words,
                         size_t at) const {
  if (at + phrase.words.size() > words.size()) return false;
  for (size_t k = 0; k < phrase.words.size(); ++k) {
    const PhraseWord& want = phrase.words[k];
    const std::string& have = words[at + k].folded;
    if (want.prefix ? have.compare(0, want.folded.size(), want.folded) != 0 : have != want.folded)
      return false;
  }
  return true;
}

std::vector<PhraseHit> PhraseSets::Find(const std::vector<FoldedWord>& words) const {
  std::vector<PhraseHit> hits;
  for (size_t i = 0; i < words.size(); ++i) {
    auto try_list = [&](const std::vector<uint32_t>& list) {
      for (uint32_t p : list)
        if (Matches(phrases_[p], words, i))
          hits.push_back({phrases_[p].set, static_cast<uint32_t>(i),
                          static_cast<uint32_t>(i + phrases_[p].words.size())});
    };
    if (auto it = by_first_word_.find(words[i].folded); it != by_first_word_.end()) try_list(it->second);
    if (words[i].folded.size() >= kPrefixKeyBytes)
      if (auto it = by_first_prefix_.find(std::string_view(words[i].folded).substr(0, kPrefixKeyBytes));
          it != by_first_prefix_.end())
        try_list(it->second);
  }
  return hits;
}

int PhraseSets::FindSet(std::string_view name) const {
  for (size_t i = 0; i < set_names_.size(); ++i)
    if (set_names_[i] == name) return static_cast<int>(i);
  return -1;
}

std::vector<std::string> PhraseSets::Phrases(uint32_t set) const {
  std::vector<std::string> out;
  for (const Phrase& phrase : phrases_) {
    if (phrase.set != set) continue;
    std::string text;
    for (const PhraseWord& w : phrase.words) {
      if (!text.empty()) text += ' ';
      text += w.folded;
      if (w.prefix) text += '*';
    }
    out.push_back(std::move(text));
  }
  return out;
}

}  // namespace recoupe
