#include "figures/figure_stage.h"

#include <algorithm>
#include <string_view>
#include <utility>

namespace recoupe {
namespace {

constexpr std::string_view kLanguages[] = {"fr", "en"};

bool IsSideType(std::string_view type) { return type == "armed_group" || type == "org"; }

// The token index holding raw offset `offset`, or tokens.size().
size_t TokenAt(const std::vector<Token>& tokens, uint32_t offset) {
  auto it = std::lower_bound(tokens.begin(), tokens.end(), offset,
                             [](const Token& t, uint32_t o) { return t.span.end <= o; });
  return static_cast<size_t>(it - tokens.begin());
}

// The side named in the figure's phrase: an armed group or organisation
// inside it ("400 Islamic State fighters") or right after its noun, joined by
// at most two short function words ("combattants de l'EI").
const EntityMention* ActorInPhrase(const Document& doc, const LinkedFigure& f) {
  if (f.noun_first == f.noun_end) return nullptr;
  const uint32_t phrase_begin = doc.tokens[f.first].span.begin;
  const uint32_t noun_end = doc.tokens[f.noun_end - 1].span.end;
  for (const EntityMention& e : doc.entities) {
    if (!IsSideType(e.type)) continue;
    if (e.begin >= phrase_begin && e.end <= noun_end) return &e;
    if (e.begin < noun_end) continue;
    size_t t = f.noun_end;
    const size_t entity_token = TokenAt(doc.tokens, e.begin);
    if (entity_token - t > 2) continue;
    bool joined = true;
    for (; t < entity_token; ++t) {
      const Token& token = doc.tokens[t];
      joined = joined && token.sentence == doc.tokens[f.first].sentence &&
               token.shape == TokenShape::kWord && !token.has(kCapitalized) &&
               (token.has(kElided) || token.norm.size() <= 3);
    }
    if (joined) return &e;
  }
  return nullptr;
}

// For raids and targets hit, the side that carried them out: the nearest
// armed group named before the figure in its sentence ("L'aviation russe a
// effectué plus de 40 raids"), taken from context (actor_inferred).
const EntityMention* RaiderBefore(const Document& doc, const LinkedFigure& f) {
  const Token& first = doc.tokens[f.first];
  if (first.sentence >= doc.sentences.size()) return nullptr;
  const Span sentence = doc.sentences[first.sentence].span;
  const EntityMention* nearest = nullptr;
  for (const EntityMention& e : doc.entities) {
    if (e.type != "armed_group" || e.begin < sentence.begin) continue;
    if (e.end > first.span.begin) break;
    nearest = &e;
  }
  return nearest;
}

// The armed group the article names most, when it is named at least twice
// and at least twice as often as any other: the side that unnamed fighters
// belong to, taken from context (actor_inferred).
std::optional<std::string> DominantArmedGroup(const Document& doc) {
  std::vector<std::pair<std::string_view, int>> counts;
  for (const EntityMention& e : doc.entities) {
    if (e.type != "armed_group") continue;
    auto it = std::find_if(counts.begin(), counts.end(),
                           [&](const auto& c) { return c.first == e.name; });
    if (it == counts.end()) {
      counts.emplace_back(e.name, 1);
    } else {
      ++it->second;
    }
  }
  std::sort(counts.begin(), counts.end(),
            [](const auto& a, const auto& b) { return a.second > b.second; });
  if (counts.empty() || counts[0].second < 2) return std::nullopt;
  if (counts.size() > 1 && counts[0].second < 2 * counts[1].second) return std::nullopt;
  return std::string(counts[0].first);
}

}  // namespace

Result<std::unique_ptr<FigureStage>> FigureStage::Load(const std::string& data_dir) {
  std::unique_ptr<FigureStage> stage(new FigureStage());
  for (std::string_view language : kLanguages) {
    Result<FigureResources> resources = FigureResources::Load(data_dir, language);
    if (!resources.ok()) return resources.status();
    stage->languages_.emplace(std::string(language), std::move(resources).value());
  }
  return stage;
}

const FigureResources& FigureStage::ResourcesFor(const std::string& language) const {
  auto it = languages_.find(language);
  return it != languages_.end() ? it->second : languages_.find("fr")->second;
}

void FigureStage::Annotate(Document& doc) const {
  if (doc.tokens.empty()) return;
  LinkResult linked = LinkFigures(doc.tokens, ResourcesFor(doc.language));
  std::optional<std::string> dominant;
  bool dominant_known = false;
  for (const LinkedFigure& f : linked.figures) {
    Figure figure;
    figure.begin = doc.tokens[f.first].span.begin;
    figure.end = doc.tokens[f.end - 1].span.end;
    figure.low = f.number.low;
    figure.high = f.number.high;
    figure.qualifier = f.number.qualifier;
    figure.what = f.what;
    figure.who_class = f.who_class;
    const bool raids = f.what == "air_raids" || f.what == "targets_hit";
    if (raids) {
      // The phrase names the target's side ("158 objectifs de l'Etat
      // islamique"); the contract wants the side that struck.
      if (const EntityMention* actor = RaiderBefore(doc, f)) {
        figure.who_actor = actor->name;
        figure.actor_inferred = true;
      }
    } else if (const EntityMention* actor = ActorInPhrase(doc, f)) {
      figure.who_actor = actor->name;
    } else if (f.who_class == "fighters") {
      if (!dominant_known) {
        dominant = DominantArmedGroup(doc);
        dominant_known = true;
      }
      if (dominant) {
        figure.who_actor = dominant;
        figure.actor_inferred = true;
      }
    }
    for (const Claim& claim : doc.claims) {
      if (claim.begin <= figure.begin && figure.end <= claim.end) {
        figure.source = claim.source;
        figure.hedged = claim.hedged;
        break;
      }
    }
    doc.figures.push_back(std::move(figure));
  }
  for (const ArithmeticIssue& issue : linked.issues) {
    doc.flags.push_back(Flag{"arithmetic", doc.tokens[issue.first].span.begin,
                             doc.tokens[issue.end - 1].span.end, issue.message});
  }
}

}  // namespace recoupe
