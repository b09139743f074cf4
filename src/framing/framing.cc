#include "framing/framing.h"

#include <algorithm>
#include <filesystem>
#include <optional>

#include "recoupe/pipeline.h"
#include "segment/tokenizer.h"
#include "util/file_io.h"

namespace recoupe {

std::string FoldPhrase(std::string_view phrase) {
  std::string out;
  for (const std::string& word : FoldedWordForms(phrase)) out += (out.empty() ? "" : " ") + word;
  return out;
}

void VariantCount::Add(const VariantCount& other) {
  total += other.total;
  for (const auto& [form, n] : other.as_written) as_written[form] += n;
}

void AddCounts(FramingCounts& counts, const FramingCounts& more) {
  for (const auto& [referent, variants] : more)
    for (const auto& [label, count] : variants) counts[referent][label].Add(count);
}

Status FramingLexicon::Parse(std::string_view text, std::string_view name,
                             std::string_view language) {
  size_t line_number = 0;
  size_t pos = 0;
  bool saw_version = false;
  std::optional<uint32_t> referent;
  FormIndex& index = forms_by_language_[std::string(language)];
  auto error = [&](const std::string& what) {
    return Status::Error(std::string(name) + ":" + std::to_string(line_number) + ": " + what);
  };
  while (pos <= text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    const std::string_view line = TrimBlanks(text.substr(pos, eol - pos));
    pos = eol + 1;
    ++line_number;
    if (line.empty() || line.front() == '#') continue;
    if (!saw_version) {
      if (line != "recoupe-framing 1") return error("expected the version line 'recoupe-framing 1'");
      saw_version = true;
      continue;
    }
    if (line.starts_with("[referent ")) {
      const size_t close = line.find(']');
      if (close == std::string_view::npos) return error("expected ']' closing the referent header");
      const std::string id(TrimBlanks(line.substr(10, close - 10)));
      if (id.empty() || id.find(' ') != std::string::npos)
        return error("expected one referent id in '[referent ID] description'");
      const std::string_view description = TrimBlanks(line.substr(close + 1));
      size_t found = 0;
      while (found < referents_.size() && referents_[found].id != id) ++found;
      if (found == referents_.size()) referents_.push_back({id, std::string(description), {}});
      else if (referents_[found].description.empty())
        referents_[found].description = description;
      referent = static_cast<uint32_t>(found);
      continue;
    }
    if (line.front() == '[') return error("expected '[referent ID] description'");
    if (!referent) return error("a variant line before any [referent ID] header");
    const size_t eq = line.find('=');
    if (eq == std::string_view::npos) return error("expected 'label = form | form ...'");
    const std::string label(TrimBlanks(line.substr(0, eq)));
    if (label.empty()) return error("empty variant label before '='");
    std::vector<FramingVariant>& variants = referents_[*referent].variants;
    size_t v = 0;
    while (v < variants.size() && variants[v].label != label) ++v;
    if (v == variants.size()) variants.push_back({label, {}});
    std::string_view rest = line.substr(eq + 1);
    while (true) {
      const size_t bar = rest.find('|');
      std::vector<std::string> words = FoldedWordForms(TrimBlanks(rest.substr(0, bar)));
      if (words.empty()) return error("empty form in the variant '" + label + "'");
      variants[v].forms.push_back(words);
      const std::string first = words.front();
      index[first].push_back({std::move(words), *referent, label});
      if (bar == std::string_view::npos) break;
      rest = rest.substr(bar + 1);
    }
  }
  if (!saw_version) return Status::Error(std::string(name) + ": empty file (no version line)");
  return Status::Ok();
}

Status FramingLexicon::LoadFile(const std::string& path, std::string_view language) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return Parse(text.value(), path, language);
}

Result<FramingLexicon> FramingLexicon::LoadDir(const std::string& data_dir) {
  FramingLexicon lexicon;
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(data_dir, ec))
    if (std::filesystem::is_regular_file(entry.path() / "framing.txt"))
      files.push_back(entry.path() / "framing.txt");
  if (ec) return Status::Error(data_dir + ": cannot read the data directory");
  if (files.empty()) return Status::Error(data_dir + ": no <lang>/framing.txt found");
  std::sort(files.begin(), files.end());  // the same referent order on every machine
  for (const auto& file : files) {
    const std::string language = file.parent_path().filename().string();
    if (Status s = lexicon.LoadFile(file.string(), language); !s.ok()) return s;
  }
  return lexicon;
}

void FramingLexicon::ForEachMatch(
    const std::vector<Token>& tokens, std::string_view language,
    const std::function<void(size_t, size_t, const Form&)>& on_match) const {
  const auto index = forms_by_language_.find(language);
  if (index == forms_by_language_.end()) return;
  for (size_t i = 0; i < tokens.size();) {
    const Form* best = nullptr;
    if (const auto starts = index->second.find(tokens[i].fold); starts != index->second.end()) {
      for (const Form& form : starts->second) {
        if (i + form.words.size() > tokens.size()) continue;
        if (best != nullptr && form.words.size() <= best->words.size()) continue;
        if (std::equal(form.words.begin(), form.words.end(), tokens.begin() + i,
                       [](const std::string& word, const Token& t) { return word == t.fold; }))
          best = &form;
      }
    }
    if (best == nullptr) {
      ++i;
      continue;
    }
    on_match(i, i + best->words.size(), *best);
    i += best->words.size();
  }
}

namespace {

// The word and number tokens of `text`, spans shifted by `offset`: what
// framing forms are matched against.
std::vector<Token> WordTokens(std::string_view text, uint32_t offset) {
  std::vector<Token> words;
  for (Token& token : TokenizeText(text, offset))
    if (token.shape == TokenShape::kWord || token.shape == TokenShape::kNumber)
      words.push_back(std::move(token));
  return words;
}

}  // namespace

void FramingLexicon::ForEachBodyMatch(const Document& doc, const OnTextMatch& on_match) const {
  for (const Block& block : doc.blocks) {
    if (!IsBodyKind(block.kind)) continue;
    const std::vector<Token> words = WordTokens(doc.text(block.span), block.span.begin);
    ForEachMatch(words, doc.language,
                 [&](size_t first, size_t end, const Form& form) { on_match(words, first, end, form); });
  }
}

void FramingLexicon::AddMatch(FramingCounts& counts, const std::vector<Token>& words, size_t first,
                              size_t end, const Form& form) const {
  std::string as_written;
  for (size_t k = first; k < end; ++k)
    as_written += (as_written.empty() || as_written.ends_with('\'') ? "" : " ") + words[k].lower;
  VariantCount& count = counts[referents_[form.referent].id][form.label];
  ++count.total;
  ++count.as_written[as_written];
}

FramingCounts FramingLexicon::Count(std::string_view text, std::string_view language) const {
  FramingCounts counts;
  const std::vector<Token> words = WordTokens(text, 0);
  ForEachMatch(words, language, [&](size_t first, size_t end, const Form& form) {
    AddMatch(counts, words, first, end, form);
  });
  return counts;
}

FramingCounts FramingLexicon::CountBody(const Document& doc) const {
  FramingCounts counts;
  ForEachBodyMatch(doc, [&](const std::vector<Token>& words, size_t first, size_t end,
                            const Form& form) { AddMatch(counts, words, first, end, form); });
  return counts;
}

std::vector<WordChoice> FramingLexicon::FindInBody(const Document& doc) const {
  std::vector<WordChoice> found;
  ForEachBodyMatch(doc, [&](const std::vector<Token>& words, size_t first, size_t end,
                            const Form& form) {
    const FramingReferent& referent = referents_[form.referent];
    found.push_back({words[first].span.begin, words[end - 1].span.end, referent.id,
                     referent.description, form.label});
  });
  return found;
}

const FramingLexicon& DefaultFramingLexicon() {
  static const FramingLexicon lexicon = [] {
    Result<FramingLexicon> loaded = FramingLexicon::LoadDir(ResolveDataDir(""));
    return loaded.ok() ? std::move(loaded).value() : FramingLexicon();
  }();
  return lexicon;
}

}  // namespace recoupe
