// POST, GET and DELETE of documents.
#include <string_view>

#include "service/handlers.h"
#include "util/json_depth.h"

namespace recoupe::service {
namespace {

// The media type of a Content-Type header, lower-cased, without parameters.
std::string MediaType(std::string_view content_type) {
  const size_t semicolon = content_type.find(';');
  std::string_view type = content_type.substr(0, semicolon);
  while (!type.empty() && (type.back() == ' ' || type.back() == '\t')) type.remove_suffix(1);
  while (!type.empty() && (type.front() == ' ' || type.front() == '\t')) type.remove_prefix(1);
  std::string lower(type);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower;
}

std::string QueryValue(const HttpRequest& request, const std::string& key) {
  const auto it = request.query.find(key);
  return it == request.query.end() ? std::string() : it->second;
}

// The articles of a JSON body {"documents": [{...}]}: each entry becomes one
// JSONL line, read as `recoupe analyze` reads JSONL; an entry that is not an
// object is skipped with a message. Returns an error message for a body that
// is not of that shape.
std::string ArticlesOfJson(const std::string& body, std::vector<ArticleBytes>& articles,
                           std::vector<SkippedInput>& skipped) {
  bool too_deep = false;
  const Json parsed = ParseBoundedJson(body, &too_deep);
  if (too_deep)
    return "the body nests deeper than " + std::to_string(kMaxJsonDepth) + " levels";
  if (parsed.is_discarded()) return "the body is not valid JSON";
  if (!parsed.is_object() || !parsed.contains("documents") || !parsed["documents"].is_array())
    return R"(expected {"documents": [{"text" or "html": ..., "id"?, "name"?, ...}]})";
  const Json& documents = parsed["documents"];
  for (size_t i = 0; i < documents.size(); ++i) {
    const Json& entry = documents[i];
    const std::string position = "documents[" + std::to_string(i) + "]";
    if (!entry.is_object()) {
      skipped.push_back({position, std::nullopt, "", "expected a JSON object"});
      continue;
    }
    std::string name = position;
    if (auto it = entry.find("name"); it != entry.end() && it->is_string() &&
                                      !it->get<std::string>().empty())
      name = it->get<std::string>();
    Json line = entry;
    line.erase("name");
    // No id: the store names the document after its content's hash.
    if (!line.contains("id") || line["id"].is_null()) line["id"] = "";
    articles.push_back({name, ArticleFormat::kJsonl,
                        line.dump(-1, ' ', false, Json::error_handler_t::replace)});
  }
  return {};
}

// A raw body: text, HTML or JSONL by its media type.
std::optional<ArticleFormat> RawFormat(const std::string& media_type) {
  if (media_type == "text/plain") return ArticleFormat::kText;
  if (media_type == "text/html") return ArticleFormat::kHtml;
  if (media_type == "application/x-ndjson" || media_type == "application/jsonl" ||
      media_type == "application/x-jsonlines")
    return ArticleFormat::kJsonl;
  return std::nullopt;
}

Json SkippedJson(const SkippedInput& s) {
  Json j = {{"name", s.path}};
  if (s.line) j["line"] = *s.line;
  if (!s.id.empty()) j["id"] = s.id;
  j["message"] = s.message;
  return j;
}

}  // namespace

HttpResponse PostDocuments(Store& store, const HttpRequest& request) {
  const std::string media_type = MediaType(request.content_type);
  std::vector<ArticleBytes> articles;
  std::vector<SkippedInput> skipped;
  if (media_type == "application/json") {
    if (std::string error = ArticlesOfJson(request.body, articles, skipped); !error.empty())
      return ErrorResponse(400, error);
  } else if (media_type == "multipart/form-data") {
    for (const UploadedFile& file : request.files)
      articles.push_back({file.filename.empty() ? file.field : file.filename,
                          ArticleFormat::kAuto, file.content});
  } else if (auto format = RawFormat(media_type)) {
    std::string name = QueryValue(request, "name");
    articles.push_back({name.empty() ? "upload" : name, *format, request.body});
  } else {
    return ErrorResponse(415, "unsupported Content-Type '" + request.content_type +
                                  "'; send application/json, multipart/form-data, "
                                  "text/plain, text/html or application/x-ndjson");
  }
  if (articles.empty() && skipped.empty()) return ErrorResponse(400, "no document in the request");

  auto report = store.Ingest(std::move(articles));
  if (!report.ok()) return StoreFailure(report.status());
  skipped.insert(skipped.end(), report->skipped.begin(), report->skipped.end());
  Json skipped_json = Json::array();
  for (const SkippedInput& s : skipped) skipped_json.push_back(SkippedJson(s));
  Json body = {{"added", report->added},
               {"unchanged", report->unchanged},
               {"skipped", std::move(skipped_json)},
               {"events", report->events}};
  if (!report->added.empty()) return JsonResponse(201, body);
  if (!report->unchanged.empty()) return JsonResponse(200, body);
  body["error"] = "no document could be read";
  return JsonResponse(422, body);
}

HttpResponse ListDocuments(Store& store) {
  auto documents = store.ListDocuments();
  if (!documents.ok()) return StoreFailure(documents.status());
  Json list = Json::array();
  for (const DocumentSummary& d : documents.value()) {
    auto nullable = [](const std::optional<std::string>& v) { return v ? Json(*v) : Json(); };
    list.push_back({{"id", d.id},
                    {"title", nullable(d.title)},
                    {"outlet", nullable(d.outlet)},
                    {"language", nullable(d.language)},
                    {"published", nullable(d.published)},
                    {"events", d.events}});
  }
  return JsonResponse(200, Json{{"documents", std::move(list)}});
}

HttpResponse GetDocument(Store& store, const std::string& id) {
  auto doc = store.GetDocument(id);
  if (!doc.ok()) return StoreFailure(doc.status());
  if (!doc.value()) return ErrorResponse(404, "no document '" + id + "'");
  return JsonResponse(200, Json{{"document", json::DocumentJson(*doc.value())},
                                {"raw", doc.value()->raw}});
}

HttpResponse DeleteDocument(Store& store, const std::string& id) {
  auto removed = store.Remove(id);
  if (!removed.ok()) return StoreFailure(removed.status());
  if (!removed.value()) return ErrorResponse(404, "no document '" + id + "'");
  return JsonResponse(200, Json{{"deleted", id}});
}

}  // namespace recoupe::service
