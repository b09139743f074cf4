#include "store/schema.h"

#include <string>

namespace recoupe::store {
namespace {

// Raw articles, each document's annotations (the dossier object, its hidden
// layers, its raw text), the full-text index, then the corpus stage's
// results, replaced together by each re-run.
constexpr const char* kTables = R"sql(
CREATE TABLE IF NOT EXISTS meta(
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles(
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  hash TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  line INTEGER,
  format TEXT NOT NULL,
  bytes BLOB NOT NULL,
  added TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));
CREATE TABLE IF NOT EXISTS documents(
  article INTEGER PRIMARY KEY REFERENCES articles(seq) ON DELETE CASCADE,
  id TEXT NOT NULL UNIQUE,
  title TEXT,
  language TEXT NOT NULL,
  raw TEXT NOT NULL,
  annotations TEXT NOT NULL,
  layers TEXT NOT NULL);
CREATE VIRTUAL TABLE IF NOT EXISTS document_text USING fts5(
  document UNINDEXED, title, body,
  tokenize = 'unicode61 remove_diacritics 2');
CREATE TABLE IF NOT EXISTS events(
  position INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  json TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS document_corpus(
  document TEXT PRIMARY KEY,
  outlet TEXT,
  published TEXT,
  overlay TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS document_events(
  document TEXT NOT NULL,
  event TEXT NOT NULL,
  PRIMARY KEY (event, document));
CREATE INDEX IF NOT EXISTS document_events_by_document ON document_events(document);
CREATE TABLE IF NOT EXISTS facts(
  position INTEGER PRIMARY KEY,
  event TEXT NOT NULL,
  status TEXT NOT NULL,
  json TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS facts_by_event ON facts(event);
CREATE TABLE IF NOT EXISTS flags(
  position INTEGER PRIMARY KEY,
  document TEXT NOT NULL,
  json TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS flags_by_document ON flags(document);
CREATE TABLE IF NOT EXISTS reuse(
  position INTEGER PRIMARY KEY,
  a TEXT NOT NULL,
  b TEXT NOT NULL,
  json TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS timeline(
  position INTEGER PRIMARY KEY,
  event TEXT NOT NULL,
  json TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS timeline_by_event ON timeline(event);
)sql";

}  // namespace

Status PrepareReader(Database& db) { return db.Execute("PRAGMA foreign_keys = ON;"); }

Status PrepareSchema(Database& db) {
  // WAL: readers never block the writer nor the writer them. FULL: each
  // commit is on disk before it returns, so an acknowledged article survives
  // a kill of the process and also a power loss (NORMAL would survive only
  // the kill).
  if (Status s = db.Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; "
                            "PRAGMA foreign_keys = ON;");
      !s.ok())
    return Status::Error("cannot set up the database: " + s.message());
  auto version = db.QueryText("PRAGMA user_version");
  if (!version.ok()) return Status::Error("not a recoupe database: " + version.status().message());
  const int found = version.value() ? std::stoi(*version.value()) : 0;
  if (found > kSchemaVersion)
    return Status::Error("written by a newer recoupe (schema " + std::to_string(found) +
                         ", this one reads " + std::to_string(kSchemaVersion) + ")");
  if (found == kSchemaVersion) return Status::Ok();
  if (found == 0) {
    auto tables = db.QueryText("SELECT count(*) FROM sqlite_master");
    if (!tables.ok()) return tables.status();
    if (tables.value() && *tables.value() != "0")
      return Status::Error("not a recoupe database (it has other tables)");
  }
  // Another process may be creating the same new store: under the write
  // lock, tables it has created since are taken as they are.
  if (Status s = db.Execute("BEGIN IMMEDIATE;"); !s.ok())
    return Status::Error("cannot create the tables: " + s.message());
  auto locked_version = db.QueryText("PRAGMA user_version");
  if (locked_version.ok() && locked_version.value() &&
      *locked_version.value() == std::to_string(kSchemaVersion))
    return db.Execute("COMMIT");
  if (Status s = db.Execute(std::string(kTables) + "PRAGMA user_version = " +
                            std::to_string(kSchemaVersion) + "; COMMIT;");
      !s.ok()) {
    db.Execute("ROLLBACK");
    return Status::Error("cannot create the tables: " + s.message());
  }
  return Status::Ok();
}

}  // namespace recoupe::store
