#include "corpus/reuse_words.h"

#include <unicode/uchar.h>

#include <array>
#include <string>
#include <string_view>

#include "segment/text_case.h"
#include "segment/utf8.h"

namespace recoupe::corpus::reuse_internal {
namespace {

bool IsWordChar(char32_t cp) {
  if (cp < 0x80)
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  return u_isalnum(static_cast<UChar32>(cp)) != 0;
}

// Combining marks continue the word they follow (decomposed accents).
bool IsMark(char32_t cp) {
  return cp >= 0x80 && (U_GET_GC_MASK(static_cast<UChar32>(cp)) & U_GC_M_MASK) != 0;
}

// ' ’ ʼ ‘ : dropped when between two word characters.
bool IsApostrophe(char32_t cp) {
  return cp == '\'' || cp == 0x2019 || cp == 0x02BC || cp == 0x2018;
}

uint64_t Mix(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

WordHash HashBytes(std::string_view bytes) {
  uint64_t h = 0xcbf29ce484222325ULL;  // FNV-1a
  for (const char c : bytes) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;
  }
  h = Mix(h);
  return static_cast<WordHash>(h ^ (h >> 32));
}

// The folded form of every code point from U+0080 to U+024F (Latin-1
// Supplement, Latin Extended-A and B), made once with the segment stage's
// own lower-casing and folding.
class LatinFoldTable {
 public:
  static constexpr char32_t kEnd = 0x250;
  static const LatinFoldTable& Get() {
    static const LatinFoldTable table;
    return table;
  }
  const std::string& Of(char32_t cp) const { return folded_[cp - 0x80]; }

 private:
  LatinFoldTable() {
    std::string utf8, lower;
    for (char32_t cp = 0x80; cp < kEnd; ++cp) {
      utf8.clear();
      lower.clear();
      segment_internal::AppendUtf8(cp, &utf8);
      segment_internal::AppendLower(utf8, &lower);
      segment_internal::AppendFold(lower, &folded_[cp - 0x80]);
    }
  }
  std::array<std::string, kEnd - 0x80> folded_;
};

// Collects one body's words; reuses its buffers from word to word.
class WordScanner {
 public:
  WordScanner(std::vector<WordHash>* hashes, std::vector<Span>* spans)
      : hashes_(hashes), spans_(spans) {}

  void ScanBlock(std::string_view raw, Span block) {
    const std::string_view text = raw.substr(0, block.end);
    size_t pos = block.begin;
    while (pos < text.size()) {
      size_t length = 0;
      const char32_t cp = segment_internal::DecodeAt(text, pos, &length);
      if (IsWordChar(cp) || (in_word_ && IsMark(cp))) {
        if (!in_word_) StartWord(pos);
        if (hashes_ != nullptr) word_.append(text.substr(pos, length));
        ascii_ = ascii_ && cp < 0x80;
        word_end_ = static_cast<uint32_t>(pos + length);
      } else if (!(in_word_ && IsApostrophe(cp) && WordCharAt(text, pos + length))) {
        FinishWord();
      }
      pos += length;
    }
    FinishWord();
  }

 private:
  static bool WordCharAt(std::string_view text, size_t pos) {
    if (pos >= text.size()) return false;
    size_t length = 0;
    return IsWordChar(segment_internal::DecodeAt(text, pos, &length));
  }

  void StartWord(size_t pos) {
    in_word_ = true;
    ascii_ = true;
    word_begin_ = static_cast<uint32_t>(pos);
    word_.clear();
  }

  void FinishWord() {
    if (!in_word_) return;
    in_word_ = false;
    if (spans_ != nullptr) spans_->push_back(Span{word_begin_, word_end_});
    if (hashes_ == nullptr) return;
    if (ascii_) {
      for (char& c : word_) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
      }
      hashes_->push_back(HashBytes(word_));
    } else {
      Fold(word_, &folded_);
      hashes_->push_back(HashBytes(folded_));
    }
  }

  // `word` lower-cased and folded as segment_internal::AppendLower and
  // AppendFold do, which map code point by code point: Latin letters
  // (below U+0250) from a table made with them, other words through them.
  void Fold(std::string_view word, std::string* folded) {
    folded->clear();
    const LatinFoldTable& table = LatinFoldTable::Get();
    for (size_t i = 0; i < word.size();) {
      size_t length = 0;
      const char32_t cp = segment_internal::DecodeAt(word, i, &length);
      i += length;
      if (cp < 0x80) {
        folded->push_back(cp >= 'A' && cp <= 'Z' ? static_cast<char>(cp + ('a' - 'A'))
                                                 : static_cast<char>(cp));
      } else if (cp < LatinFoldTable::kEnd) {
        folded->append(table.Of(cp));
      } else {
        lower_.clear();
        folded->clear();
        segment_internal::AppendLower(word, &lower_);
        segment_internal::AppendFold(lower_, folded);
        return;
      }
    }
  }

  std::vector<WordHash>* hashes_;
  std::vector<Span>* spans_;
  bool in_word_ = false;
  bool ascii_ = true;
  uint32_t word_begin_ = 0;
  uint32_t word_end_ = 0;
  std::string word_;  // the word's bytes, apostrophes left out
  std::string lower_;
  std::string folded_;
};

}  // namespace

void ScanBodyWords(const Document& doc, std::vector<WordHash>* hashes, std::vector<Span>* spans) {
  WordScanner scanner(hashes, spans);
  for (const Block& block : doc.blocks) {
    if (IsBodyKind(block.kind)) scanner.ScanBlock(doc.raw, block.span);
  }
}

uint64_t ShingleHash(std::span<const WordHash> words) {
  uint64_t h = 0x9e3779b97f4a7c15ULL ^ words.size();
  for (const WordHash word : words) h = Mix(h ^ word) + 0x9e3779b97f4a7c15ULL;
  return h;
}

void WordStore::Add(const Document& doc) {
  ScanBodyWords(doc, &words_, nullptr);
  starts_.push_back(words_.size());
}

}  // namespace recoupe::corpus::reuse_internal
