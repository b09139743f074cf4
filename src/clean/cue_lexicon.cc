#include "clean/cue_lexicon.h"

#include <sstream>

#include "segment/tokenizer.h"
#include "util/file_io.h"

namespace recoupe {

Status CueLexicon::Parse(std::string_view text, std::string_view name) {
  enum class Section { kNone, kKind, kClass } section = Section::kNone;
  BlockKind kind = BlockKind::kOther;
  std::string class_name;
  size_t line_number = 0;
  size_t pos = 0;
  bool saw_version = false;
  auto error = [&](const std::string& what) {
    return Status::Error(std::string(name) + ":" + std::to_string(line_number) + ": " + what);
  };
  while (pos <= text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = TrimBlanks(text.substr(pos, eol - pos));
    pos = eol + 1;
    ++line_number;
    if (line.empty() || line.front() == '#') continue;
    if (!saw_version) {
      if (!line.starts_with("recoupe-clean-cues "))
        return error("expected the version line 'recoupe-clean-cues 1'");
      saw_version = true;
      continue;
    }
    if (line.front() == '[') {
      if (line.back() != ']') return error("expected ']' closing the section header");
      std::istringstream header(std::string(line.substr(1, line.size() - 2)));
      std::string what, arg;
      header >> what >> arg;
      if (what == "kind") {
        const auto parsed = BlockKindFromName(arg);
        if (!parsed) return error("unknown block kind '" + arg + "'");
        kind = *parsed;
        section = Section::kKind;
      } else if (what == "class" && !arg.empty()) {
        class_name = arg;
        section = Section::kClass;
      } else {
        return error("expected [kind NAME] or [class NAME]");
      }
      continue;
    }
    if (section == Section::kClass) {
      // Class words are written folded already; an elided form ("l'", "qu'")
      // is kept as written, since a lone "l'" does not tokenise as an elision.
      std::istringstream words{std::string(line)};
      for (std::string w; words >> w;) {
        AddToClass(class_name, w);
        for (const Token& token : TokenizeText(w)) AddToClass(class_name, token.fold);
      }
      continue;
    }
    if (section != Section::kKind) return error("expected a [kind NAME] or [class NAME] header");
    const size_t eq = line.rfind('=');
    if (eq == std::string_view::npos) return error("expected 'phrase = weight'");
    const std::string_view phrase = TrimBlanks(line.substr(0, eq));
    const std::string weight_text(TrimBlanks(line.substr(eq + 1)));
    int weight = 0;
    try {
      weight = std::stoi(weight_text);
    } catch (...) {
      return error("expected a whole-number weight after '=' (got '" + weight_text + "')");
    }
    Cue cue{FoldedWordForms(phrase), kind, weight, std::string(phrase)};
    if (cue.words.empty()) return error("empty cue phrase");
    words_[cue.words.front()].cue_starts.push_back(static_cast<uint32_t>(cues_.size()));
    cues_.push_back(std::move(cue));
  }
  if (!saw_version) return Status::Error(std::string(name) + ": empty file (no version line)");
  return Status::Ok();
}

Status CueLexicon::LoadFile(const std::string& path) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return Parse(text.value(), path);
}

std::vector<CueHit> CueLexicon::Find(const std::vector<std::string_view>& words) const {
  std::vector<CueHit> hits;
  for (uint32_t i = 0; i < words.size(); ++i) {
    const WordEntry* entry = Lookup(words[i]);
    if (entry == nullptr) continue;
    for (const uint32_t index : entry->cue_starts) {
      const Cue& cue = cues_[index];
      if (i + cue.words.size() > words.size()) continue;
      bool match = true;
      for (size_t k = 1; k < cue.words.size() && match; ++k) match = words[i + k] == cue.words[k];
      if (match) hits.push_back({&cue, i});
    }
  }
  return hits;
}

void CueLexicon::AddToClass(const std::string& class_name, std::string word) {
  auto [it, inserted] = class_bits_.emplace(class_name, 0);
  if (inserted) {
    constexpr size_t kMaxClasses = 32;  // one bit each in WordEntry::class_bits
    it->second = class_bits_.size() <= kMaxClasses ? 1u << (class_bits_.size() - 1) : 0;
  }
  words_[std::move(word)].class_bits |= it->second;
}

uint32_t CueLexicon::ClassBit(std::string_view class_name) const {
  const auto it = class_bits_.find(class_name);
  return it == class_bits_.end() ? 0 : it->second;
}

const WordEntry* CueLexicon::Lookup(std::string_view folded_word) const {
  const auto it = words_.find(folded_word);
  return it == words_.end() ? nullptr : &it->second;
}

bool CueLexicon::InClass(std::string_view class_name, std::string_view folded_word) const {
  const uint32_t bit = ClassBit(class_name);
  const WordEntry* entry = bit ? Lookup(folded_word) : nullptr;
  return entry != nullptr && (entry->class_bits & bit) != 0;
}

}  // namespace recoupe
