#include "clean/cleaner.h"

#include <algorithm>
#include <filesystem>

#include "clean/block_classifier.h"
#include "clean/block_split.h"
#include "clean/page_metadata.h"

namespace recoupe {

Result<std::unique_ptr<Cleaner>> Cleaner::Load(const std::string& data_dir) {
  namespace fs = std::filesystem;
  CueLexicon cues;
  std::error_code ec;
  std::vector<std::string> cue_files;
  for (const auto& entry : fs::directory_iterator(data_dir, ec)) {
    const fs::path file = entry.path() / "clean-cues.txt";
    if (entry.is_directory() && fs::exists(file)) cue_files.push_back(file.string());
  }
  if (ec) return Status::Error(data_dir + ": cannot list the data directory: " + ec.message());
  std::sort(cue_files.begin(), cue_files.end());
  if (cue_files.empty())
    return Status::Error(data_dir + ": no */clean-cues.txt found (is --data-dir right?)");
  for (const std::string& file : cue_files)
    if (Status s = cues.LoadFile(file); !s.ok()) return s;
  OutletTable outlets;
  if (Status s = outlets.LoadFile(data_dir + "/common/outlets.tsv"); !s.ok()) return s;
  return std::make_unique<Cleaner>(std::move(cues), std::move(outlets));
}

Cleaner::Cleaner(CueLexicon cues, OutletTable outlets)
    : cues_(std::move(cues)), outlets_(std::move(outlets)) {}

void Cleaner::Clean(Document& doc) const {
  std::vector<WorkBlock> blocks;
  if (doc.blocks.empty()) {
    for (const Span& line : SplitLines(doc.raw, {0, static_cast<uint32_t>(doc.raw.size())}))
      blocks.push_back(MakeWorkBlock(doc.raw, line));
  } else {
    for (const Block& b : doc.blocks) {
      WorkBlock w = MakeWorkBlock(doc.raw, b.span, b.kind);
      w.fixed = b.kind != BlockKind::kBody;
      w.reason = b.reason;
      blocks.push_back(std::move(w));
    }
  }
  std::vector<WorkBlock> pieces;
  int group = 0;
  for (WorkBlock& block : blocks)
    for (WorkBlock& run_in : SplitRunOn(doc.raw, std::move(block), cues_, outlets_, group++))
      for (WorkBlock& piece : CarveCredit(doc.raw, std::move(run_in), cues_))
        pieces.push_back(std::move(piece));

  ClassifyBlocks(doc.raw, pieces, cues_, outlets_);
  MergeRunOnUnits(pieces);
  SplitDateline(doc.raw, pieces);

  // Pieces and the input blocks are both in raw order: one forward walk finds
  // the input block (and so the HTML offset) each piece came from.
  std::vector<Block> out;
  out.reserve(pieces.size());
  doc.tokens.clear();
  doc.sentences.clear();
  size_t source = 0;
  for (WorkBlock& piece : pieces) {
    while (source < doc.blocks.size() && doc.blocks[source].span.end <= piece.span.begin) ++source;
    std::optional<uint32_t> html_offset;
    if (source < doc.blocks.size() && doc.blocks[source].span.begin <= piece.span.begin)
      html_offset = doc.blocks[source].html_offset;
    out.push_back({piece.span, piece.kind, std::move(piece.reason), html_offset});
    if (IsBodyKind(piece.kind))
      doc.tokens.insert(doc.tokens.end(), std::make_move_iterator(piece.tokens.begin()),
                        std::make_move_iterator(piece.tokens.end()));
  }
  doc.blocks = std::move(out);
  FillPageMetadata(doc, outlets_, cues_);
}

}  // namespace recoupe
