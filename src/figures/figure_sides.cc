#include "figures/figure_sides.h"

#include <algorithm>
#include <fstream>
#include <utility>

namespace recoupe {
namespace {

using pattern::PatternMatch;

// Words after the noun that may still name its side: "forces
// gouvernementales syriennes", "troupes du régime".
constexpr uint32_t kWordsAfterNoun = 4;
// Words after the noun where a civilian context may lie: "personnes qui s'y
// étaient réfugiées", "people were said to be taking cover".
constexpr uint32_t kClauseAfterNoun = 8;

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
// armed group named before the figure in its sentence.
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

// Mentions counted by name, most named first (stable: first named first on ties).
template <typename Pred>
std::vector<std::pair<std::string_view, int>> CountNames(const Document& doc, Pred keep) {
  std::vector<std::pair<std::string_view, int>> counts;
  for (const EntityMention& e : doc.entities) {
    if (!keep(e)) continue;
    auto it = std::find_if(counts.begin(), counts.end(),
                           [&](const auto& c) { return c.first == e.name; });
    if (it == counts.end()) {
      counts.emplace_back(e.name, 1);
    } else {
      ++it->second;
    }
  }
  std::stable_sort(counts.begin(), counts.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  return counts;
}

// The armed group the article names most, when it is named at least twice
// and at least twice as often as any other.
std::optional<std::string> DominantArmedGroup(const Document& doc) {
  auto counts = CountNames(doc, [](const EntityMention& e) { return e.type == "armed_group"; });
  if (counts.empty() || counts[0].second < 2) return std::nullopt;
  if (counts.size() > 1 && counts[0].second < 2 * counts[1].second) return std::nullopt;
  return std::string(counts[0].first);
}

// The side words of a figure's phrase (figure-sides.patterns).
struct SideWords {
  std::string_view nation;  // ISO code of a national adjective
  bool government = false;
  std::string_view kind;        // knowledge-base classes of the noun's kind, '+'-separated
  std::string_view kind_after;  // the same, of a word right after the noun ("véhicules kamikazes")
  bool casualty = false;        // the noun only says what befell them ("blessés", "missing")
  bool civilian = false;        // sheltering, fleeing, evacuated or rescued after the noun
};

// The value of the last lexicon entry a match captured, or "".
std::string_view ValueOf(const PatternMatch& m) {
  std::string_view value;
  for (const auto& capture : m.captures) {
    if (capture.value) value = *capture.value;
  }
  return value;
}

// Matches `sides` over tokens [begin, end) of the noun phrase whose noun is
// [noun_first, noun_end): words before the noun within the phrase, the noun
// itself (its kind), words right after it, one after the other, and a
// civilian word as the noun or in the clause after it.
void ReadSideWords(const Document& doc, const pattern::PatternSet& sides, uint32_t begin,
                   uint32_t noun_first, uint32_t noun_end, SideWords* words) {
  const uint32_t sentence = doc.tokens[begin].sentence;
  uint32_t end = noun_end;
  while (end < doc.tokens.size() && end < noun_end + kClauseAfterNoun &&
         doc.tokens[end].sentence == sentence) {
    ++end;
  }
  const std::span<const Token> tokens(doc.tokens);
  uint32_t next = noun_end;  // where a word after the noun must start
  for (const PatternMatch& m : sides.Match(tokens.subspan(begin, end - begin))) {
    const uint32_t first = begin + m.first;
    const uint32_t last = begin + m.end;
    const std::string_view value = ValueOf(m);
    const std::string_view rule = m.rule->name;
    if (rule == "civilian") {
      words->civilian = words->civilian || first >= noun_first;
      continue;
    }
    const bool before = last <= noun_first;
    const bool after = first == next && last <= noun_end + kWordsAfterNoun;
    if (rule == "fighter_kind" || rule == "casualty") {
      if (first == noun_first && rule == "casualty") words->casualty = true;
      if (first == noun_first && rule == "fighter_kind") words->kind = value;
      if (after && rule == "fighter_kind") words->kind_after = value;
      continue;
    }
    if (!before && !after) continue;
    if (after) next = last;
    if (rule == "nation" && words->nation.empty()) words->nation = value;
    if (rule == "government") words->government = true;
  }
}

// Adds one to `country`'s count.
void Count(std::vector<std::pair<std::string_view, int>>& counts, std::string_view country) {
  auto it = std::find_if(counts.begin(), counts.end(),
                         [&](const auto& c) { return c.first == country; });
  if (it == counts.end()) {
    counts.emplace_back(country, 1);
  } else {
    ++it->second;
  }
}

}  // namespace

Result<SideData> SideData::Load(const std::string& data_dir) {
  Result<entities::KnowledgeBase> kb = entities::KnowledgeBase::Load(data_dir, "");
  if (!kb.ok()) return kb.status();
  SideData data{std::move(kb).value(), {}, {}};
  for (uint32_t i = 0; i < data.kb.entities().size(); ++i) {
    data.by_name.emplace(data.kb.entities()[i].name, i);
  }
  const std::string path = data_dir + "/common/figure-armies.tsv";
  std::ifstream in(path);
  if (!in) return Status::Error("cannot read " + path);
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    const std::string where = "figure-armies.tsv:" + std::to_string(number);
    if (number == 1) {
      if (line != "recoupe-figure-armies 1") {
        return Status::Error(where + ": expected 'recoupe-figure-armies 1'");
      }
      continue;
    }
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    if (tab == std::string::npos) return Status::Error(where + ": expected country<TAB>name");
    std::string country = line.substr(0, tab);
    std::string name = line.substr(tab + 1);
    const entities::Entity* army = data.Named(name);
    if (!army || army->type != "armed_group" || army->country != country) {
      return Status::Error(where + ": '" + name + "' is not an armed group of " + country +
                           " in data/kb");
    }
    data.armies.emplace(std::move(country), std::move(name));
  }
  return data;
}

const entities::Entity* SideData::Named(std::string_view name) const {
  auto it = by_name.find(name);
  return it == by_name.end() ? nullptr : &kb.entities()[it->second];
}

const std::string* DocumentSides::ArmyOf(std::string_view country) const {
  auto it = data_.armies.find(country);
  return it == data_.armies.end() ? nullptr : &it->second;
}

const std::string* DocumentSides::ArmyOfArticle(const pattern::PatternSet& sides) {
  if (!country_known_) {
    country_known_ = true;
    std::vector<std::pair<std::string_view, int>> counts;
    for (const EntityMention& e : doc_.entities) {
      if (!e.country) continue;
      const entities::Entity* entity = data_.Named(e.name);
      const bool army = e.type == "armed_group" && entity && entity->klass == "army";
      if (e.type == "place" || army) Count(counts, *e.country);
    }
    for (const PatternMatch& m : sides.Match(doc_.tokens)) {
      if (m.rule->name == "nation") Count(counts, ValueOf(m));
    }
    std::stable_sort(counts.begin(), counts.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    if (!counts.empty() && (counts.size() == 1 || counts[0].second > counts[1].second)) {
      country_ = std::string(counts[0].first);
    }
  }
  return country_ ? ArmyOf(*country_) : nullptr;
}

const std::vector<DocumentSides::Group>& DocumentSides::Groups() {
  if (!groups_known_) {
    groups_known_ = true;
    for (const EntityMention& e : doc_.entities) {
      if (e.type != "armed_group") continue;
      const entities::Entity* entity = data_.Named(e.name);
      groups_.push_back({&e, entity ? std::string_view(entity->klass) : std::string_view()});
    }
  }
  return groups_;
}

std::optional<std::string> DocumentSides::GroupOfKind(std::string_view kind,
                                                      uint32_t figure_begin) {
  std::vector<std::string_view> classes;
  for (size_t start = 0; start <= kind.size();) {
    size_t plus = std::min(kind.find('+', start), kind.size());
    classes.push_back(kind.substr(start, plus - start));
    start = plus + 1;
  }
  auto rank = [&](std::string_view klass) {
    return std::find(classes.begin(), classes.end(), klass) - classes.begin();
  };
  const auto n_classes = static_cast<std::ptrdiff_t>(classes.size());
  // Named last before the figure in its paragraph.
  const size_t token = TokenAt(doc_.tokens, figure_begin);
  const Span paragraph = doc_.blocks[doc_.sentences[doc_.tokens[token].sentence].block].span;
  const EntityMention* nearest = nullptr;
  for (const Group& g : Groups()) {
    if (rank(g.klass) == n_classes) continue;
    if (g.mention->end > figure_begin) break;
    if (g.mention->begin >= paragraph.begin) nearest = g.mention;
  }
  if (nearest) return nearest->name;
  // Else the one of that kind the article names most; the likelier class first on ties.
  const Group* best = nullptr;
  int best_count = 0;
  for (const Group& g : Groups()) {
    if (rank(g.klass) == n_classes) continue;
    int count = 0;
    for (const Group& other : Groups()) count += other.mention->name == g.mention->name;
    if (!best || count > best_count ||
        (count == best_count && rank(g.klass) < rank(best->klass))) {
      best = &g;
      best_count = count;
    }
  }
  return best ? std::optional<std::string>(best->mention->name) : std::nullopt;
}

void DocumentSides::Resolve(const LinkedFigure& f, const pattern::PatternSet& sides,
                            Figure* figure) {
  ResolveActor(f, sides, figure);
  previous_ = Counted{doc_.tokens[f.first].sentence, figure->who_class, figure->who_actor};
}

bool DocumentSides::CarriesSideOn(const LinkedFigure& f, bool casualty_noun,
                                  Figure* figure) const {
  const std::string& cls = figure->who_class;
  if (!previous_ || (previous_->who_class != "soldiers" && previous_->who_class != "fighters") ||
      cls == "other" || cls == "aircraft") {
    return false;
  }
  // A noun carried from further away yields to the count just before.
  const bool no_noun = f.noun_first == f.noun_end;
  const bool people = cls == "people";
  const uint32_t sentence = doc_.tokens[f.first].sentence;
  const bool same_sentence = previous_->sentence == sentence;
  const bool next_in_paragraph = previous_->sentence + 1 == sentence &&
                                 doc_.sentences[sentence].block ==
                                     doc_.sentences[previous_->sentence].block;
  const bool carries = no_noun ? same_sentence || (people && next_in_paragraph)
                               : people && casualty_noun && same_sentence;
  if (!carries) return false;
  figure->who_class = previous_->who_class;
  figure->who_actor = previous_->actor;
  figure->actor_inferred = previous_->actor.has_value();
  return true;
}

void DocumentSides::ResolveActor(const LinkedFigure& f, const pattern::PatternSet& sides,
                                 Figure* figure) {
  auto set = [&](std::optional<std::string> actor, bool inferred) {
    figure->who_actor = std::move(actor);
    figure->actor_inferred = figure->who_actor && inferred;
  };
  auto army = [](const std::string* name) {
    return name ? std::optional<std::string>(*name) : std::nullopt;
  };
  if (figure->what == "air_raids" || figure->what == "targets_hit") {
    // The phrase names the target's side ("158 objectifs de l'Etat
    // islamique"); the contract wants the side that struck.
    const EntityMention* raider = RaiderBefore(doc_, f);
    set(raider ? std::optional<std::string>(raider->name) : std::nullopt, true);
    return;
  }
  if (const EntityMention* named = ActorInPhrase(doc_, f)) {
    const entities::Entity* entity = data_.Named(named->name);
    const std::string* state_army =
        entity && entity->klass == "government" && named->country ? ArmyOf(*named->country)
                                                                  : nullptr;
    set(state_army ? *state_army : named->name, false);
    return;
  }
  SideWords words;
  if (f.noun_first < f.noun_end) ReadSideWords(doc_, sides, f.first, f.noun_first, f.noun_end, &words);
  if (f.side_first < f.side_end) ReadSideWords(doc_, sides, f.side_first, f.side_end, f.side_end, &words);
  std::string& cls = figure->who_class;
  if (CarriesSideOn(f, words.casualty, figure)) return;
  if (cls == "people" && words.civilian) cls = "civilians";
  if (cls == "aircraft" || cls == "other") {
    // Materiel is the side's whose word qualifies it; aircraft are a state's.
    const bool state = cls == "aircraft" || words.government;
    if (state && !words.nation.empty()) return set(army(ArmyOf(words.nation)), false);
    if (words.government) return set(army(ArmyOfArticle(sides)), false);
    if (!words.kind_after.empty()) return set(GroupOfKind(words.kind_after, figure->begin), true);
    if (cls == "aircraft") return set(army(ArmyOfArticle(sides)), true);
    return;
  }
  if (cls != "soldiers" && cls != "fighters" && cls != "people") return;
  if (cls == "soldiers" && !words.nation.empty()) return set(army(ArmyOf(words.nation)), false);
  if (words.government) return set(army(ArmyOfArticle(sides)), false);
  if (cls == "soldiers") return set(army(ArmyOfArticle(sides)), true);
  if (cls != "fighters") return;
  set(words.kind.empty() ? DominantArmedGroup(doc_) : GroupOfKind(words.kind, figure->begin), true);
}

}  // namespace recoupe
