// A small RAII layer over the SQLite C API: a connection, prepared
// statements with bound parameters, and transactions. Errors are Status
// values carrying SQLite's message. Not thread-safe: one Database per thread
// (the store opens one writer and one connection per reader).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "recoupe/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace recoupe::store {

class Statement;

class Database {
 public:
  // Opens (creating when `create`) the database file at `path`.
  static Result<std::unique_ptr<Database>> Open(const std::string& path, bool create);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Runs one or more statements without results (schema, pragmas).
  Status Execute(const std::string& sql);
  Result<Statement> Prepare(std::string_view sql);
  // The first column of the first row of `sql`, as text; none when no row.
  Result<std::optional<std::string>> QueryText(std::string_view sql);
  std::string ErrorMessage() const;
  int64_t LastInsertId() const;
  sqlite3* handle() { return db_; }

 private:
  explicit Database(sqlite3* db) : db_(db) {}
  sqlite3* db_;
};

// A prepared statement. Bind parameters are 1-based, as in SQLite.
class Statement {
 public:
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  ~Statement();

  Statement& Bind(int index, std::string_view text);
  Statement& BindBlob(int index, std::string_view bytes);
  Statement& Bind(int index, int64_t value);
  Statement& BindNull(int index);

  // Steps once: true when a row is ready, false when done; an error is
  // reported by status() and ends the stepping.
  bool Step();
  // Steps to the end of a statement that returns no rows.
  Status Run();
  // Makes the statement ready to run again with new bindings.
  void Reset();
  Status status() const { return status_; }
  // True when the last step failed on what the statement was given (SQLite's
  // plain SQLITE_ERROR, e.g. a malformed full-text query), not on the
  // database (I/O, corruption, locks).
  bool FailedOnInput() const { return error_code_ == 1; }

  std::string Text(int column) const;   // 0-based, as in SQLite
  int64_t Int(int column) const;
  bool IsNull(int column) const;

 private:
  friend class Database;
  Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  sqlite3* db_;
  sqlite3_stmt* stmt_;
  Status status_;
  int error_code_ = 0;
};

// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless
// Commit() succeeded.
class Transaction {
 public:
  explicit Transaction(Database& db);
  ~Transaction();
  Status status() const { return begun_; }
  Status Commit();

 private:
  Database& db_;
  Status begun_;
  bool done_ = false;
};

}  // namespace recoupe::store
