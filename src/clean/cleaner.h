// The cleaning stage: splits a document into blocks and says what each block
// is (body, title, byline, caption, credit, cookie banner, donation appeal,
// ...), then reads the page's own metadata out of those blocks: title,
// bylines, outlet, dateline.
//
// Every decision comes from general signals and the cue lexicons of
// data/<lang>/clean-cues.txt; Block::reason records which ones.
#pragma once

#include <memory>
#include <string>

#include "clean/cue_lexicon.h"
#include "clean/outlets.h"
#include "recoupe/document.h"
#include "recoupe/status.h"

namespace recoupe {

class Cleaner {
 public:
  // Loads data/*/clean-cues.txt (every language: boilerplate on a page is
  // often in another language than its article) and data/common/outlets.tsv.
  static Result<std::unique_ptr<Cleaner>> Load(const std::string& data_dir);
  // For tests: resources given directly.
  Cleaner(CueLexicon cues, OutletTable outlets);

  // Text input: doc.blocks is empty and the cleaner splits doc.raw into
  // blocks. HTML input: doc.blocks holds the extractor's blocks; blocks it
  // classified as boilerplate stay so, body blocks are classified again here.
  // Fills doc.meta fields that the input did not state, and leaves the
  // tokens of the body blocks in doc.tokens (tokenised with the French and
  // English abbreviations merged) for the segmenter to split into sentences.
  // Thread-safe.
  void Clean(Document& doc) const;

  const OutletTable& outlets() const { return outlets_; }

 private:
  CueLexicon cues_;
  OutletTable outlets_;
};

}  // namespace recoupe
