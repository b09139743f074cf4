// The store's tables (docs/store.md has them with their meaning).
#pragma once

#include "recoupe/status.h"
#include "store/sqlite.h"

namespace recoupe::store {

// Bumped with every change of the tables; a database written by a newer
// schema is refused.
inline constexpr int kSchemaVersion = 1;

// Marks, inside a writing transaction, that documents changed: the corpus
// tables are stale until the next re-run, and the generation moves on.
inline constexpr const char* kMarkDocumentsChanged =
    "INSERT OR REPLACE INTO meta VALUES ('corpus_stale', '1'); "
    "INSERT INTO meta VALUES ('generation', '1') "
    "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1;";
// The same after the corpus tables were rewritten.
inline constexpr const char* kMarkCorpusWritten =
    "INSERT OR REPLACE INTO meta VALUES ('corpus_stale', '0'); "
    "INSERT INTO meta VALUES ('generation', '1') "
    "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1;";

// Sets the connection's pragmas (WAL, synchronous=FULL, foreign keys) and
// creates the tables when the database is new.
Status PrepareSchema(Database& db);

// Pragmas for a reading connection of a database PrepareSchema set up.
Status PrepareReader(Database& db);

}  // namespace recoupe::store
