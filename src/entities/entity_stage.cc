#include "entities/entity_stage.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>

namespace recoupe::entities {
namespace {

namespace fs = std::filesystem;

// What a mention refers to: a KB entity, gazetteer candidates, or a name the
// knowledge base does not hold.
struct Referent {
  int entity = -1;                       // into KnowledgeBase::entities()
  std::vector<uint32_t> places;          // gazetteer candidates
  std::string name;                      // unknown names: the normalised surface
  std::string type;
  std::string klass;
};

struct Mention {
  uint32_t first = 0, end = 0;  // token range
  uint32_t referent = 0;
};

// Typed spans found by the cue rules, indexed by their first token.
struct CueSpan {
  uint32_t end = 0;  // 0 = none
  std::string_view type;
  std::string_view klass;  // set for references ("l'ONG")
  // Set for a name made of a word and a name (rules tagged compose=):
  // "port de Beyrouth", "Beirut's port", "rue de Charonne".
  uint32_t part_first = 0, part_end = 0;  // the name inside ("Beyrouth")
  uint32_t word_first = 0, word_end = 0;  // the kind word, when it composes
  std::string_view word;                  // its English name, or "" for its own text
  bool composed = false;
  bool area = false;  // "the Donetsk region": a region named alone is itself
  // Set for a ministry (rules tagged compose=ministry): the English name of
  // its domain ("Health") and its state's ISO code when a nationality says
  // it; part_first/part_end then hold a place that owns it ("Gaza's").
  std::string_view ministry, state;
};

// A name typed by its cue ("le président X": person).
CueSpan NameCue(uint32_t end, std::string_view type) {
  CueSpan cue;
  cue.end = end;
  cue.type = type;
  return cue;
}

// A reference to the latest entity of a class ("l'ONG").
CueSpan RefCue(uint32_t end, std::string_view klass) {
  CueSpan cue;
  cue.end = end;
  cue.klass = klass;
  return cue;
}

// The cue a match of a compose= rule gives: capture `name` is the whole
// name, `part` the name inside it, `word` the kind of place, whose
// lexicon value (else its own text) is its English name.
CueSpan ComposedCue(const pattern::PatternMatch& m, const std::vector<Token>& tokens,
                    std::string_view type) {
  const pattern::PatternCapture* name = m.Capture("name");
  const pattern::PatternCapture* part = m.Capture("part");
  const pattern::PatternCapture* word = m.Capture("word");
  if (!name || !part || !word) return {};
  CueSpan cue = NameCue(name->end, type);
  cue.part_first = part->first, cue.part_end = part->end, cue.composed = true;
  cue.area = m.rule->Tag("compose") == "area";
  // compose=lower: a French kind word composes when written in lower case
  // and has an English name ("Stade de France" is a name as written);
  // compose=place: the kind word is English and composes as written.
  const std::string_view compose = *m.rule->Tag("compose");
  const Token& first = tokens[word->first];
  if (compose == "lower" &&
      (!word->value || (first.has(kCapitalized) && !first.has(kSentenceInitial))))
    return cue;
  cue.word_first = word->first, cue.word_end = word->end;
  if (word->value) cue.word = *word->value;
  return cue;
}

// The English name of a cue's kind word: its lexicon value, else its text
// in lower case ("Drama Theatre" → "drama theatre").
std::string KindWord(const std::vector<Token>& tokens, const CueSpan& cue) {
  if (!cue.word.empty()) return std::string(cue.word);
  std::string out;
  for (uint32_t k = cue.word_first; k < cue.word_end; ++k) {
    if (k > cue.word_first) out += ' ';
    out += tokens[k].lower;
  }
  return out;
}

// The index of the most populous of gazetteer candidates (not empty).
uint32_t MostPopulous(const std::vector<Place>& places, const std::vector<uint32_t>& candidates) {
  return *std::max_element(candidates.begin(), candidates.end(), [&](uint32_t a, uint32_t b) {
    return places[a].population < places[b].population;
  });
}

// The cue of a ministry: captures `name` (the mention), `domain` (its
// value is the domain's English name), `state` or `later` (a nationality,
// valued with its ISO code) or `place` (an owner named).
CueSpan MinistryCue(const pattern::PatternMatch& m, std::string_view type) {
  const pattern::PatternCapture* name = m.Capture("name");
  const pattern::PatternCapture* domain = m.Capture("domain");
  if (!name || !domain || !domain->value) return {};
  CueSpan cue = NameCue(name->end, type);
  cue.ministry = *domain->value;
  for (const char* capture : {"state", "later"}) {
    if (const pattern::PatternCapture* c = m.Capture(capture); c && c->value) cue.state = *c->value;
  }
  if (const pattern::PatternCapture* place = m.Capture("place"))
    cue.part_first = place->first, cue.part_end = place->end;
  return cue;
}

// The knowledge base's name of the country with this ISO code, or "".
std::string CountryName(const std::vector<Entity>& entities, std::string_view code) {
  for (const Entity& e : entities) {
    if (e.klass == "country" && e.country == code) return e.name;
  }
  return {};
}

// "Rue de Charonne" for "rue de Charonne": a name as written, with its
// first letter in capitals (ASCII and the Latin-1 accented letters).
std::string CapitalizeFirst(std::string name) {
  if (!name.empty() && name[0] >= 'a' && name[0] <= 'z') {
    name[0] = static_cast<char>(name[0] - 'a' + 'A');
  } else if (name.size() > 1 && static_cast<unsigned char>(name[0]) == 0xC3 &&
             static_cast<unsigned char>(name[1]) >= 0xA0 &&
             static_cast<unsigned char>(name[1]) <= 0xBE) {
    name[1] = static_cast<char>(name[1] - 0x20);  // "é" → "É"
  }
  return name;
}

bool StopsSpan(const Token& t) {
  if (t.shape == TokenShape::kWord || t.shape == TokenShape::kNumber) return false;
  return !(t.norm == "-" || t.norm == "'" || t.norm == "&" || t.norm == ".");
}

// True for an English possessive word: "Lebanon's", "Mali’s" (norm "'s").
bool Possessive(const Token& t) {
  return t.shape == TokenShape::kWord && t.norm.size() > 2 && t.norm.ends_with("'s");
}

// The surface of tokens [first, end) with single spaces where the text has
// white space, dropping a leading elided article ("l'ONG" → "ONG") and a
// closing possessive ("Lebanon's" → "Lebanon").
std::string Surface(const std::vector<Token>& tokens, uint32_t first, uint32_t end) {
  while (first + 1 < end && tokens[first].has(kElided)) ++first;
  std::string out;
  for (uint32_t i = first; i < end; ++i) {
    if (i > first && tokens[i].has(kSpaceBefore)) out += ' ';
    out += tokens[i].norm;
  }
  if (Possessive(tokens[end - 1])) out.resize(out.size() - 2);
  return out;
}

// The token's key without building it when its fold is already one (no
// ASCII punctuation inside): the common case.
std::string_view KeyView(const Token& t, std::string* buffer) {
  for (unsigned char c : t.fold) {
    if (c < 0x80 && !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
      buffer->clear();
      uint64_t caps = 0;
      uint32_t length = 0;
      AppendKey(t, buffer, &caps, &length);
      return *buffer;
    }
  }
  return t.fold;
}

std::string TokenKey(const Token& t) {
  std::string key;
  uint64_t caps = 0;
  uint32_t length = 0;
  AppendKey(t, &key, &caps, &length);
  return key;
}

// The country of the places mentioned most often so far, or "".
std::string DominantCountry(const std::vector<Mention>& mentions,
                            const std::vector<Referent>& referents,
                            const std::vector<Entity>& entities) {
  std::map<std::string_view, int> counts;
  for (const Mention& m : mentions) {
    const Referent& r = referents[m.referent];
    if (r.entity >= 0 && entities[r.entity].type == "place" && !entities[r.entity].country.empty())
      ++counts[entities[r.entity].country];
  }
  std::string_view best;
  int best_count = 0;
  for (const auto& [country, count] : counts) {
    if (count > best_count) best = country, best_count = count;
  }
  return std::string(best);
}

}  // namespace

Result<std::unique_ptr<EntityStage>> EntityStage::Load(const std::string& data_dir) {
  std::string gazetteer;
  if (const char* env = std::getenv("RECOUPE_GAZETTEER")) {
    gazetteer = env;
  } else {
    gazetteer = data_dir + "/../build-data/gazetteer.tsv";
  }
  return Load(data_dir, gazetteer);
}

Result<std::unique_ptr<EntityStage>> EntityStage::Load(const std::string& data_dir,
                                                       const std::string& gazetteer_path) {
  Result<KnowledgeBase> kb = KnowledgeBase::Load(data_dir, gazetteer_path);
  if (!kb.ok()) return kb.status();
  std::map<std::string, pattern::PatternSet, std::less<>> rules;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(data_dir, ec)) {
    const std::string path = entry.path().string() + "/entities.patterns";
    if (!entry.is_directory() || !fs::exists(path)) continue;
    Result<pattern::PatternSet> set = pattern::PatternSet::LoadFile(path);
    if (!set.ok()) return set.status();
    rules.emplace(entry.path().filename().string(), std::move(set).value());
  }
  if (!rules.contains("fr"))
    return Status::Error(data_dir + "/fr/entities.patterns: expected the French cue rules");
  return std::unique_ptr<EntityStage>(new EntityStage(std::move(kb).value(), std::move(rules)));
}

const pattern::PatternSet& EntityStage::RulesFor(std::string_view language) const {
  auto it = rules_.find(language);
  return it != rules_.end() ? it->second : rules_.find("fr")->second;
}

void EntityStage::Annotate(Document& doc) const {
  doc.entities.clear();
  const std::vector<Token>& tokens = doc.tokens;
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  if (n == 0) return;

  // 1. Cue rules: typed name spans and references, by first token.
  std::vector<CueSpan> cues(n);
  for (const pattern::PatternMatch& m : RulesFor(doc.language).Match(tokens)) {
    if (auto type = m.rule->Tag("type"); type && m.rule->Tag("compose")) {
      CueSpan cue = m.rule->Tag("compose") == "ministry" ? MinistryCue(m, *type)
                                                          : ComposedCue(m, tokens, *type);
      if (cue.end) cues[m.Capture("name")->first] = cue;
    } else if (type) {
      if (const pattern::PatternCapture* c = m.Capture("name"))
        cues[c->first] = NameCue(c->end, *type);
    } else if (auto klass = m.rule->Tag("class")) {
      if (const pattern::PatternCapture* c = m.Capture("ref"))
        cues[c->first] = RefCue(c->end, *klass);
    }
  }

  // Names spelled out before an acronym in parentheses: "Front de
  // libération de Zembla (FLZ)" — the initials of the words before "(",
  // short lower-case words and elided articles skipped, make the acronym.
  for (uint32_t p = 1; p + 2 < n; ++p) {
    if (tokens[p].norm != "(" || !tokens[p + 1].has(kAllCaps) || tokens[p + 2].norm != ")")
      continue;
    const std::string& acronym = tokens[p + 1].fold;
    std::string initials;
    for (uint32_t s = p; s > 0 && p - s < 12 && initials.size() < acronym.size();) {
      const Token& t = tokens[--s];
      if (t.sentence != tokens[p].sentence || t.shape != TokenShape::kWord) break;
      if (t.has(kElided) || (!t.has(kCapitalized) && t.fold.size() <= 3)) continue;
      initials.insert(initials.begin(), t.fold[0]);
      if (initials == acronym && t.has(kCapitalized) && !cues[s].klass.data() &&
          cues[s].end < p)
        cues[s] = NameCue(p, cues[s].end ? cues[s].type : std::string_view("other"));
    }
  }

  // 2. Left to right: document aliases, knowledge base, gazetteer, cues.
  const std::vector<Entity>& entities = kb_.entities();
  std::vector<Referent> referents;
  std::vector<Mention> mentions;
  StringMap<uint32_t> doc_aliases;            // key → referent (acronyms, short forms)
  StringSet doc_prefixes;                     // token-boundary prefixes of doc_aliases keys
  std::vector<int> referent_of_entity;        // entity index → referent + 1
  auto referent_for_entity = [&](uint32_t e) -> uint32_t {
    if (referent_of_entity.empty()) referent_of_entity.assign(entities.size(), 0);
    if (referent_of_entity[e] == 0) {
      referents.push_back({static_cast<int>(e), {}, {}, entities[e].type, entities[e].klass});
      referent_of_entity[e] = static_cast<int>(referents.size());
    }
    return referent_of_entity[e] - 1;
  };
  const size_t max_tokens = std::max<size_t>(kb_.max_alias_tokens(), 6);

  // Longest alias match at i: kind 0 a document alias, 1 a KB entity,
  // 2 gazetteer places (-1 none).
  struct AliasMatch {
    uint32_t end = 0;
    int kind = -1;
    uint32_t index = 0;
    std::vector<uint32_t> places;
  };
  std::string key;
  auto match_at = [&](uint32_t i) {
    AliasMatch best;
    const Token& start = tokens[i];
    key.clear();
    uint64_t caps = 0, splits = 0;
    uint32_t length = 0;
    bool all_caps = true;
    for (uint32_t j = i; j < n && j - i < max_tokens; ++j) {
      const Token& t = tokens[j];
      if (t.sentence != start.sentence || (j > i && StopsSpan(t))) break;
      if (j > i && length < 64) splits |= uint64_t{1} << length;
      AppendKey(t, &key, &caps, &length);
      if (t.shape == TokenShape::kWord) all_caps &= t.has(kAllCaps);
      if (t.shape == TokenShape::kPunct) continue;  // a name ends on a word
      // A possessive names what it owns ("Lebanon's army"): its key without
      // the "'s" is tried when the whole one names nothing.
      std::string_view lookup = key;
      if (Possessive(t) && !doc_aliases.contains(key) && kb_.EntityHits(key).empty() &&
          kb_.PlaceHits(key).empty())
        lookup.remove_suffix(1);
      if (auto it = doc_aliases.find(lookup); it != doc_aliases.end()) {
        best.end = j + 1, best.kind = 0, best.index = it->second;
      } else {
        bool found = false;
        for (const AliasHit& hit : kb_.EntityHits(lookup)) {
          if (!ShapeFits(hit.shape, caps, splits, all_caps)) continue;
          // Prefer an entity the document already names.
          if (!found || (!referent_of_entity.empty() && referent_of_entity[hit.index]))
            best.index = hit.index;
          found = true;
        }
        if (found) {
          best.end = j + 1, best.kind = 1;
        } else if (!start.has(kElided)) {  // "L'EI" is not the town of Lei
          std::vector<uint32_t> places;
          // A gazetteer acronym ("ONG", "NNA": airport and local codes) is no
          // place name in news text.
          for (const AliasHit& hit : kb_.PlaceHits(lookup)) {
            if (!hit.shape.acronym && ShapeFits(hit.shape, caps, splits, all_caps))
              places.push_back(hit.index);
          }
          if (!places.empty()) best.end = j + 1, best.kind = 2, best.places = std::move(places);
        }
      }
      // Stop when no alias is longer than the span so far.
      if (!kb_.IsPrefix(key) && !doc_prefixes.contains(key)) break;
    }
    return best;
  };

  // The referent of a place named by a kind word and a name [first,
  // cue.end): "<place> <kind>" when the name is the known `place` and the
  // kind composes, the name inside for an area, else the text as written;
  // the knowledge base entity of that name when there is one.
  auto composed_referent = [&](uint32_t first, const CueSpan& cue,
                               const std::string& place) -> uint32_t {
    std::string name = !place.empty() && cue.word_end ? place + " " + KindWord(tokens, cue)
                       : cue.area ? Surface(tokens, cue.part_first, cue.part_end)
                                  : CapitalizeFirst(Surface(tokens, first, cue.end));
    if (const Entity* known = kb_.Resolve(name))
      return referent_for_entity(static_cast<uint32_t>(known - entities.data()));
    referents.push_back({-1, {}, std::move(name), std::string(cue.type), {}});
    return static_cast<uint32_t>(referents.size() - 1);
  };

  std::string key_buffer;
  for (uint32_t i = 0; i < n;) {
    const Token& start = tokens[i];
    CueSpan cue = cues[i];
    const bool eligible =
        start.shape == TokenShape::kWord &&
        (start.has(kCapitalized) || kb_.LowerStart(KeyView(start, &key_buffer)));
    AliasMatch best = eligible && !cue.klass.data() ? match_at(i) : AliasMatch{};
    uint32_t best_end = best.end;
    int best_kind = best.kind;
    uint32_t best_index = best.index;
    std::vector<uint32_t>& best_places = best.places;
    // A gazetteer-only name must look like a place name, not a common word
    // or the first word of a longer name.
    if (best_kind == 2) {
      uint32_t population = 0;
      for (uint32_t p : best_places)
        population = std::max(population, kb_.places()[p].population);
      const bool single = best_end == i + 1;
      const bool common = single && kb_.CommonWord(TokenKey(start));
      const bool continues = best_end < n && tokens[best_end].has(kCapitalized) &&
                             tokens[best_end].shape == TokenShape::kWord &&
                             tokens[best_end].sentence == start.sentence;
      const bool cued_place = cue.end && cue.type == "place";
      if (continues || (common && population < 200000 && !cued_place) ||
          (single && start.has(kSentenceInitial) && population < 20000 && !cued_place) ||
          (cue.end > best_end && cue.type != "place"))
        best_kind = -1;
    }
    // A name made of a word and a name beats the name alone: "Beirut port".
    // It is composed even when the whole is a known place's alias ("port
    // de Beyrouth"), so that the place inside counts.
    const bool known_place = best_kind == 1 && entities[best_index].type == "place";
    if ((cue.composed && (cue.end > best_end || (cue.end == best_end && known_place))) ||
        (!cue.ministry.empty() && cue.end > best_end))
      best_kind = -1;
    // A known name starting inside this one and running past it is the
    // name meant: "le groupe État islamique au Grand Sahara" is not the
    // "groupe État islamique" followed by a place. This one is dropped and
    // the next token tried.
    if (best_kind == 0 || best_kind == 1) {
      bool overtaken = false;
      for (uint32_t k = i + 1; k < best_end && !overtaken; ++k) {
        if (!tokens[k].has(kCapitalized) || cues[k].klass.data()) continue;
        const AliasMatch inner = match_at(k);
        overtaken = (inner.kind == 0 || inner.kind == 1) && inner.end > best_end;
      }
      if (overtaken) {
        ++i;
        continue;
      }
    }
    // A longer cued name beats a one-word entity it starts with ("Jordan
    // Smith" is not Jordan) but not a KB name of its own length.
    if (best_kind == 1 && cue.end > best_end && best_end == i + 1 &&
        entities[best_index].type == "place")
      best_kind = -1;

    uint32_t referent = 0;
    uint32_t end = 0;
    if (best_kind == 0) {
      referent = best_index, end = best_end;
    } else if (best_kind == 1) {
      referent = referent_for_entity(best_index), end = best_end;
    } else if (best_kind == 2) {
      referents.push_back({-1, std::move(best_places), Surface(tokens, i, best_end), "place", {}});
      referent = static_cast<uint32_t>(referents.size() - 1), end = best_end;
    } else if (!cue.ministry.empty()) {
      // "le ministère nigérien de la Défense" is the Ministry of Defence
      // (Niger); with no state named, the state the text names most so far.
      std::string state(cue.state), owner;
      const AliasMatch place = cue.part_end ? match_at(cue.part_first) : AliasMatch{};
      if (place.kind == 1 && place.end == cue.part_end) {
        const Entity& e = entities[place.index];
        if (e.type == "place" && e.klass == "region") owner = e.name;
        if (state.empty()) state = e.country;
      }
      if (state.empty() && owner.empty()) state = DominantCountry(mentions, referents, entities);
      if (owner.empty()) owner = CountryName(entities, state);
      std::string name = "Ministry of " + std::string(cue.ministry);
      if (!owner.empty()) name += " (" + owner + ")";
      if (const Entity* known = kb_.Resolve(name)) {
        referent = referent_for_entity(static_cast<uint32_t>(known - entities.data()));
      } else {
        referents.push_back({-1, {}, std::move(name), std::string(cue.type), "government"});
        referent = static_cast<uint32_t>(referents.size() - 1);
      }
      end = cue.end;
    } else if (cue.composed) {
      // "port de Beyrouth" is the Beirut port; "rue de Charonne" is the Rue
      // de Charonne. The place inside is not reported on its own.
      const AliasMatch part = match_at(cue.part_first);
      const bool whole_part = part.end == cue.part_end;
      if (part.kind >= 0 && part.end > cue.part_end) {  // "province de Deir ez-Zor"
        ++i;
        continue;
      }
      std::string place;
      if (whole_part && part.kind == 1 && cue.area &&
          (entities[part.index].klass == "region" || entities[part.index].klass == "country")) {
        referent = referent_for_entity(part.index), end = cue.end;
      } else {
        if (whole_part && part.kind == 1 && entities[part.index].type == "place") {
          place = entities[part.index].name;
          referent_for_entity(part.index);  // its country places the text's towns
        } else if (whole_part && part.kind == 2 && cue.word_end) {
          // A town of the gazetteer is reported too: its country and
          // coordinates place the text ("la gare de Kramatorsk").
          place = kb_.places()[MostPopulous(kb_.places(), part.places)].name;
          referents.push_back({-1, part.places, Surface(tokens, cue.part_first, cue.part_end),
                               "place", {}});
          const auto town = static_cast<uint32_t>(referents.size() - 1);
          mentions.push_back({i, cue.end, composed_referent(i, cue, place)});
          mentions.push_back({cue.part_first, cue.part_end, town});
          i = cue.end;
          continue;
        }
        referent = composed_referent(i, cue, place);
        end = cue.end;
      }
    } else if (cue.end && cue.klass.data()) {
      // A reference to the latest entity of the class named before.
      for (auto it = mentions.rbegin(); it != mentions.rend(); ++it) {
        if (referents[it->referent].klass == cue.klass) {
          referent = it->referent, end = cue.end;
          break;
        }
      }
      if (!end) {
        ++i;
        continue;
      }
    } else if (cue.end && cue.type.data()) {
      // A name the knowledge base does not hold: keep it, typed by its cue,
      // up to a known entity inside it ("Défense Sergueï Choïgou").
      for (uint32_t k = i + 1; k < cue.end; ++k) {
        if (tokens[k].has(kCapitalized) && match_at(k).kind == 1) {
          cue.end = k;
          break;
        }
      }
      while (cue.end > i + 1 && !tokens[cue.end - 1].has(kCapitalized)) --cue.end;
      // A lone capitalised common word with no cue ("Défense", "Nord") or
      // opening the sentence is not taken as a name.
      if (cue.end == i + 1 && cue.type == "other" &&
          (start.has(kSentenceInitial) || kb_.CommonWord(TokenKey(start)))) {
        ++i;
        continue;
      }
      // A name with no cue is a person's when it opens with a first name or
      // ends with a surname of the dictionary ("Karim Zaher").
      std::string_view type = cue.type;
      if (type == "other" && cue.end >= i + 2 &&
          (kb_.FirstName(TokenKey(start)) || kb_.Surname(TokenKey(tokens[cue.end - 1]))))
        type = "person";
      std::string name = Surface(tokens, i, cue.end);
      const std::string name_key = KnowledgeBase::KeyOf(name);
      if (auto it = doc_aliases.find(name_key); it != doc_aliases.end()) {
        referent = it->second;
      } else {
        referents.push_back({-1, {}, std::move(name), std::string(type), {}});
        referent = static_cast<uint32_t>(referents.size() - 1);
        doc_aliases.emplace(name_key, referent);
        std::string prefix;
        uint64_t unused_caps = 0;
        uint32_t unused_length = 0;
        for (uint32_t k = i; k + 1 < cue.end; ++k) {
          AppendKey(tokens[k], &prefix, &unused_caps, &unused_length);
          doc_prefixes.insert(prefix);
        }
      }
      end = cue.end;
    } else {
      ++i;
      continue;
    }
    mentions.push_back({i, end, referent});

    // Acronym defined in the text: "Etat islamique (EI)".
    if (end + 2 < n && tokens[end].norm == "(" && tokens[end + 1].has(kAllCaps) &&
        tokens[end + 2].norm == ")")
      doc_aliases.emplace(TokenKey(tokens[end + 1]), referent);
    // Short form of a person: the last word of the name as written and of
    // the canonical name ("Assad", "Poutine").
    Referent& r = referents[referent];
    if (r.type == "person" && end - i >= 2) {
      doc_aliases.emplace(TokenKey(tokens[end - 1]), referent);
      if (r.entity >= 0) {
        const std::string& canonical = entities[r.entity].name;
        const size_t space = canonical.rfind(' ');
        if (space != std::string::npos)
          doc_aliases.emplace(KnowledgeBase::KeyOf(canonical.substr(space + 1)), referent);
      }
    }
    i = end;
  }

  // 3. Gazetteer places: the candidate in a country the text names (a
  // place of it, else an army, government or person of it), then
  // the one near a place of the knowledge base the text names, then the
  // most populous.
  StringSet countries;
  StringSet actor_countries;  // of the armies, governments and people named
  std::vector<std::pair<double, double>> anchors;  // (lat, lon) of KB places
  for (const Referent& r : referents) {
    if (r.entity < 0) continue;
    const Entity& e = entities[r.entity];
    if (e.type != "place") {
      if (!e.country.empty()) actor_countries.insert(e.country);
      continue;
    }
    if (!e.country.empty()) countries.insert(e.country);
    if (e.lat && e.klass != "country" && e.klass != "region") anchors.emplace_back(*e.lat, *e.lon);
  }
  auto near_anchor = [&](const Place& place) {
    for (const auto& [lat, lon] : anchors) {
      const double dlat = place.lat - lat;
      const double dlon = (place.lon - lon) * std::cos(lat * 3.14159265358979 / 180);
      if (dlat * dlat + dlon * dlon < 3.0 * 3.0) return true;  // within ~330 km
    }
    return false;
  };
  doc.entities.reserve(mentions.size());
  for (const Mention& m : mentions) {
    const Referent& r = referents[m.referent];
    EntityMention out;
    out.begin = tokens[m.first].span.begin;
    out.end = tokens[m.end - 1].span.end;
    out.type = r.type;
    if (r.entity >= 0) {
      const Entity& e = entities[r.entity];
      out.name = e.name;
      out.kb_id = e.id;
      if (!e.wikidata.empty()) out.wikidata = e.wikidata;
      out.lat = e.lat;
      out.lon = e.lon;
      if (!e.country.empty()) out.country = e.country;
    } else if (!r.places.empty()) {
      const Place* best = nullptr;
      double best_score = -1;
      for (uint32_t p : r.places) {
        const Place& place = kb_.places()[p];
        const double score = std::log1p(place.population) +
                             (countries.contains(place.country)         ? 100
                              : actor_countries.contains(place.country) ? 50
                                                                        : 0) +
                             (near_anchor(place) ? 20 : 0);
        if (score > best_score) best = &place, best_score = score;
      }
      out.name = best->name;
      out.kb_id = "geonames:" + std::to_string(best->geonames_id);
      out.lat = best->lat;
      out.lon = best->lon;
      out.country = best->country;
    } else {
      out.name = r.name;
    }
    doc.entities.push_back(std::move(out));
  }
}

}  // namespace recoupe::entities
