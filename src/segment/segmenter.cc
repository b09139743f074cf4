#include "segment/segmenter.h"

#include <filesystem>
#include <system_error>

#include "segment/tokenizer.h"

namespace recoupe {
namespace {

bool IsPunct(const Token& token, std::string_view norm) {
  return token.shape == TokenShape::kPunct && token.norm == norm;
}

// ". ! ? ..." (a run of dots is one token).
bool IsFinalPunct(const Token& token) {
  return token.shape == TokenShape::kPunct &&
         (token.norm[0] == '.' || token.norm == "!" || token.norm == "?");
}

bool OpensSentence(const Token& token) {
  if (!token.has(kSpaceBefore)) return false;
  if (token.has(kCapitalized)) return true;
  const char first = token.norm[0];
  if (first >= '0' && first <= '9') return true;
  return token.shape == TokenShape::kPunct &&
         (token.norm == "\u00ab" || token.norm == "\"" || token.norm == "(" ||
          token.norm == "\u2014" || token.norm == "\u2013" || token.norm == "-");
}

// Splits [first, end) into pieces of at most kMaxSentenceTokens, each cut
// after the last ";", ":" or "," of its second half when there is one.
void AppendCapped(std::span<const Token> tokens, uint32_t first, uint32_t end,
                  std::vector<SentenceBounds>& sentences) {
  while (end - first > kMaxSentenceTokens) {
    uint32_t cut = first + kMaxSentenceTokens;
    for (uint32_t k = cut; k > first + kMaxSentenceTokens / 2; --k) {
      const Token& token = tokens[k - 1];
      if (IsPunct(token, ";") || IsPunct(token, ":") || IsPunct(token, ",")) {
        cut = k;
        break;
      }
    }
    sentences.push_back({first, cut});
    first = cut;
  }
  sentences.push_back({first, end});
}

}  // namespace

std::vector<SentenceBounds> SplitSentences(std::span<const Token> tokens,
                                           const Abbreviations& abbreviations) {
  std::vector<SentenceBounds> sentences;
  const auto n = static_cast<uint32_t>(tokens.size());
  int guillemets = 0;       // open « not yet closed
  bool in_straight = false;  // inside "..."
  uint32_t start = 0;
  for (uint32_t i = 0; i < n; ++i) {
    const Token& token = tokens[i];
    if (IsPunct(token, "\u00ab")) {
      ++guillemets;
      continue;
    }
    if (IsPunct(token, "\u00bb")) {
      if (guillemets > 0) --guillemets;
      continue;
    }
    if (IsPunct(token, "\"")) {
      in_straight = !in_straight;
      continue;
    }
    const bool abbreviation_end =
        token.shape == TokenShape::kWord && token.norm.back() == '.' &&
        abbreviations.EndsSentence(token.norm);
    if (!IsFinalPunct(token) && !abbreviation_end) continue;
    // Take in the punctuation that closes the sentence: "?!", "... »", '."', ".)".
    uint32_t j = i + 1;
    bool closed_quote = false;
    while (j < n) {
      const Token& next = tokens[j];
      if (IsFinalPunct(next) || IsPunct(next, ")")) {
        ++j;
      } else if (IsPunct(next, "\u00bb") && guillemets > 0) {
        --guillemets;
        closed_quote = true;
        ++j;
      } else if (IsPunct(next, "\"") && in_straight) {
        in_straight = false;
        closed_quote = true;
        ++j;
      } else {
        break;
      }
    }
    i = j - 1;
    if (j == n) break;
    if ((guillemets > 0 || in_straight) && !closed_quote) continue;
    const Token& next = tokens[j];
    const bool opens = abbreviation_end && !IsFinalPunct(token)
                           ? next.has(kSpaceBefore) && next.has(kCapitalized)
                           : OpensSentence(next);
    if (!opens) continue;
    AppendCapped(tokens, start, j, sentences);
    start = j;
    // A new sentence starts outside any quotation.
    guillemets = 0;
    in_straight = false;
  }
  if (start < n) AppendCapped(tokens, start, n, sentences);
  return sentences;
}

Result<Segmenter> Segmenter::Load(const std::string& data_dir) {
  Segmenter segmenter;
  std::error_code error;
  std::filesystem::directory_iterator it(data_dir, error);
  if (error) {
    return Status::Error(data_dir + ": cannot read the data directory (" + error.message() + ")");
  }
  for (const auto& entry : it) {
    const std::filesystem::path file = entry.path() / "abbreviations.txt";
    if (!entry.is_directory(error) || !std::filesystem::exists(file, error)) continue;
    Result<Abbreviations> lexicon = Abbreviations::LoadFile(file.string());
    if (!lexicon.ok()) return lexicon.status();
    segmenter.lexicons_.emplace(entry.path().filename().string(), std::move(lexicon).value());
  }
  if (segmenter.lexicons_.empty()) {
    return Status::Error(data_dir + ": expected at least one <lang>/abbreviations.txt");
  }
  return segmenter;
}

const Abbreviations& Segmenter::LexiconFor(std::string_view language) const {
  if (auto it = lexicons_.find(language); it != lexicons_.end()) return it->second;
  if (auto it = lexicons_.find("fr"); it != lexicons_.end()) return it->second;
  return empty_;
}

void Segmenter::Segment(Document& doc) const {
  const Abbreviations& lexicon = LexiconFor(doc.language);
  size_t body_bytes = 0;
  for (const Block& block : doc.blocks) {
    if (IsBodyKind(block.kind)) body_bytes += block.span.size();
  }
  // About one token per 5 bytes of French news text; avoids regrowing the vector.
  if (doc.tokens.empty()) doc.tokens.reserve(body_bytes / 5 + 16);
  doc.sentences.reserve(doc.sentences.size() + body_bytes / 100 + 4);
  // Tokens already there (the cleaner's, see Segment's contract) are split
  // into sentences as they are; otherwise each body block is tokenised here.
  const bool pretokenized = !doc.tokens.empty() && doc.sentences.empty();
  size_t next_token = 0;
  for (uint32_t b = 0; b < doc.blocks.size(); ++b) {
    const Block& block = doc.blocks[b];
    if (!IsBodyKind(block.kind)) continue;
    uint32_t first, end;
    if (pretokenized) {
      while (next_token < doc.tokens.size() && doc.tokens[next_token].span.end <= block.span.begin)
        ++next_token;
      first = static_cast<uint32_t>(next_token);
      while (next_token < doc.tokens.size() && doc.tokens[next_token].span.begin < block.span.end)
        ++next_token;
      end = static_cast<uint32_t>(next_token);
    } else {
      first = static_cast<uint32_t>(doc.tokens.size());
      AppendTokens(doc.text(block.span), block.span.begin, lexicon, &doc.tokens);
      end = static_cast<uint32_t>(doc.tokens.size());
    }
    const std::span<const Token> tokens(doc.tokens.data() + first, end - first);
    for (const SentenceBounds& bounds : SplitSentences(tokens, lexicon)) {
      Sentence sentence;
      sentence.first_token = first + bounds.first_token;
      sentence.end_token = first + bounds.end_token;
      sentence.block = b;
      sentence.span = {doc.tokens[sentence.first_token].span.begin,
                       doc.tokens[sentence.end_token - 1].span.end};
      const auto index = static_cast<uint32_t>(doc.sentences.size());
      for (uint32_t t = sentence.first_token; t < sentence.end_token; ++t) {
        doc.tokens[t].sentence = index;
      }
      doc.tokens[sentence.first_token].flags |= kSentenceInitial;
      doc.sentences.push_back(sentence);
    }
  }
}

}  // namespace recoupe
