// The data-file loaders. The first byte picks the format, the rest is the
// file: 0 abbreviations.txt, 1 clean-cues.txt, 2 outlets.tsv (cleaner),
// 3 html_hints.txt, 4 a knowledge-base table (kb/*.tsv), 5 outlets.tsv
// (knowledge base), 6 the gazetteer. A file that loads is then used once.
#include <unistd.h>

#include <fstream>

#include "clean/cue_lexicon.h"
#include "clean/outlets.h"
#include "entities/knowledge_base.h"
#include "fuzz_support.h"
#include "html/html_hints.h"
#include "segment/abbreviations.h"
#include "segment/tokenizer.h"

using namespace recoupe;

namespace {

constexpr std::string_view kSample =
    "M. Dupont, de l'AFP, a-t-il dit le 1er janv. à Deir ez-Zor ? Selon Le Monde et "
    "franceinfo, Daech (EI) recule. Accept cookies, donate, comment.";

void UseAbbreviations(std::string_view file) {
  Result<Abbreviations> lexicon = Abbreviations::Parse(file, "fuzz/abbreviations.txt");
  if (lexicon.ok()) TokenizeText(kSample, 0, &lexicon.value());
}

void UseCues(std::string_view file) {
  CueLexicon cues;
  if (!cues.Parse(file, "fuzz/clean-cues.txt").ok()) return;
  std::vector<std::string_view> words;
  std::vector<Token> tokens = TokenizeText(kSample);
  for (const Token& token : tokens) words.push_back(token.fold);
  for (const CueHit& hit : cues.Find(words))
    fuzz::Require(hit.first_word + hit.cue->words.size() <= words.size(), "cue past the words");
}

void UseOutletTable(std::string_view file) {
  OutletTable outlets;
  if (!outlets.Parse(file, "fuzz/outlets.tsv").ok()) return;
  outlets.FromUrl("https://www.lemonde.fr/international/article.html");
  outlets.MostSpecific(outlets.MentionedIn(kSample));
}

void UseHints(std::string_view file) {
  HtmlHints hints;
  if (hints.Parse(file, "fuzz/html_hints.txt").ok()) hints.Match("article-body comments nav");
}

// The knowledge-base loaders read files: the input goes to a scratch file.
void UseKnowledgeBase(std::string_view file,
                      Status (entities::KnowledgeBase::*load)(const std::string&)) {
  static const std::string path = "/tmp/recoupe-fuzz-kb-" + std::to_string(getpid()) + ".tsv";
  std::ofstream(path, std::ios::binary | std::ios::trunc)
      .write(file.data(), static_cast<std::streamsize>(file.size()));
  entities::KnowledgeBase kb;
  if (!(kb.*load)(path).ok()) return;
  kb.Resolve("Daech");
  kb.PlaceHits(entities::KnowledgeBase::KeyOf("Deir ez-Zor"));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string_view file = fuzz::AsText(data + 1, size - 1);
  switch (data[0] % 7) {
    case 0:
      UseAbbreviations(file);
      break;
    case 1:
      UseCues(file);
      break;
    case 2:
      UseOutletTable(file);
      break;
    case 3:
      UseHints(file);
      break;
    case 4:
      UseKnowledgeBase(file, &entities::KnowledgeBase::LoadKbFile);
      break;
    case 5:
      UseKnowledgeBase(file, &entities::KnowledgeBase::LoadOutlets);
      break;
    case 6:
      UseKnowledgeBase(file, &entities::KnowledgeBase::LoadGazetteer);
      break;
  }
  return 0;
}
