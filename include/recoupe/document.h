// The document model shared by every stage.
//
// THE OFFSET INVARIANT. `Document::raw` is immutable once the document is
// read. Every annotation (block, sentence, token, and later date, figure,
// entity, claim) carries a half-open byte span [begin, end) into `raw`, and
// the text it reports is exactly `raw.substr(begin, end - begin)`.
//
// What `raw` holds:
//   - text input (.txt, JSONL "text"): the input bytes when they are valid
//     UTF-8; otherwise their UTF-8 transcoding from Windows-1252
//     (`source_encoding` says so). Only valid UTF-8 ever reaches `raw`.
//   - HTML input (.html, JSONL "html"): the visible text of the page as the
//     HTML parser reads it (entities decoded, one block per line); the page
//     itself is kept in `html`, and each block knows its source offset there.
//
// Stages never edit `raw`. Normalisation (NFC, typographic quotes and
// apostrophes, exotic spaces, ellipsis) produces a separate text with a map
// back to raw offsets (see segment/normalizer.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "recoupe/annotations.h"

namespace recoupe {

// A half-open byte range [begin, end) in Document::raw.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return begin == end; }
  friend bool operator==(const Span&, const Span&) = default;
};

enum class InputKind { kText, kHtml };

// What a block of the page is. kBody blocks make the article body; every
// other kind is removed from the body and reported under `removed` (captions
// and credits are removed from the body but kept, because they carry facts).
enum class BlockKind {
  kBody,
  kHeading,     // a crosshead inside the body; kept in the body
  kTitle,
  kSubtitle,    // standfirst / lede under the title; kept in the body
  kByline,
  kDateline,
  kCaption,
  kCredit,
  kNotice,      // "Cet article date de plus de huit ans", reading time, update stamps
  kCookie,
  kDonation,
  kComments,
  kRelated,     // "Lire aussi", "À LIRE AUSSI", "Read more"
  kNavigation,  // section labels, menus, share buttons
  kOther,
};

// Stable lower-case name used in JSON and data files ("body", "cookie", ...).
std::string_view BlockKindName(BlockKind kind);
std::optional<BlockKind> BlockKindFromName(std::string_view name);
// Body, heading and subtitle blocks make up the article body.
bool IsBodyKind(BlockKind kind);

struct Block {
  Span span;
  BlockKind kind = BlockKind::kBody;
  // Why the classifier chose `kind` (cue names and signals), for --explain
  // and for tests; empty for plain body text.
  std::string reason;
  // HTML input only: byte offset of the block's first text node in `html`.
  std::optional<uint32_t> html_offset;
};

enum class TokenShape : uint8_t {
  kWord,      // letters, with inner hyphens or apostrophes ("Ki-moon", "aujourd'hui")
  kNumber,    // digits with separators ("10 000", "2,5", "1.500", "27")
  kPunct,     // . , ; : ! ? « » " ( ) ...
  kSymbol,    // € % © / and anything else
};

enum TokenFlag : uint16_t {
  kCapitalized = 1 << 0,      // first letter upper case
  kAllCaps = 1 << 1,          // two or more letters, all upper case
  kSentenceInitial = 1 << 2,  // first token of its sentence
  kElided = 1 << 3,           // an elided article or pronoun: l' d' qu' jusqu' ...
  kHyphenated = 1 << 4,       // a word with an inner hyphen
  kSpaceBefore = 1 << 5,      // white space separates it from the previous token
};

struct Token {
  Span span;              // raw bytes of the token
  std::string norm;       // normalised form (NFC, ’ → ', exotic spaces → ' ')
  std::string lower;      // `norm` lower-cased (diacritics kept)
  std::string fold;       // `lower` without diacritics: "février" → "fevrier"
  TokenShape shape = TokenShape::kWord;
  uint16_t flags = 0;
  std::optional<double> number;  // the value of a kNumber token: "10 000" → 10000
  uint32_t sentence = 0;         // index into Document::sentences

  bool has(TokenFlag flag) const { return (flags & flag) != 0; }
};

struct Sentence {
  Span span;
  uint32_t first_token = 0;  // [first_token, end_token) in Document::tokens
  uint32_t end_token = 0;
  uint32_t block = 0;        // index into Document::blocks
};

// Metadata as stated by the input (JSONL fields, HTML meta) or found in the
// text by the cleaner. Each string is either copied from the input's own
// metadata or is the text of a span of `raw`.
struct Metadata {
  std::optional<std::string> title;
  std::vector<std::string> bylines;
  std::optional<std::string> outlet;
  std::string outlet_basis;  // "input", "html_meta", "url", "text", or empty
  std::optional<std::string> published;  // as stated: YYYY-MM-DD or a longer ISO date
  std::optional<std::string> language;   // as stated by the input
  std::optional<std::string> dateline;
};

// A problem with one document that did not stop it from being analysed
// (a fallback encoding, a truncated field). Fatal problems never make a
// Document: they are reported as ingest errors instead.
struct Warning {
  std::string code;     // "encoding_fallback", "no_body", ...
  std::string message;
};

struct Document {
  std::string id;
  std::string path;                 // file path, "-" for standard input
  std::optional<uint32_t> line;     // JSONL line number (1-based)
  std::optional<std::string> url;
  InputKind kind = InputKind::kText;
  std::string source_encoding = "utf-8";

  std::string raw;   // see THE OFFSET INVARIANT above
  std::string html;  // HTML input only

  Metadata meta;
  std::string language;             // ISO 639-1, "und" when unknown
  std::vector<Block> blocks;        // ordered, non-overlapping, within raw
  std::vector<Sentence> sentences;  // body sentences, in order
  std::vector<Token> tokens;        // body tokens, in order (released after a batch run
                                    // unless PipelineOptions::keep_tokens)
  uint32_t token_count = 0;         // tokens.size() before any release
  std::vector<Warning> warnings;

  // Annotation layers (recoupe/annotations.h), one per annotation stage.
  PublishedDate published;             // filled from meta.published or inferred
  std::vector<DateMention> dates;
  std::vector<EntityMention> entities;
  std::vector<Figure> figures;
  std::vector<Claim> claims;
  std::vector<WordChoice> word_choice;  // in text order
  std::vector<Flag> flags;
  // Corpus stage: ids of the events this document reports, the one it is
  // mainly about first.
  std::vector<std::string> events;

  std::string_view text(Span span) const {
    return std::string_view(raw).substr(span.begin, span.size());
  }
};

}  // namespace recoupe
