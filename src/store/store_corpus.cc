// The corpus re-run: the corpus stage over every stored document's own
// annotations, its results written in place of the previous ones in one
// transaction. Per-document annotation is never redone.
#include <algorithm>
#include <chrono>
#include <set>

#include "clean/outlet_style.h"
#include "recoupe/pipeline.h"
#include "store/document_json.h"
#include "store/dossier_json.h"
#include "store/event_ids.h"
#include "store/schema.h"
#include "store/store_impl.h"

namespace recoupe {

using json::Json;
using store::Database;
using store::Statement;

namespace {

std::string Dump(const Json& value) {
  return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

// The pieces quote the text of their spans ("text", "text_a", "text_b");
// the store keeps the spans only (the texts are in the documents' raw
// text, and quoting them would store each copied passage many times over).
const json::DocumentsById kNoQuotes;

Result<std::vector<store::PreviousEvent>> PreviousEvents(Database& db) {
  auto rows = db.Prepare("SELECT json FROM events ORDER BY position");
  if (!rows.ok()) return rows.status();
  std::vector<store::PreviousEvent> previous;
  while (rows->Step()) {
    auto event = store::ReadEvent(Json::parse(rows->Text(0), nullptr, false));
    if (!event.ok()) return event.status();
    previous.push_back({event->id, event->documents});
  }
  if (!rows->status().ok()) return rows->status();
  return previous;
}

// Inserts one row per item: `bind` binds the parameters of `sql` for item i.
template <typename Items, typename Bind>
Status InsertAll(Database& db, const char* sql, const Items& items, Bind bind) {
  auto insert = db.Prepare(sql);
  if (!insert.ok()) return insert.status();
  for (size_t i = 0; i < items.size(); ++i) {
    insert->Reset();
    bind(insert.value(), static_cast<int64_t>(i), items[i]);
    if (Status s = insert->Run(); !s.ok()) return s;
  }
  return Status::Ok();
}

Status WriteCorpus(Database& db, const std::vector<Document>& before, const Dossier& dossier,
                   uint64_t next_event_number) {
  if (Status s = db.Execute(
          "DELETE FROM events; DELETE FROM document_corpus; DELETE FROM document_events; "
          "DELETE FROM facts; DELETE FROM flags; DELETE FROM reuse; DELETE FROM timeline;");
      !s.ok())
    return s;
  Status s = InsertAll(db, "INSERT INTO events(position, id, json) VALUES (?, ?, ?)",
                       dossier.events, [](Statement& row, int64_t i, const Event& e) {
                         row.Bind(1, i).Bind(2, e.id).Bind(3, Dump(json::EventJson(e)));
                       });
  if (s.ok())
    s = InsertAll(db,
                  "INSERT INTO document_corpus(document, outlet, published, overlay) "
                  "VALUES (?, ?, ?, ?)",
                  dossier.documents, [&](Statement& row, int64_t i, const Document& doc) {
                    row.Bind(1, doc.id);
                    if (doc.meta.outlet) row.Bind(2, *doc.meta.outlet);
                    const Json published = json::PublishedJson(doc)["value"];
                    if (published.is_string()) row.Bind(3, published.get<std::string>());
                    row.Bind(4, Dump(store::CorpusOverlay(before[i], doc)));
                  });
  if (s.ok()) {
    std::vector<std::pair<std::string, std::string>> memberships;
    for (const Document& doc : dossier.documents)
      for (const std::string& event : doc.events) memberships.emplace_back(doc.id, event);
    s = InsertAll(db, "INSERT OR IGNORE INTO document_events(document, event) VALUES (?, ?)",
                  memberships, [](Statement& row, int64_t, const auto& m) {
                    row.Bind(1, m.first).Bind(2, m.second);
                  });
  }
  if (s.ok())
    s = InsertAll(db, "INSERT INTO facts(position, event, status, json) VALUES (?, ?, ?, ?)",
                  dossier.facts, [&](Statement& row, int64_t i, const Fact& f) {
                    row.Bind(1, i).Bind(2, f.event).Bind(3, f.status);
                    Json fact = json::FactJson(f, kNoQuotes);
                    for (Json& report : fact["reports"]) report.erase("text");
                    row.Bind(4, Dump(fact));
                  });
  if (s.ok())
    s = InsertAll(db, "INSERT INTO flags(position, document, json) VALUES (?, ?, ?)",
                  dossier.flags, [&](Statement& row, int64_t i, const DossierFlag& f) {
                    Json flag = json::FlagJson(f, kNoQuotes);
                    flag.erase("text");
                    row.Bind(1, i).Bind(2, f.document).Bind(3, Dump(flag));
                  });
  if (s.ok())
    s = InsertAll(db, "INSERT INTO reuse(position, a, b, json) VALUES (?, ?, ?, ?)",
                  dossier.reuse, [&](Statement& row, int64_t i, const Reuse& r) {
                    row.Bind(1, i).Bind(2, r.a).Bind(3, r.b);
                    Json reuse = json::ReuseJson(r, kNoQuotes);
                    for (Json& passage : reuse["passages"]) {
                      passage.erase("text_a");
                      passage.erase("text_b");
                    }
                    row.Bind(4, Dump(reuse));
                  });
  if (s.ok())
    s = InsertAll(db, "INSERT INTO timeline(position, event, json) VALUES (?, ?, ?)",
                  dossier.timeline, [](Statement& row, int64_t i, const TimelineEntry& t) {
                    row.Bind(1, i).Bind(2, t.event).Bind(3, Dump(json::TimelineEntryJson(t)));
                  });
  if (!s.ok()) return s;
  return db.Execute(std::string(store::kMarkCorpusWritten) +
                    "INSERT OR REPLACE INTO meta VALUES ('next_event_number', '" +
                    std::to_string(next_event_number) + "');");
}

}  // namespace

Status Store::Impl::LoadCrossChecker() {
  if (!cross_checker) {
    CrossCheckOptions cross_options;
    cross_options.data_dir = ResolveDataDir(options.data_dir);
    cross_options.estimate = options.estimate;
    auto loaded = CrossChecker::Load(cross_options);
    if (!loaded.ok()) return loaded.status();
    cross_checker = std::move(loaded).value();
  }
  return Status::Ok();
}

Status Store::Impl::RefreshCorpus(IngestReport* report) {
  if (Status s = LoadCrossChecker(); !s.ok()) return s;
  using Clock = std::chrono::steady_clock;
  auto seconds_since = [](Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
  };
  auto start = Clock::now();
  if (Status s = LoadDocuments(); !s.ok()) return s;
  const double load_seconds = seconds_since(start);

  start = Clock::now();
  Dossier dossier;
  dossier.documents = *documents;
  GuessOutletsFromStyle(dossier.documents);
  cross_checker->Run(dossier);
  const double corpus_seconds = seconds_since(start);

  start = Clock::now();
  Database& db = *writer;
  store::Transaction transaction(db);
  if (!transaction.status().ok()) return transaction.status();
  auto previous = PreviousEvents(db);
  if (!previous.ok()) return previous.status();
  auto stored_next = db.QueryText("SELECT value FROM meta WHERE key = 'next_event_number'");
  if (!stored_next.ok()) return stored_next.status();
  uint64_t next_event_number =
      stored_next.value() ? std::strtoull(stored_next.value()->c_str(), nullptr, 10) : 1;
  store::KeepEventIds(dossier, previous.value(), next_event_number);
  if (Status s = WriteCorpus(db, *documents, dossier, next_event_number); !s.ok()) return s;
  if (Status s = transaction.Commit(); !s.ok()) return s;

  if (report) {
    report->load_seconds = load_seconds;
    report->corpus_seconds = corpus_seconds;
    report->write_seconds = seconds_since(start);
    const std::set<std::string> added(report->added.begin(), report->added.end());
    std::set<std::string> touched;
    for (const Document& doc : dossier.documents)
      if (added.count(doc.id)) touched.insert(doc.events.begin(), doc.events.end());
    for (const Event& event : dossier.events)
      if (touched.count(event.id)) report->events.push_back(event.id);
  }
  return Status::Ok();
}

}  // namespace recoupe
