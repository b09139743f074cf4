#include "recoupe/crosscheck.h"

#include <algorithm>
#include <map>
#include <tuple>
#include <unordered_map>

#include "corpus/cross_dating.h"
#include "corpus/corpus_flags.h"
#include "corpus/event_summary.h"
#include "corpus/events.h"
#include "corpus/facts.h"
#include "corpus/features.h"
#include "corpus/happenings.h"
#include "corpus/reuse.h"
#include "recoupe/pipeline.h"

namespace recoupe {

using corpus::CorpusCues;
using corpus::DatedSentence;
using corpus::FigureRef;

struct CrossChecker::Impl {
  CrossCheckOptions options;
  corpus::CountryNames country_names;
  std::map<std::string, CorpusCues, std::less<>> cues_by_language;

  const CorpusCues* Cues(std::string_view language) const {
    auto it = cues_by_language.find(language);
    if (it == cues_by_language.end()) it = cues_by_language.find("fr");
    return it == cues_by_language.end() ? nullptr : &it->second;
  }
};

CrossChecker::CrossChecker(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
CrossChecker::~CrossChecker() = default;

Result<std::unique_ptr<CrossChecker>> CrossChecker::Load(const CrossCheckOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  const std::string dir = ResolveDataDir(options.data_dir);
  auto countries = corpus::LoadCountryNames(dir + "/kb/places.tsv");
  if (!countries.ok()) return countries.status();
  impl->country_names = std::move(countries.value());
  for (const char* language : {"fr", "en"}) {
    auto sets = PhraseSets::Load(dir + "/" + language + "/corpus-cues.txt", "corpus-cues");
    if (!sets.ok()) return sets.status();
    impl->cues_by_language.emplace(language, CorpusCues{std::move(sets.value())});
  }
  return std::unique_ptr<CrossChecker>(new CrossChecker(std::move(impl)));
}

namespace {

// The time a figure's count covers, from a cue of its sentence or a duration
// of at most a day the dates stage found there.
std::optional<std::string> FigureScope(const Document& doc, Span sentence, const CorpusCues& cues) {
  if (auto scope = corpus::FirstCue(doc, sentence, cues, "scope:")) return scope;
  for (const DateMention& d : doc.dates) {
    if (d.begin < sentence.begin || d.end > sentence.end || !d.duration) continue;
    if (corpus::DurationDays(*d.duration).value_or(99) <= 1.0) return "P1D";
  }
  return std::nullopt;
}

// Every pair of documents (indexes, smaller first) that share copied text.
std::vector<std::pair<uint32_t, uint32_t>> LinkedDocuments(const Dossier& dossier) {
  std::unordered_map<std::string_view, uint32_t> index;
  for (uint32_t i = 0; i < dossier.documents.size(); ++i) index.emplace(dossier.documents[i].id, i);
  std::vector<std::pair<uint32_t, uint32_t>> linked;
  for (const Reuse& reuse : dossier.reuse) {
    const uint32_t a = index.at(reuse.a), b = index.at(reuse.b);
    linked.push_back({std::min(a, b), std::max(a, b)});
  }
  std::sort(linked.begin(), linked.end());
  return linked;
}

}  // namespace

void CrossChecker::Run(Dossier& dossier) const {
  std::vector<Document>& docs = dossier.documents;
  dossier.events.clear();
  dossier.facts.clear();
  dossier.flags.clear();
  dossier.timeline.clear();

  // Events.
  std::vector<corpus::DocumentFeatures> features;
  features.reserve(docs.size());
  for (const Document& doc : docs) features.push_back(corpus::ExtractFeatures(doc, impl_->country_names));
  corpus::ApplyIdf(features);
  const corpus::Grouping grouping = corpus::GroupEvents(features);

  // Copied text, then dates learnt from the other documents of an event.
  dossier.reuse = corpus::FindReuse(docs);
  corpus::DateFromEvent(docs, features, grouping);
  corpus::SetLikelyOriginals(docs, dossier.reuse);

  const std::vector<uint32_t> event_of_document = corpus::DescribeEvents(dossier, grouping);
  const corpus::EventLocator locator(dossier, event_of_document);

  // Dated sentences and the figures' facts, each placed in its event.
  std::vector<DatedSentence> sentences;
  std::vector<uint32_t> event_of_sentence;
  std::vector<FigureRef> figures;
  for (uint32_t d = 0; d < docs.size(); ++d) {
    const Document& doc = docs[d];
    const CorpusCues* cues = impl_->Cues(doc.language);
    if (!cues) continue;
    for (uint32_t k = 0; k < doc.dates.size(); ++k) {
      const DateMention& date = doc.dates[k];
      if (date.value.empty()) continue;
      const Span sentence = corpus::SentenceAround(doc, date.begin);
      sentences.push_back({d, k, sentence,
                           corpus::NearestHappening(doc, sentence, {date.begin, date.end}, *cues)});
      event_of_sentence.push_back(locator.EventOfDate(d, date.value));
    }
    for (uint32_t k = 0; k < doc.figures.size(); ++k) {
      const Figure& figure = doc.figures[k];
      if (!corpus::IsFactFigure(figure)) continue;
      const Span sentence = corpus::SentenceAround(doc, figure.begin);
      const auto leaning = corpus::FirstCue(doc, {figure.begin, figure.end}, *cues, "approx:");
      figures.push_back({d, k, locator.EventOfSpan(d, sentence),
                         FigureScope(doc, sentence, *cues), sentence.begin,
                         leaning == "below" ? -1 : leaning == "above" ? 1 : 0});
    }
  }
  // Each document's events: its main one, then any its dates or figures
  // were placed in.
  for (uint32_t d = 0; d < docs.size(); ++d)
    docs[d].events = {dossier.events[event_of_document[d]].id};
  auto note = [&](uint32_t d, uint32_t e) {
    std::vector<std::string>& events = docs[d].events;
    const std::string& id = dossier.events[e].id;
    if (std::find(events.begin(), events.end(), id) == events.end()) events.push_back(id);
  };
  for (size_t i = 0; i < sentences.size(); ++i) note(sentences[i].document, event_of_sentence[i]);
  for (const FigureRef& ref : figures) note(ref.document, ref.event);

  // Figures in an order that depends on their documents' text, not on the
  // input's order, so that alignment gives the same facts either way.
  std::stable_sort(figures.begin(), figures.end(), [&](const FigureRef& a, const FigureRef& b) {
    return std::make_tuple(a.event, features[a.document].content_key, a.figure) <
           std::make_tuple(b.event, features[b.document].content_key, b.figure);
  });
  dossier.facts = corpus::ReconcileFacts(dossier, figures, LinkedDocuments(dossier),
                                         impl_->options.estimate);
  dossier.timeline = corpus::BuildTimeline(dossier, sentences, event_of_sentence);

  // Flags: each document's own, then those between documents.
  dossier.flags = corpus::DocumentFlags(dossier);
  for (DossierFlag& flag : corpus::CopiedTextFlags(dossier)) dossier.flags.push_back(std::move(flag));
  for (DossierFlag& flag : corpus::DateConflicts(dossier, sentences, event_of_sentence))
    dossier.flags.push_back(std::move(flag));
  for (DossierFlag& flag : corpus::FactConflictFlags(dossier)) dossier.flags.push_back(std::move(flag));
}

}  // namespace recoupe
