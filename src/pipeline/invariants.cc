#include "recoupe/pipeline.h"

namespace recoupe {
namespace {

Status Violation(const Document& doc, const std::string& what) {
  return Status::Error(doc.id + ": invariant broken: " + what);
}

bool InRaw(const Document& doc, Span s) { return s.begin <= s.end && s.end <= doc.raw.size(); }

bool OnCharBoundary(const Document& doc, uint32_t offset) {
  return offset >= doc.raw.size() || (static_cast<unsigned char>(doc.raw[offset]) & 0xC0) != 0x80;
}

}  // namespace

Status CheckInvariants(const Document& doc) {
  uint32_t previous_end = 0;
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    const Span s = doc.blocks[i].span;
    if (!InRaw(doc, s)) return Violation(doc, "block " + std::to_string(i) + " outside raw");
    if (s.begin < previous_end)
      return Violation(doc, "block " + std::to_string(i) + " overlaps or precedes the previous");
    if (!OnCharBoundary(doc, s.begin) || !OnCharBoundary(doc, s.end))
      return Violation(doc, "block " + std::to_string(i) + " cuts a UTF-8 character");
    previous_end = s.end;
  }
  // Tokens may have been released after a batch run; token_count remembers them.
  const size_t token_total = doc.tokens.empty() ? doc.token_count : doc.tokens.size();
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& s = doc.sentences[i];
    if (!InRaw(doc, s.span) || s.block >= doc.blocks.size() || s.end_token > token_total ||
        s.first_token > s.end_token)
      return Violation(doc, "sentence " + std::to_string(i) + " out of range");
    const Span block = doc.blocks[s.block].span;
    if (s.span.begin < block.begin || s.span.end > block.end)
      return Violation(doc, "sentence " + std::to_string(i) + " outside its block");
  }
  uint32_t previous_token_end = 0;
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    const Token& t = doc.tokens[i];
    if (!InRaw(doc, t.span) || t.span.begin < previous_token_end)
      return Violation(doc, "token " + std::to_string(i) + " out of order or outside raw");
    if (!OnCharBoundary(doc, t.span.begin) || !OnCharBoundary(doc, t.span.end))
      return Violation(doc, "token " + std::to_string(i) + " cuts a UTF-8 character");
    previous_token_end = t.span.end;
  }
  uint32_t previous_word_end = 0;
  for (size_t i = 0; i < doc.word_choice.size(); ++i) {
    const WordChoice& w = doc.word_choice[i];
    if (!InRaw(doc, {w.begin, w.end}) || w.begin < previous_word_end)
      return Violation(doc, "word choice " + std::to_string(i) + " out of order or outside raw");
    previous_word_end = w.end;
  }
  return Status::Ok();
}

}  // namespace recoupe
