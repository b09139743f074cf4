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
};

bool StopsSpan(const Token& t) {
  if (t.shape == TokenShape::kWord || t.shape == TokenShape::kNumber) return false;
  return !(t.norm == "-" || t.norm == "'" || t.norm == "&" || t.norm == ".");
}

// The surface of tokens [first, end) with single spaces where the text has
// white space, dropping a leading elided article ("l'ONG" → "ONG").
std::string Surface(const std::vector<Token>& tokens, uint32_t first, uint32_t end) {
  while (first + 1 < end && tokens[first].has(kElided)) ++first;
  std::string out;
  for (uint32_t i = first; i < end; ++i) {
    if (i > first && tokens[i].has(kSpaceBefore)) out += ' ';
    out += tokens[i].norm;
  }
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
    if (auto type = m.rule->Tag("type")) {
      if (const pattern::PatternCapture* c = m.Capture("name"))
        cues[c->first] = {c->end, *type, {}};
    } else if (auto klass = m.rule->Tag("class")) {
      if (const pattern::PatternCapture* c = m.Capture("ref"))
        cues[c->first] = {c->end, {}, *klass};
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
        cues[s] = {p, cues[s].end ? cues[s].type : std::string_view("other"), {}};
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
      if (auto it = doc_aliases.find(key); it != doc_aliases.end()) {
        best.end = j + 1, best.kind = 0, best.index = it->second;
      } else {
        bool found = false;
        for (const AliasHit& hit : kb_.EntityHits(key)) {
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
          for (const AliasHit& hit : kb_.PlaceHits(key)) {
            if (ShapeFits(hit.shape, caps, splits, all_caps)) places.push_back(hit.index);
          }
          if (!places.empty()) best.end = j + 1, best.kind = 2, best.places = std::move(places);
        }
      }
      // Stop when no alias is longer than the span so far.
      if (!kb_.IsPrefix(key) && !doc_prefixes.contains(key)) break;
    }
    return best;
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

  // 3. Gazetteer places: the candidate in a country the text names, then
  // the one near a place of the knowledge base the text names, then the
  // most populous.
  StringSet countries;
  std::vector<std::pair<double, double>> anchors;  // (lat, lon) of KB places
  for (const Referent& r : referents) {
    if (r.entity < 0 || entities[r.entity].type != "place") continue;
    const Entity& e = entities[r.entity];
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
                             (countries.contains(place.country) ? 100 : 0) +
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
