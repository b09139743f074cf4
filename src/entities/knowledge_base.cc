#include "entities/knowledge_base.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>

#include "segment/tokenizer.h"
#include "segment/utf8.h"
#include "util/file_io.h"

namespace recoupe::entities {
namespace {

namespace fs = std::filesystem;
using segment_internal::DecodeAt;

bool KeepAscii(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
}

std::vector<std::string_view> Split(std::string_view line, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    const size_t pos = line.find(sep, start);
    out.push_back(line.substr(start, pos == std::string_view::npos ? pos : pos - start));
    if (pos == std::string_view::npos) break;
    start = pos + 1;
  }
  return out;
}

std::string_view Field(std::string_view f) { return f == "-" ? std::string_view() : f; }

std::string Slug(std::string_view name) {
  std::string slug;
  std::vector<Token> tokens = TokenizeText(name);
  for (const Token& t : tokens) {
    if (t.shape == TokenShape::kPunct || t.shape == TokenShape::kSymbol) continue;
    if (!slug.empty()) slug += '-';
    for (unsigned char c : t.fold) slug += KeepAscii(c) || c >= 0x80 ? static_cast<char>(c) : '-';
  }
  return slug;
}

bool ParseDouble(std::string_view s, double* out) {
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

template <typename Fn>
Status ForEachLine(const std::string& path, std::string_view version, Fn fn) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  std::string_view rest = text.value();
  size_t line_no = 0;
  while (!rest.empty()) {
    size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line_no == 1) {
      if (line != version)
        return Status::Error(path + ":1: expected the version line '" + std::string(version) +
                             "'");
      continue;
    }
    if (line.empty() || line[0] == '#') continue;
    Status status = fn(line, path + ":" + std::to_string(line_no));
    if (!status.ok()) return status;
  }
  return Status::Ok();
}

}  // namespace

void AppendKey(const Token& token, std::string* key, uint64_t* caps, uint32_t* length,
               uint64_t* starts) {
  // Capitals from the normalised form, compared with its lower-case form.
  const std::string& norm = token.norm;
  const std::string& lower = token.lower;
  uint32_t pos = *length;
  bool word_start = true;
  size_t i = 0, j = 0;
  while (i < norm.size()) {
    size_t n = 1, m = 1;
    const char32_t c = DecodeAt(norm, i, &n);
    const char32_t l = j < lower.size() ? DecodeAt(lower, j, &m) : c;
    i += n;
    j += m;
    if (c < 0x80 && !KeepAscii(static_cast<unsigned char>(c))) {
      word_start = true;
      continue;
    }
    if (word_start && c != l && pos < 64) *caps |= uint64_t{1} << pos;
    if (word_start && starts && pos < 64) *starts |= uint64_t{1} << pos;
    word_start = false;
    ++pos;
  }
  uint32_t added = 0;
  for (size_t k = 0; k < token.fold.size(); ++k) {
    const auto c = static_cast<unsigned char>(token.fold[k]);
    if (c < 0x80 && !KeepAscii(c)) continue;
    key->push_back(static_cast<char>(c));
    if ((c & 0xC0) != 0x80) ++added;
  }
  *length += added;
}

bool ShapeFits(const AliasShape& alias, uint64_t text_caps, uint64_t text_splits,
               bool text_all_caps) {
  if (alias.acronym && !text_all_caps) return false;
  return (alias.caps & ~text_caps) == 0 && (text_splits & ~alias.starts) == 0;
}

Status KnowledgeBase::AddAlias(std::string_view alias, uint32_t index, bool place) {
  std::vector<Token> tokens = TokenizeText(alias);
  std::string key;
  AliasShape shape;
  uint32_t length = 0;
  size_t words = 0;
  bool all_caps = true;
  for (const Token& t : tokens) {
    AppendKey(t, &key, &shape.caps, &length, &shape.starts);
    if (t.shape == TokenShape::kWord) {
      ++words;
      all_caps &= t.has(kAllCaps) || t.norm.size() == 1;
    }
  }
  if (key.empty()) return Status::Ok();
  shape.acronym = words == 1 && all_caps && length <= 5;
  if (!place) {
    max_alias_tokens_ = std::max(max_alias_tokens_, tokens.size());
    if (!tokens[0].has(kCapitalized)) {
      std::string first;
      uint64_t unused = 0;
      uint32_t unused_length = 0;
      AppendKey(tokens[0], &first, &unused, &unused_length);
      lower_starts_.insert(first);
    }
  } else if (tokens.size() > 6 || !tokens[0].has(kCapitalized)) {
    return Status::Ok();  // over the stage's longest span, or not name-shaped
  }
  // Prefixes of the key at its word starts, for the stage to stop early.
  uint32_t cp = 0;
  for (size_t b = 0; b < key.size(); ++b) {
    if ((static_cast<unsigned char>(key[b]) & 0xC0) == 0x80) continue;
    if (cp > 0 && cp < 64 && (shape.starts >> cp & 1)) prefixes_.insert(key.substr(0, b));
    ++cp;
  }
  auto& hits = (place ? place_keys_ : entity_keys_)[key];
  for (AliasHit& hit : hits) {
    if (hit.index == index) {  // same entity, another spelling of one key
      hit.shape.caps &= shape.caps;
      hit.shape.starts |= shape.starts;
      hit.shape.acronym &= shape.acronym;
      return Status::Ok();
    }
  }
  hits.push_back({index, shape});
  return Status::Ok();
}

Status KnowledgeBase::LoadKbFile(const std::string& path) {
  return ForEachLine(path, "recoupe-kb 1", [&](std::string_view line, const std::string& where) {
    std::vector<std::string_view> f = Split(line, '\t');
    if (f.size() != 8)
      return Status::Error(where + ": expected 8 tab-separated fields (got " +
                           std::to_string(f.size()) + ")");
    static const StringSet kTypes = {"person", "org", "armed_group", "place", "media", "other"};
    if (!kTypes.contains(f[1]))
      return Status::Error(where + ": unknown type '" + std::string(f[1]) +
                           "' (expected person, org, armed_group, place, media or other)");
    Entity e;
    e.name = std::string(f[0]);
    e.id = Slug(e.name);
    e.type = std::string(f[1]);
    e.klass = std::string(Field(f[2]));
    e.country = std::string(Field(f[3]));
    e.wikidata = std::string(Field(f[4]));
    if (!Field(f[5]).empty()) {
      std::vector<std::string_view> ll = Split(f[5], ',');
      double lat = 0, lon = 0;
      if (ll.size() != 2 || !ParseDouble(ll[0], &lat) || !ParseDouble(ll[1], &lon))
        return Status::Error(where + ": expected coordinates as 'lat,lon' (got '" +
                             std::string(f[5]) + "')");
      e.lat = lat;
      e.lon = lon;
    }
    // An entity named twice (a KB file and the outlets list) is one entity.
    uint32_t index = static_cast<uint32_t>(entities_.size());
    for (const AliasHit& hit : EntityHits(KeyOf(e.name))) {
      if (entities_[hit.index].name == e.name) index = hit.index;
    }
    if (index == entities_.size()) entities_.push_back(std::move(e));
    Status status = AddAlias(entities_[index].name, index, false);
    for (int column : {6, 7}) {
      for (std::string_view alias : Split(Field(f[column]), '|')) {
        if (!alias.empty() && status.ok()) status = AddAlias(alias, index, false);
      }
    }
    return status;
  });
}

Status KnowledgeBase::LoadOutlets(const std::string& path) {
  return ForEachLine(path, "# recoupe-outlets 1",
                     [&](std::string_view line, const std::string& where) {
    std::vector<std::string_view> f = Split(line, '\t');
    if (f.size() < 2) return Status::Error(where + ": expected name and aliases");
    // An outlet the KB already holds under one of its aliases adds spellings.
    std::vector<std::string_view> aliases = Split(f[1], '|');
    aliases.push_back(f[0]);
    std::optional<uint32_t> index;
    for (std::string_view alias : aliases) {
      for (const AliasHit& hit : EntityHits(KeyOf(alias))) {
        if (entities_[hit.index].type == "media" && !index) index = hit.index;
      }
    }
    if (!index) {
      Entity e;
      e.name = std::string(f[0]);
      e.id = Slug(e.name);
      e.type = "media";
      e.klass = f.size() > 4 ? std::string(f[4]) : "outlet";
      index = static_cast<uint32_t>(entities_.size());
      entities_.push_back(std::move(e));
    }
    for (std::string_view alias : aliases) {
      Status status = AddAlias(alias, *index, false);
      if (!status.ok()) return status;
    }
    return Status::Ok();
  });
}

Status KnowledgeBase::LoadGazetteer(const std::string& path) {
  return ForEachLine(path, "recoupe-gazetteer 1",
                     [&](std::string_view line, const std::string& where) {
    std::vector<std::string_view> f = Split(line, '\t');
    if (f.size() != 7) return Status::Error(where + ": expected 7 tab-separated fields");
    Place p;
    p.name = std::string(f[1]);
    p.country = std::string(f[2]);
    double population = 0, id = 0;
    if (!ParseDouble(f[0], &id) || !ParseDouble(f[3], &p.lat) || !ParseDouble(f[4], &p.lon) ||
        !ParseDouble(f[5], &population))
      return Status::Error(where + ": expected numbers in id, lat, lon and population");
    p.geonames_id = static_cast<uint32_t>(id);
    p.population = static_cast<uint32_t>(population);
    const uint32_t index = static_cast<uint32_t>(places_.size());
    places_.push_back(std::move(p));
    Status status = AddAlias(places_.back().name, index, true);
    for (std::string_view alias : Split(f[6], '|')) {
      if (!alias.empty() && status.ok()) status = AddAlias(alias, index, true);
    }
    return status;
  });
}

void KnowledgeBase::LoadCommonWords(const std::string& path) {
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);  // the word count
  while (std::getline(in, line)) {
    const size_t slash = line.find_first_of("/\t ");
    std::string word = line.substr(0, slash);
    if (word.empty() || word.find_first_of("-'.") != std::string::npos) continue;
    StringSet* set = nullptr;
    if ((word[0] >= 'a' && word[0] <= 'z') || line.find("po:nom") != std::string::npos) {
      set = &common_words_;  // lower-case words; capitalised common nouns ("État")
    } else if (line.find("po:prn") != std::string::npos) {
      set = &first_names_;
    } else if (line.find("po:patr") != std::string::npos) {
      set = &surnames_;
    } else {
      continue;
    }
    if (set == &common_words_ && segment_internal::IsAscii(word)) {
      set->insert(std::move(word));
    } else {
      set->insert(KeyOf(word));
    }
  }
}

std::string KnowledgeBase::KeyOf(std::string_view surface) {
  std::string key;
  uint64_t caps = 0;
  uint32_t length = 0;
  for (const Token& t : TokenizeText(surface)) AppendKey(t, &key, &caps, &length);
  return key;
}

Result<KnowledgeBase> KnowledgeBase::Load(const std::string& data_dir,
                                          const std::string& gazetteer_path) {
  KnowledgeBase kb;
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(data_dir + "/kb", ec)) {
    if (entry.path().extension() == ".tsv") files.push_back(entry.path().string());
  }
  if (ec || files.empty())
    return Status::Error(data_dir + "/kb: expected knowledge-base files (*.tsv)");
  std::sort(files.begin(), files.end());
  for (const std::string& file : files) {
    Status status = kb.LoadKbFile(file);
    if (!status.ok()) return status;
  }
  Status status = kb.LoadOutlets(data_dir + "/common/outlets.tsv");
  if (!status.ok()) return status;
  if (!gazetteer_path.empty() && fs::exists(gazetteer_path)) {
    status = kb.LoadGazetteer(gazetteer_path);
    if (!status.ok()) return status;
  }
  for (const char* dic : {"/usr/share/hunspell/fr.dic", "/usr/share/hunspell/en_US.dic"}) {
    if (fs::exists(dic)) kb.LoadCommonWords(dic);
  }
  return kb;
}

const Entity* KnowledgeBase::Resolve(std::string_view surface) const {
  std::span<const AliasHit> hits = EntityHits(KeyOf(surface));
  return hits.empty() ? nullptr : &entities_[hits[0].index];
}

std::span<const AliasHit> KnowledgeBase::EntityHits(std::string_view key) const {
  auto it = entity_keys_.find(key);
  if (it == entity_keys_.end()) return {};
  return it->second;
}

std::span<const AliasHit> KnowledgeBase::PlaceHits(std::string_view key) const {
  auto it = place_keys_.find(key);
  if (it == place_keys_.end()) return {};
  return it->second;
}

bool KnowledgeBase::LowerStart(std::string_view token_key) const {
  return lower_starts_.contains(token_key);
}

bool KnowledgeBase::CommonWord(std::string_view folded) const {
  return common_words_.contains(folded);
}

}  // namespace recoupe::entities
