// Reads of the store, each on a reading connection of its own: they see the
// last committed state and never wait for the writer (WAL).
#include "store/document_json.h"
#include "store/dossier_json.h"
#include "store/store_impl.h"

namespace recoupe {

using json::Json;
using store::Database;
using store::Statement;

namespace {

Json Parse(const std::string& text) { return Json::parse(text, nullptr, false); }

// Documents in store order, as the corpus stage left them. `where` filters
// on the documents table `d` with one bound text parameter (or is empty).
Result<std::vector<Document>> ReadDocuments(Database& db, const std::string& where,
                                            const std::string& parameter) {
  auto rows = db.Prepare(
      "SELECT d.annotations, d.layers, d.raw, c.overlay FROM documents d "
      "LEFT JOIN document_corpus c ON c.document = d.id " +
      where + " ORDER BY d.article");
  if (!rows.ok()) return rows.status();
  if (!where.empty()) rows->Bind(1, parameter);
  std::vector<Document> documents;
  while (rows->Step()) {
    Json annotations = Parse(rows->Text(0));
    if (!rows->IsNull(3)) store::ApplyOverlay(annotations, Parse(rows->Text(3)));
    auto doc = store::ReadDocument(annotations, Parse(rows->Text(1)), rows->Text(2));
    if (!doc.ok()) return doc.status();
    documents.push_back(std::move(doc).value());
  }
  if (!rows->status().ok()) return rows->status();
  return documents;
}

// Every row's JSON (first column) read by `read`, in order; `sql` takes at
// most one bound text parameter.
template <typename T>
Result<std::vector<T>> ReadPieces(Database& db, const std::string& sql,
                                  const std::optional<std::string>& parameter,
                                  Result<T> (*read)(const Json&)) {
  auto rows = db.Prepare(sql);
  if (!rows.ok()) return rows.status();
  if (parameter) rows->Bind(1, *parameter);
  std::vector<T> out;
  while (rows->Step()) {
    Result<T> piece = read(Parse(rows->Text(0)));
    if (!piece.ok()) return piece.status();
    out.push_back(std::move(piece).value());
  }
  if (!rows->status().ok()) return rows->status();
  return out;
}

// Moves the value of `from` into `into`, or returns its error.
template <typename T>
Status Take(Result<T> from, T& into) {
  if (!from.ok()) return from.status();
  into = std::move(from).value();
  return Status::Ok();
}

constexpr const char* kEventDocuments =
    "(SELECT document FROM document_events WHERE event = ?1)";

}  // namespace

Result<std::optional<Dossier>> Store::LoadDossier(const std::optional<std::string>& event) {
  auto db = impl_->Reader();
  if (!db.ok()) return db.status();
  Database& reader = *db.value();
  // One read transaction, so that every piece comes from the same re-run.
  if (Status s = reader.Execute("BEGIN"); !s.ok()) return s;
  struct EndRead {
    Database& db;
    ~EndRead() { db.Execute("COMMIT"); }
  } end_read{reader};

  Dossier dossier;
  const std::string event_docs = kEventDocuments;
  Status s = Take(ReadPieces<Event>(reader,
                                    event ? "SELECT json FROM events WHERE id = ?1"
                                          : "SELECT json FROM events ORDER BY position",
                                    event, store::ReadEvent),
                  dossier.events);
  if (!s.ok()) return s;
  if (event && dossier.events.empty()) return std::optional<Dossier>();
  const std::string only = event ? "WHERE d.id IN " + event_docs : "";
  if (s = Take(ReadDocuments(reader, only, event.value_or("")), dossier.documents); !s.ok())
    return s;
  s = Take(ReadPieces<Fact>(reader,
                            event ? "SELECT json FROM facts WHERE event = ?1 ORDER BY position"
                                  : "SELECT json FROM facts ORDER BY position",
                            event, store::ReadFact),
           dossier.facts);
  if (s.ok())
    s = Take(ReadPieces<DossierFlag>(
                 reader,
                 event ? "SELECT json FROM flags WHERE document IN " + event_docs +
                             " ORDER BY position"
                       : "SELECT json FROM flags ORDER BY position",
                 event, store::ReadFlag),
             dossier.flags);
  if (s.ok())
    s = Take(ReadPieces<Reuse>(reader,
                               event ? "SELECT json FROM reuse WHERE a IN " + event_docs +
                                           " AND b IN " + event_docs + " ORDER BY position"
                                     : "SELECT json FROM reuse ORDER BY position",
                               event, store::ReadReuse),
             dossier.reuse);
  if (s.ok())
    s = Take(ReadPieces<TimelineEntry>(
                 reader,
                 event ? "SELECT json FROM timeline WHERE event = ?1 ORDER BY position"
                       : "SELECT json FROM timeline ORDER BY position",
                 event, store::ReadTimelineEntry),
             dossier.timeline);
  if (!s.ok()) return s;
  return std::optional<Dossier>(std::move(dossier));
}

Result<std::optional<Document>> Store::GetDocument(const std::string& id) {
  auto db = impl_->Reader();
  if (!db.ok()) return db.status();
  auto documents = ReadDocuments(*db.value(), "WHERE d.id = ?", id);
  if (!documents.ok()) return documents.status();
  if (documents->empty()) return std::optional<Document>();
  return std::optional<Document>(std::move(documents->front()));
}

Result<std::vector<DocumentSummary>> Store::ListDocuments() {
  auto db = impl_->Reader();
  if (!db.ok()) return db.status();
  auto rows = db.value()->Prepare(
      "SELECT d.id, d.title, c.outlet, d.language, c.published, c.overlay FROM documents d "
      "LEFT JOIN document_corpus c ON c.document = d.id ORDER BY d.article");
  if (!rows.ok()) return rows.status();
  std::vector<DocumentSummary> out;
  auto optional_text = [&](int column) {
    return rows->IsNull(column) ? std::nullopt : std::optional<std::string>(rows->Text(column));
  };
  while (rows->Step()) {
    DocumentSummary summary{rows->Text(0), optional_text(1), optional_text(2), optional_text(3),
                            optional_text(4), {}};
    if (!rows->IsNull(5)) {
      const Json overlay = Parse(rows->Text(5));
      if (overlay.is_object() && overlay.contains("events") && overlay["events"].is_array())
        for (const Json& e : overlay["events"])
          if (e.is_string()) summary.events.push_back(e.get<std::string>());
    }
    out.push_back(std::move(summary));
  }
  if (!rows->status().ok()) return rows->status();
  return out;
}

Result<std::vector<EventSummary>> Store::ListEvents() {
  auto db = impl_->Reader();
  if (!db.ok()) return db.status();
  Database& reader = *db.value();
  auto events = ReadPieces<Event>(reader, "SELECT json FROM events ORDER BY position",
                                  std::nullopt, store::ReadEvent);
  if (!events.ok()) return events.status();
  auto outlets = reader.Prepare(
      std::string("SELECT c.outlet FROM documents d JOIN document_corpus c ON c.document = d.id "
                  "WHERE c.outlet IS NOT NULL AND d.id IN ") +
      kEventDocuments + " ORDER BY d.article");
  auto facts = reader.Prepare(
      "SELECT count(*), coalesce(sum(status = 'conflict'), 0) FROM facts WHERE event = ?1");
  // Sources disagreeing on a date are a flag, not a fact: counted as conflicts too.
  auto flags = reader.Prepare(
      std::string("SELECT count(*), coalesce(sum(json_extract(json, '$.kind') = "
                  "'cross_source_conflict'), 0) FROM flags WHERE document IN ") +
      kEventDocuments);
  for (auto* s : {&outlets, &facts, &flags})
    if (!s->ok()) return s->status();
  std::vector<EventSummary> out;
  for (Event& event : events.value()) {
    EventSummary summary;
    for (auto* s : {&outlets, &facts, &flags}) {
      (*s)->Reset();
      (*s)->Bind(1, event.id);
    }
    while (outlets->Step()) {
      std::string outlet = outlets->Text(0);
      if (std::find(summary.outlets.begin(), summary.outlets.end(), outlet) ==
          summary.outlets.end())
        summary.outlets.push_back(std::move(outlet));
    }
    if (facts->Step()) {
      summary.facts = static_cast<uint32_t>(facts->Int(0));
      summary.conflicts = static_cast<uint32_t>(facts->Int(1));
    }
    if (flags->Step()) {
      summary.flags = static_cast<uint32_t>(flags->Int(0));
      summary.conflicts += static_cast<uint32_t>(flags->Int(1));
    }
    for (auto* s : {&outlets, &facts, &flags})
      if (!(*s)->status().ok()) return (*s)->status();
    summary.event = std::move(event);
    out.push_back(std::move(summary));
  }
  return out;
}

Result<SearchResult> Store::Search(const std::string& query, size_t limit) {
  auto db = impl_->Reader();
  if (!db.ok()) return db.status();
  auto rows = db.value()->Prepare(
      "SELECT document, title, snippet(document_text, 2, '**', '**', '…', 16) "
      "FROM document_text WHERE document_text MATCH ?1 ORDER BY rank LIMIT ?2");
  if (!rows.ok()) return rows.status();
  rows->Bind(1, query).Bind(2, static_cast<int64_t>(limit));
  SearchResult result;
  while (rows->Step()) result.hits.push_back({rows->Text(0), rows->Text(1), rows->Text(2)});
  if (!rows->status().ok()) {
    if (!rows->FailedOnInput()) return rows->status();
    result.hits.clear();
    result.query_error = rows->status().message();
  }
  return result;
}

namespace {

Result<size_t> CountRows(Result<Store::Impl::ReaderLease> db, const char* sql) {
  if (!db.ok()) return db.status();
  auto count = db.value()->QueryText(sql);
  if (!count.ok()) return count.status();
  return count.value() ? static_cast<size_t>(std::stoull(*count.value())) : 0;
}

}  // namespace

Result<size_t> Store::CountDocuments() {
  return CountRows(impl_->Reader(), "SELECT count(*) FROM documents");
}

Result<size_t> Store::CountEvents() {
  return CountRows(impl_->Reader(), "SELECT count(*) FROM events");
}

}  // namespace recoupe
