#include "segment/tokenizer.h"

#include <cstring>

#include <unicode/uchar.h>

#include "segment/normalizer.h"
#include "segment/text_case.h"
#include "segment/utf8.h"

namespace recoupe {
namespace {

using segment_internal::DecodeAt;

enum class CharClass : uint8_t { kSpace, kLetter, kDigit, kPunct, kSymbol, kEnd };

constexpr std::string_view kAsciiPunct = ".,;:!?\"'()[]{}-";

struct AsciiClasses {
  CharClass of[128];
  constexpr AsciiClasses() : of() {
    for (int c = 0; c < 128; ++c) {
      CharClass cls = CharClass::kSymbol;
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
        cls = CharClass::kSpace;
      } else if (c >= '0' && c <= '9') {
        cls = CharClass::kDigit;
      } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        cls = CharClass::kLetter;
      } else if (kAsciiPunct.find(static_cast<char>(c)) != std::string_view::npos) {
        cls = CharClass::kPunct;
      }
      of[c] = cls;
    }
  }
};
constexpr AsciiClasses kAsciiClasses;

// REQUIRES: c is ASCII.
inline CharClass ClassifyAscii(char c) { return kAsciiClasses.of[static_cast<int>(c)]; }

CharClass ClassifyCodePoint(char32_t cp) {
  const auto c = static_cast<UChar32>(cp);
  if (u_isUWhiteSpace(c)) return CharClass::kSpace;
  const uint32_t mask = U_GET_GC_MASK(c);
  // Letters, combining marks and non-ASCII digits all belong to words.
  if ((mask & (U_GC_L_MASK | U_GC_M_MASK | U_GC_ND_MASK)) != 0) return CharClass::kLetter;
  if ((mask & U_GC_P_MASK) != 0) return CharClass::kPunct;
  return CharClass::kSymbol;
}

bool IsUpper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return u_isupper(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp));
}

bool IsLower(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return u_islower(static_cast<UChar32>(cp));
}

class Tokenizer {
 public:
  Tokenizer(std::string_view raw, uint32_t raw_offset, const Abbreviations& lexicon,
            std::vector<Token>* out)
      : norm_(Normalize(raw)), t_(norm_.text), raw_offset_(raw_offset), lexicon_(lexicon),
        out_(out) {}

  void Run() {
    size_t i = 0;
    const size_t n = t_.size();
    while (i < n) {
      size_t length = 0;
      const CharClass cls = ClassAt(i, &length);
      switch (cls) {
        case CharClass::kSpace:
          space_before_ = true;
          i += length;
          break;
        case CharClass::kLetter:
          i = ScanWord(i);
          break;
        case CharClass::kDigit:
          i = ScanNumber(i);
          break;
        default:
          i = ScanPunct(i, cls, length);
          break;
      }
    }
  }

 private:
  // Class of the code point at i (kEnd past the end); sets *length.
  CharClass ClassAt(size_t i, size_t* length) const {
    if (i >= t_.size()) {
      *length = 0;
      return CharClass::kEnd;
    }
    const char c = t_[i];
    if (static_cast<unsigned char>(c) < 0x80) {
      *length = 1;
      return ClassifyAscii(c);
    }
    return ClassifyCodePoint(DecodeAt(t_, i, length));
  }
  CharClass ClassAt(size_t i) const {
    size_t length = 0;
    return ClassAt(i, &length);
  }
  bool DigitAt(size_t i) const { return i < t_.size() && t_[i] >= '0' && t_[i] <= '9'; }
  char CharAt(size_t i) const { return i < t_.size() ? t_[i] : '\0'; }

  // True when normalised byte i is a '.' whose raw character gives no further
  // byte (not the first dot an ellipsis '…' became): a word may take it as
  // its own without its raw span swallowing the rest of the ellipsis, which
  // would overlap the next token.
  bool RawDotAt(size_t i) const {
    return CharAt(i) == '.' && (i + 1 >= t_.size() || norm_.to_raw[i + 1] != norm_.to_raw[i]);
  }

  // Length of an inner hyphen at i ('-', U+2010, U+2011), or 0.
  size_t HyphenAt(size_t i) const {
    if (i >= t_.size()) return 0;
    if (t_[i] == '-') return 1;
    if (t_[i] != '\xE2') return 0;
    if (t_.compare(i, 3, "\u2010") == 0 || t_.compare(i, 3, "\u2011") == 0) return 3;
    return 0;
  }

  // End of the run of letters and digits starting at i, through inner
  // apostrophes (before a letter) and inner hyphens (before a letter or digit).
  size_t WordEnd(size_t i) const {
    size_t j = i;
    for (;;) {
      size_t length = 0;
      CharClass cls = ClassAt(j, &length);
      while (cls == CharClass::kLetter || cls == CharClass::kDigit) {
        j += length;
        cls = ClassAt(j, &length);
      }
      if (CharAt(j) == '\'' && ClassAt(j + 1) == CharClass::kLetter) {
        j += 1;
        continue;
      }
      if (const size_t hyphen = HyphenAt(j); hyphen > 0) {
        const CharClass next = ClassAt(j + hyphen);
        if (next == CharClass::kLetter || next == CharClass::kDigit) {
          j += hyphen;
          continue;
        }
      }
      return j;
    }
  }

  size_t ScanWord(size_t i) {
    size_t e = WordEnd(i);
    const std::string_view word = t_.substr(i, e - i);
    if (word.find('\'') != std::string_view::npos) {
      if (const size_t elision = lexicon_.ElisionLength(word); elision > 0) {
        Emit(i, i + elision, TokenShape::kWord, kElided);
        return ScanWord(i + elision);  // "l'O.N.U.", "d'aujourd'hui"
      }
    }
    size_t first_length = 0;
    const char32_t first = DecodeAt(t_, i, &first_length);
    if (e == i + first_length && IsUpper(first) && RawDotAt(e)) {
      // An initial ("J.") or a dotted acronym ("U.S.", "O.N.U.").
      size_t k = e + 1;
      for (;;) {
        size_t length = 0;
        if (ClassAt(k, &length) != CharClass::kLetter || !RawDotAt(k + length)) break;
        size_t cp_length = 0;
        if (!IsUpper(DecodeAt(t_, k, &cp_length))) break;
        k += length + 1;
      }
      Emit(i, k, TokenShape::kWord, 0);
      return k;
    }
    if (RawDotAt(e)) {
      scratch_.assign(t_.substr(i, e + 1 - i));
      if (lexicon_.KeepsDot(scratch_)) ++e;
    }
    EmitWord(i, e);
    return e;
  }

  // Splits an inverted pronoun off the word [b, e).
  void EmitWord(size_t b, size_t e) {
    const std::string_view word = t_.substr(b, e - b);
    if (word.find('-') != std::string_view::npos) {
      const size_t pronoun = lexicon_.InvertedPronounLength(word);
      if (pronoun > 0 && ClassAt(e - pronoun - 1) == CharClass::kLetter) {
        Emit(b, e - pronoun, TokenShape::kWord, 0);
        Emit(e - pronoun, e, TokenShape::kWord, 0);
        return;
      }
    }
    Emit(b, e, TokenShape::kWord, 0);
  }

  size_t ScanNumber(size_t i) {
    size_t j = i;
    double value = 0;
    while (DigitAt(j)) value = value * 10 + (t_[j++] - '0');
    // Digits right after "12." or "27/" continue a date or a code: no grouping.
    const bool continuation =
        i >= 2 && (t_[i - 1] == '.' || t_[i - 1] == ',' || t_[i - 1] == '/') && DigitAt(i - 2);
    char group = 0;
    bool decimal = false;
    if (!continuation && j - i <= 3) {
      for (;;) {
        const char c = CharAt(j);
        if ((c == ' ' || c == '.' || c == ',') && (group == 0 || group == c) &&
            DigitAt(j + 1) && DigitAt(j + 2) && DigitAt(j + 3) && !DigitAt(j + 4)) {
          value = value * 1000 + (t_[j + 1] - '0') * 100 + (t_[j + 2] - '0') * 10 +
                  (t_[j + 3] - '0');
          group = c;
          j += 4;
          continue;
        }
        break;
      }
    }
    const char c = CharAt(j);
    if (!continuation && (c == ',' || c == '.') && c != group && DigitAt(j + 1)) {
      size_t k = j + 1;
      while (DigitAt(k)) ++k;
      const char after = CharAt(k);
      if (!((after == '.' || after == ',') && DigitAt(k + 1))) {
        double scale = 0.1;
        for (size_t d = j + 1; d < k; ++d, scale /= 10) value += (t_[d] - '0') * scale;
        j = k;
        decimal = true;
      }
    }
    if (group == 0 && !decimal && ClassAt(j) == CharClass::kLetter) {
      // "1er", "2e", "3rd": one ordinal word; "24h" stays "24" "h".
      size_t k = j;
      size_t length = 0;
      while (ClassAt(k, &length) == CharClass::kLetter) k += length;
      if (ClassAt(k) != CharClass::kDigit && HyphenAt(k) == 0 && CharAt(k) != '\'') {
        scratch_.clear();
        segment_internal::AppendLower(t_.substr(j, k - j), &scratch_);
        if (lexicon_.IsOrdinalSuffix(scratch_)) {
          Emit(i, k, TokenShape::kWord, 0);
          return k;
        }
      }
    }
    Emit(i, j, TokenShape::kNumber, 0);
    out_->back().number = value;
    return j;
  }

  size_t ScanPunct(size_t i, CharClass cls, size_t length) {
    if (t_[i] == '.') {
      size_t k = i + 1;
      while (CharAt(k) == '.') ++k;
      Emit(i, k, TokenShape::kPunct, 0);
      return k;
    }
    Emit(i, i + length, cls == CharClass::kPunct ? TokenShape::kPunct : TokenShape::kSymbol, 0);
    return i + length;
  }

  void Emit(size_t b, size_t e, TokenShape shape, uint16_t flags) {
    Token& token = out_->emplace_back();
    token.span.begin = raw_offset_ + norm_.RawBegin(static_cast<uint32_t>(b));
    token.span.end = raw_offset_ + norm_.RawEnd(static_cast<uint32_t>(e));
    const std::string_view norm = t_.substr(b, e - b);
    token.norm.assign(norm);
    token.shape = shape;
    if (space_before_) flags |= kSpaceBefore;
    space_before_ = false;
    if (segment_internal::IsAscii(norm)) {
      bool has_upper = false;
      bool has_lower = false;
      int letters = 0;
      token.lower.resize(norm.size());
      for (size_t k = 0; k < norm.size(); ++k) {
        const char c = norm[k];
        if (c >= 'A' && c <= 'Z') {
          has_upper = true;
          ++letters;
          token.lower[k] = static_cast<char>(c + ('a' - 'A'));
        } else {
          if (c >= 'a' && c <= 'z') {
            has_lower = true;
            ++letters;
          }
          token.lower[k] = c;
        }
      }
      token.fold = token.lower;
      if (shape == TokenShape::kWord) {
        if (norm[0] >= 'A' && norm[0] <= 'Z') flags |= kCapitalized;
        if (letters >= 2 && has_upper && !has_lower) flags |= kAllCaps;
        if (norm.find('-') != std::string_view::npos && norm[0] != '-') flags |= kHyphenated;
      }
    } else {
      segment_internal::AppendLower(norm, &token.lower);
      segment_internal::AppendFold(token.lower, &token.fold);
      if (shape == TokenShape::kWord) WordFlags(norm, &flags);
    }
    token.flags = flags;
  }

  void WordFlags(std::string_view norm, uint16_t* flags) const {
    size_t length = 0;
    if (IsUpper(DecodeAt(norm, 0, &length))) *flags |= kCapitalized;
    int letters = 0;
    bool has_upper = false;
    bool has_lower = false;
    for (size_t k = 0; k < norm.size(); k += length) {
      const char32_t cp = DecodeAt(norm, k, &length);
      if (IsUpper(cp)) {
        has_upper = true;
        ++letters;
      } else if (IsLower(cp)) {
        has_lower = true;
        ++letters;
      }
    }
    if (letters >= 2 && has_upper && !has_lower) *flags |= kAllCaps;
    for (size_t k = 1; k < norm.size(); ++k) {
      if (HyphenAtIn(norm, k)) {
        *flags |= kHyphenated;
        break;
      }
    }
  }

  static bool HyphenAtIn(std::string_view s, size_t k) {
    return s[k] == '-' || s.compare(k, 3, "\u2010") == 0 || s.compare(k, 3, "\u2011") == 0;
  }

  const NormalizedText norm_;
  const std::string_view t_;
  const uint32_t raw_offset_;
  const Abbreviations& lexicon_;
  std::vector<Token>* out_;
  bool space_before_ = false;
  std::string scratch_;
};

}  // namespace

void AppendTokens(std::string_view raw_utf8, uint32_t raw_offset,
                  const Abbreviations& abbreviations, std::vector<Token>* tokens) {
  Tokenizer(raw_utf8, raw_offset, abbreviations, tokens).Run();
}

std::vector<Token> TokenizeText(std::string_view raw_utf8, uint32_t raw_offset,
                                const Abbreviations* abbreviations) {
  std::vector<Token> tokens;
  tokens.reserve(raw_utf8.size() / 5 + 1);
  AppendTokens(raw_utf8, raw_offset,
               abbreviations != nullptr ? *abbreviations : DefaultAbbreviations(), &tokens);
  return tokens;
}

std::vector<std::string> FoldedWordForms(std::string_view text) {
  std::vector<std::string> words;
  for (const Token& token : TokenizeText(text))
    if (token.shape == TokenShape::kWord || token.shape == TokenShape::kNumber)
      words.push_back(token.fold);
  return words;
}

}  // namespace recoupe
