// Word choice: the variant words outlets use for the same referent ("djihadistes"
// or "terroristes", "régime" or "gouvernement"), loaded from
// data/<lang>/framing.txt (format: docs/data-files.md), found in the body of
// each document (the word-choice stage) and counted per outlet (reports).
// Immutable after loading; safe to share between threads.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "recoupe/annotations.h"
#include "recoupe/document.h"
#include "recoupe/status.h"
#include "util/string_hash.h"

namespace recoupe {

// One way of naming a referent: a label shown in the report and the word
// forms that count for it (each a phrase of one or more folded words).
struct FramingVariant {
  std::string label;
  std::vector<std::vector<std::string>> forms;
};

// What is named: an id shared by every language ("armed_groups"), a
// description for the reader, and its variants in each language.
struct FramingReferent {
  std::string id;
  std::string description;
  std::vector<FramingVariant> variants;  // every loaded language, file order
};

// Occurrences of one variant: in all, and per form as written (lower case,
// accents kept: "libérée", "libération").
struct VariantCount {
  uint32_t total = 0;
  std::map<std::string, uint32_t> as_written;
  void Add(const VariantCount& other);
};

// counts[referent id][variant label]
using FramingCounts = std::map<std::string, std::map<std::string, VariantCount>>;
// Adds `more` into `counts`.
void AddCounts(FramingCounts& counts, const FramingCounts& more);

class FramingLexicon {
 public:
  // Adds the referents of one language's file; `name` is used in error
  // messages. A referent id already seen (in another language) gets the new
  // variants appended.
  Status Parse(std::string_view text, std::string_view name, std::string_view language);
  Status LoadFile(const std::string& path, std::string_view language);
  // Every data_dir/<lang>/framing.txt; an error when there is none.
  static Result<FramingLexicon> LoadDir(const std::string& data_dir);

  // Occurrences in `text` of the forms of `language`, matched on folded
  // words (lower case, no accents) at word boundaries; where forms overlap,
  // the longest match starting first wins and its words count once.
  FramingCounts Count(std::string_view text, std::string_view language) const;
  // The same over the body blocks of `doc`, in the document's language.
  FramingCounts CountBody(const Document& doc) const;
  // The occurrences counted by CountBody, each with its span of doc.raw, in
  // text order: the word-choice stage's layer.
  std::vector<WordChoice> FindInBody(const Document& doc) const;
  // Fills doc.word_choice (the word-choice stage).
  void Annotate(Document& doc) const { doc.word_choice = FindInBody(doc); }

  const std::vector<FramingReferent>& referents() const { return referents_; }
  bool empty() const { return referents_.empty(); }

 private:
  // A form of one language, pointing at its referent and variant.
  struct Form {
    std::vector<std::string> words;
    uint32_t referent;
    std::string label;
  };
  // The forms of one language, indexed by their first folded word.
  using FormIndex = StringMap<std::vector<Form>>;
  // Calls on_match(first, end, form) for each occurrence in `tokens` (word
  // and number tokens of one text): the longest form starting first wins,
  // and matching resumes after it.
  void ForEachMatch(const std::vector<Token>& tokens, std::string_view language,
                    const std::function<void(size_t, size_t, const Form&)>& on_match) const;
  // The same over each body block of `doc`, with the block's word tokens
  // (spans into doc.raw): what CountBody counts and FindInBody lists.
  using OnTextMatch =
      std::function<void(const std::vector<Token>&, size_t, size_t, const Form&)>;
  void ForEachBodyMatch(const Document& doc, const OnTextMatch& on_match) const;
  // Counts one occurrence, with its words as written (lower case).
  void AddMatch(FramingCounts& counts, const std::vector<Token>& words, size_t first, size_t end,
                const Form& form) const;
  std::vector<FramingReferent> referents_;
  std::map<std::string, FormIndex, std::less<>> forms_by_language_;
};

// The folded words of `phrase` joined by single spaces, tokenised like the
// text: "État islamique" → "etat islamique".
std::string FoldPhrase(std::string_view phrase);

// The lexicon of the default data directory (ResolveDataDir("")), loaded on
// first use; empty when it cannot be loaded.
const FramingLexicon& DefaultFramingLexicon();

}  // namespace recoupe
