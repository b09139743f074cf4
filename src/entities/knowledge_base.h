// The knowledge base of named entities (data/kb/*.tsv, data/common/outlets.tsv)
// and the GeoNames gazetteer (build-data/gazetteer.tsv, made by
// scripts/gazetteer.sh), with lookup keys that ignore case, diacritics,
// hyphens, apostrophes and spaces. Formats: docs/entities.md.
//
// Thread safety: immutable after Load; every method is const and reentrant.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "recoupe/document.h"
#include "recoupe/status.h"
#include "util/string_hash.h"

namespace recoupe::entities {

struct Entity {
  std::string id;       // slug of `name`: "islamic-state"
  std::string name;     // canonical English name
  std::string type;     // person|org|armed_group|place|media
  std::string klass;    // free class word: country, city, ngo, agency, ...
  std::string country;  // ISO 3166-1 alpha-2, or ""
  std::string wikidata;
  std::optional<double> lat, lon;
};

struct Place {  // one gazetteer row
  std::string name;
  std::string country;
  double lat = 0, lon = 0;
  uint32_t population = 0;
  uint32_t geonames_id = 0;
};

// How an alias is written, to check a text span against it: the key
// positions (code points of the key) where a word starts with a capital
// letter, and whether the alias is a short all-capitals acronym.
struct AliasShape {
  uint64_t caps = 0;
  uint64_t starts = 0;  // key positions where a word starts (tokens, inner hyphens)
  bool acronym = false;
};

struct AliasHit {
  uint32_t index;  // into entities() or places()
  AliasShape shape;
};

// The lookup key of tokens: each token's fold with every ASCII character
// that is not a letter or digit removed, concatenated. "Bachar al-Assad",
// "Bachar al Assad" and "BACHAR AL ASSAD" give "bacharalassad".
// Appends to *key; sets in *caps the bits of code points (counted from
// *length) that start a capitalised word, and in *starts (when not null)
// those that start any word; advances *length.
void AppendKey(const Token& token, std::string* key, uint64_t* caps, uint32_t* length,
               uint64_t* starts = nullptr);

// True when a text span may be the alias: every capitalised alias word is
// capitalised in the text (`text_caps`), the text's tokens start where the
// alias has a word start (`text_splits`: "Il a" is not "Ila", but "Deir
// Ezzor" may be "Deir ez-Zor"), and an acronym alias is all capitals in the
// text.
bool ShapeFits(const AliasShape& alias, uint64_t text_caps, uint64_t text_splits,
               bool text_all_caps);

class KnowledgeBase {
 public:
  // Reads <data_dir>/kb/*.tsv and <data_dir>/common/outlets.tsv; then the
  // gazetteer at `gazetteer_path` when that file exists (no error when it
  // does not). Errors name the file and line.
  static Result<KnowledgeBase> Load(const std::string& data_dir,
                                    const std::string& gazetteer_path);

  // The entity an alias names ("Daech", "Bachar al Assad", "OSDH"), or
  // nullptr. Case, diacritics and hyphens are ignored.
  const Entity* Resolve(std::string_view surface) const;
  // The lookup key of a surface form (tokenised, then AppendKey).
  static std::string KeyOf(std::string_view surface);

  // Alias hits for a key (AppendKey form); empty span when none.
  std::span<const AliasHit> EntityHits(std::string_view key) const;
  std::span<const AliasHit> PlaceHits(std::string_view key) const;
  // True when the key is a proper prefix of some alias key (entity or
  // place) ending where one of its words starts: a longer span may match.
  bool IsPrefix(std::string_view key) const { return prefixes_.contains(key); }
  // True when some entity alias starting lower-case begins with this
  // token key ("armée" for "armée syrienne").
  bool LowerStart(std::string_view token_key) const;
  // True when `word` (folded) is a common French or English word per the
  // hunspell dictionaries read at load (lower-case entries and French
  // capitalised common nouns such as "État", "Syrien"); false for all when
  // no dictionary was found.
  bool CommonWord(std::string_view folded) const;
  // True when the key (AppendKey form) is a first name / a surname per the
  // French hunspell dictionary's morphology (po:prn / po:patr).
  bool FirstName(std::string_view key) const { return first_names_.contains(key); }
  bool Surname(std::string_view key) const { return surnames_.contains(key); }

  // Add the entries of one file to this base (what Load does for each file);
  // public so that each loader can be exercised on its own (fuzz/). Errors
  // name the file and line.
  Status LoadKbFile(const std::string& path);     // data/kb/*.tsv
  Status LoadOutlets(const std::string& path);    // data/common/outlets.tsv
  Status LoadGazetteer(const std::string& path);  // build-data/gazetteer.tsv

  const std::vector<Entity>& entities() const { return entities_; }
  const std::vector<Place>& places() const { return places_; }
  size_t max_alias_tokens() const { return max_alias_tokens_; }

 private:
  Status AddAlias(std::string_view alias, uint32_t index, bool place);
  void LoadCommonWords(const std::string& path);

  std::vector<Entity> entities_;
  std::vector<Place> places_;
  StringMap<std::vector<AliasHit>> entity_keys_;
  StringMap<std::vector<AliasHit>> place_keys_;
  StringSet lower_starts_;
  StringSet prefixes_;
  StringSet common_words_;
  StringSet first_names_;
  StringSet surnames_;
  size_t max_alias_tokens_ = 1;
};

}  // namespace recoupe::entities
