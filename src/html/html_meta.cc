#include "html/html_meta.h"

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>
#include <string_view>
#include <vector>

namespace recoupe {
namespace {

using nlohmann::json;

std::string Collapse(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::optional<std::string> MetaValue(const PageTree& tree, std::string_view key) {
  for (const auto& [name, content] : tree.metas) {
    if (name == key) {
      std::string value = Collapse(content);
      if (!value.empty()) return value;
    }
  }
  return std::nullopt;
}

bool IsArticleType(const json& type) {
  auto matches = [](const json& t) {
    if (!t.is_string()) return false;
    std::string_view s = t.get_ref<const std::string&>();
    return s.ends_with("Article") || s == "BlogPosting" || s == "Report";
  };
  if (type.is_array()) return std::any_of(type.begin(), type.end(), matches);
  return matches(type);
}

// Collects the article objects of one JSON-LD value (object, array or @graph).
void FindArticles(const json& value, std::vector<const json*>* out, int depth = 0) {
  if (depth > 4) return;
  if (value.is_array()) {
    for (const auto& item : value) FindArticles(item, out, depth + 1);
  } else if (value.is_object()) {
    auto type = value.find("@type");
    if (type != value.end() && IsArticleType(*type)) out->push_back(&value);
    auto graph = value.find("@graph");
    if (graph != value.end()) FindArticles(*graph, out, depth + 1);
  }
}

std::optional<std::string> StringField(const json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end() || !it->is_string()) return std::nullopt;
  std::string value = Collapse(it->get_ref<const std::string&>());
  if (value.empty()) return std::nullopt;
  return value;
}

// A person or organisation: a string, or an object with "name".
std::optional<std::string> NameOf(const json& value) {
  if (value.is_string()) {
    std::string name = Collapse(value.get_ref<const std::string&>());
    if (!name.empty()) return name;
  } else if (value.is_object()) {
    return StringField(value, "name");
  }
  return std::nullopt;
}

// YYYY-MM-DD, optionally followed by a time ("T..." or " ..."): the forms
// Metadata::published accepts.
bool IsIsoDate(std::string_view s) {
  if (s.size() < 10) return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  if (s[4] != '-' || s[7] != '-') return false;
  return s.size() == 10 || s[10] == 'T' || s[10] == ' ';
}

std::optional<std::string> IsoDateOrNothing(std::optional<std::string> value) {
  if (value && IsIsoDate(*value)) return value;
  return std::nullopt;
}

bool LooksLikeUrl(std::string_view s) {
  return s.starts_with("http://") || s.starts_with("https://") || s.starts_with("/");
}

void AddByline(std::vector<std::string>* bylines, std::string name) {
  if (name.empty() || LooksLikeUrl(name)) return;
  if (std::find(bylines->begin(), bylines->end(), name) == bylines->end()) {
    bylines->push_back(std::move(name));
  }
}

}  // namespace

Metadata ExtractMetadata(const PageTree& tree) {
  Metadata meta;
  std::vector<json> documents;
  std::vector<const json*> articles;
  documents.reserve(tree.json_ld.size());
  for (const auto& text : tree.json_ld) {
    json parsed = json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (!parsed.is_discarded()) documents.push_back(std::move(parsed));
  }
  for (const auto& document : documents) FindArticles(document, &articles);

  meta.title = MetaValue(tree, "og:title");
  for (const json* article : articles) {
    if (!meta.title) meta.title = StringField(*article, "headline");
    if (!meta.published) meta.published = IsoDateOrNothing(StringField(*article, "datePublished"));
    auto author = article->find("author");
    if (author != article->end()) {
      if (author->is_array()) {
        for (const auto& one : *author) {
          if (auto name = NameOf(one)) AddByline(&meta.bylines, *name);
        }
      } else if (auto name = NameOf(*author)) {
        AddByline(&meta.bylines, *name);
      }
    }
    auto publisher = article->find("publisher");
    if (!meta.outlet && publisher != article->end()) meta.outlet = NameOf(*publisher);
  }
  if (!meta.title) {
    std::string title = Collapse(tree.title_tag);
    if (!title.empty()) meta.title = title;
  }
  // Titles often carry the site's name ("Headline | Outlet"); the page's first
  // <h1>, when the title contains it, is the headline alone.
  if (meta.title) {
    for (const auto& block : tree.blocks) {
      if (block.element < 0 || tree.elements[block.element].tag != "h1") continue;
      if (block.text.size() < meta.title->size() && 2 * block.text.size() >= meta.title->size() &&
          meta.title->find(block.text) != std::string::npos) {
        meta.title = block.text;
      }
      break;
    }
  }
  for (const char* key : {"author", "article:author", "byl", "dc.creator", "sailthru.author"}) {
    for (const auto& [name, content] : tree.metas) {
      if (name == key) AddByline(&meta.bylines, Collapse(content));
    }
  }
  if (auto site = MetaValue(tree, "og:site_name")) meta.outlet = site;
  if (meta.outlet) meta.outlet_basis = "html_meta";

  if (auto published = IsoDateOrNothing(MetaValue(tree, "article:published_time"))) {
    meta.published = published;
  }
  for (const char* key : {"datepublished", "date", "dc.date", "dc.date.issued", "pubdate",
                          "publishdate", "og:article:published_time"}) {
    if (!meta.published) meta.published = IsoDateOrNothing(MetaValue(tree, key));
  }
  for (const auto& datetime : tree.time_datetimes) {
    if (meta.published) break;
    meta.published = IsoDateOrNothing(Collapse(datetime));
  }

  std::string lang = Collapse(tree.html_lang);
  if (!lang.empty()) {
    meta.language = lang;
  } else if (auto locale = MetaValue(tree, "og:locale")) {
    meta.language = locale;
  }
  return meta;
}

std::optional<std::string> ExtractUrl(const PageTree& tree) {
  if (tree.canonical) {
    std::string url = Collapse(*tree.canonical);
    if (!url.empty()) return url;
  }
  return MetaValue(tree, "og:url");
}

}  // namespace recoupe
