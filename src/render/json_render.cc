#include <nlohmann/json.hpp>

#include "pipeline/stages.h"
#include "recoupe/pipeline.h"
#include "render/render.h"

namespace recoupe {
namespace {

using Json = nlohmann::ordered_json;

Json Nullable(const std::optional<std::string>& value) {
  return value ? Json(*value) : Json(nullptr);
}

Json PublishedJson(const Document& doc) {
  Json published = Json::object();
  if (doc.meta.published && doc.meta.published->size() >= 10) {
    const std::string day = doc.meta.published->substr(0, 10);
    published["value"] = day;
    published["earliest"] = day;
    published["latest"] = day;
    published["basis"] = "stated";
    published["evidence"] = Json::array({*doc.meta.published});
  } else {
    published["value"] = nullptr;
    published["earliest"] = nullptr;
    published["latest"] = nullptr;
    published["basis"] = "unknown";
    published["evidence"] = Json::array();
  }
  return published;
}

Json DocumentJson(const Document& doc) {
  Json out;
  out["id"] = doc.id;
  out["path"] = doc.path;
  out["line"] = doc.line ? Json(*doc.line) : Json(nullptr);
  out["url"] = Nullable(doc.url);
  out["format"] = doc.kind == InputKind::kHtml ? "html" : "text";
  out["source_encoding"] = doc.source_encoding;
  out["language"] = doc.language;
  if (doc.meta.outlet)
    out["outlet"] = {{"name", *doc.meta.outlet}, {"basis", doc.meta.outlet_basis}};
  else
    out["outlet"] = nullptr;
  out["title"] = Nullable(doc.meta.title);
  out["bylines"] = doc.meta.bylines;
  out["dateline"] = Nullable(doc.meta.dateline);
  out["published"] = PublishedJson(doc);
  out["body"] = BodyText(doc);
  Json removed = Json::array();
  for (const Block& block : doc.blocks) {
    if (IsBodyKind(block.kind)) continue;
    removed.push_back({{"begin", block.span.begin},
                       {"end", block.span.end},
                       {"kind", BlockKindName(block.kind)},
                       {"text", doc.text(block.span)},
                       {"reason", block.reason}});
  }
  out["removed"] = std::move(removed);
  out["sentences"] = doc.sentences.size();
  out["tokens"] = std::max<size_t>(doc.tokens.size(), doc.token_count);
  out["events"] = Json::array();
  out["entities"] = Json::array();
  out["dates"] = Json::array();
  out["figures"] = Json::array();
  out["claims"] = Json::array();
  Json warnings = Json::array();
  for (const Warning& w : doc.warnings)
    warnings.push_back({{"code", w.code}, {"message", w.message}});
  out["warnings"] = std::move(warnings);
  return out;
}

}  // namespace

std::string RenderJson(const Dossier& dossier) {
  Json out;
  out["recoupe_version"] = Version();
  out["schema_version"] = 1;
  Json documents = Json::array();
  for (const Document& doc : dossier.documents) documents.push_back(DocumentJson(doc));
  out["documents"] = std::move(documents);
  out["events"] = Json::array();
  out["facts"] = Json::array();
  out["flags"] = Json::array();
  out["reuse"] = Json::array();
  out["timeline"] = Json::array();
  Json skipped = Json::array();
  for (const SkippedInput& s : dossier.skipped)
    skipped.push_back({{"path", s.path},
                       {"line", s.line ? Json(*s.line) : Json(nullptr)},
                       {"id", s.id.empty() ? Json(nullptr) : Json(s.id)},
                       {"message", s.message}});
  out["skipped"] = std::move(skipped);
  // Invalid UTF-8 cannot reach here (ingest guarantees it), but never abort on it.
  return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace recoupe
