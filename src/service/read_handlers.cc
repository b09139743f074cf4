// Health, events and search.
#include <charconv>

#include "render/render.h"
#include "service/handlers.h"

namespace recoupe::service {

HttpResponse Health(Store& store) {
  auto documents = store.CountDocuments();
  if (!documents.ok()) return StoreFailure(documents.status());
  auto events = store.CountEvents();
  if (!events.ok()) return StoreFailure(events.status());
  return JsonResponse(
      200, Json{{"status", "ok"}, {"documents", documents.value()}, {"events", events.value()}});
}

HttpResponse ListEvents(Store& store) {
  auto events = store.ListEvents();
  if (!events.ok()) return StoreFailure(events.status());
  Json list = Json::array();
  for (const EventSummary& summary : events.value()) {
    Json event = json::EventJson(summary.event);
    list.push_back({{"id", event["id"]},
                    {"label", event["label"]},
                    {"when", event["when"]},
                    {"where", event["where"]},
                    {"actors", event["actors"]},
                    {"documents", event["documents"]},
                    {"outlets", summary.outlets},
                    {"facts", summary.facts},
                    {"flags", summary.flags},
                    {"conflicts", summary.conflicts}});
  }
  return JsonResponse(200, Json{{"events", std::move(list)}});
}

HttpResponse GetEvent(Store& store, const std::string& id, RenderedCache& cache) {
  // The generation is read before the dossier: a write in between makes the
  // body newer than the generation it is kept under, never older.
  auto generation = store.Generation();
  if (!generation.ok()) return StoreFailure(generation.status());
  HttpResponse response;
  if (auto cached = cache.Find(id, generation.value())) {
    response.body = std::move(*cached);
    return response;
  }
  auto dossier = store.LoadDossier(id);
  if (!dossier.ok()) return StoreFailure(dossier.status());
  if (!dossier.value()) return ErrorResponse(404, "no event '" + id + "'");
  response.body = RenderJson(*dossier.value());
  cache.Put(id, generation.value(), response.body);
  return response;
}

HttpResponse SearchDocuments(Store& store, const HttpRequest& request, const ApiOptions& options) {
  const auto q = request.query.find("q");
  if (q == request.query.end() || q->second.find_first_not_of(" \t\r\n") == std::string::npos)
    return ErrorResponse(400, "give the words to search for: /api/v1/search?q=...");
  size_t limit = options.default_search_results;
  if (const auto l = request.query.find("limit"); l != request.query.end()) {
    const std::string& text = l->second;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), limit);
    if (error != std::errc() || end != text.data() + text.size() || limit == 0 ||
        limit > options.max_search_results)
      return ErrorResponse(400, "limit: expected a whole number from 1 to " +
                                    std::to_string(options.max_search_results));
  }
  auto result = store.Search(q->second, limit);
  if (!result.ok()) return StoreFailure(result.status());
  if (result->query_error)
    return ErrorResponse(400, "not a valid search query (" + *result->query_error +
                                  "); put words in double quotes to search them as they are");
  Json hits = Json::array();
  for (const SearchHit& hit : result->hits)
    hits.push_back({{"document", hit.document}, {"title", hit.title}, {"snippet", hit.snippet}});
  return JsonResponse(200, Json{{"results", std::move(hits)}});
}

}  // namespace recoupe::service
