// The commands over the store (include/recoupe/store.h): `recoupe ingest`
// and the reading side of `recoupe analyze --db`. Arguments and output only.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "recoupe/dossier.h"
#include "recoupe/store.h"

namespace recoupe::cli {

// Exit codes, also listed in the README and docs/store.md.
inline constexpr int kExitOk = 0;
inline constexpr int kExitNothingAnalysed = 1;  // no input could be analysed or stored
inline constexpr int kExitUsage = 2;            // bad command line, data directory or database
inline constexpr int kExitSkippedStrict = 3;    // --strict and some input was skipped

struct IngestArgs {
  std::string db;
  std::vector<std::string> paths;
  StoreOptions store;
  double progress_seconds = 0;  // off a terminal: a progress line this often (0: none)
  bool quiet = false;
  bool strict = false;
  bool timings = false;
};

// Adds the articles `paths` name to the store: one line "added ID" per new
// document on standard output, written and flushed once its batch is
// committed; "unchanged ID" for articles already stored; skipped inputs on
// standard error; a progress line on a terminal and a summary line.
int RunIngest(const IngestArgs& args);

// The dossier of the store at `db` (of `event` only, when given), with the
// corpus stage re-run first if an ingest was interrupted. An error is
// printed; the exit code is returned in `exit_code`.
std::optional<Dossier> LoadStoredDossier(const std::string& db, const StoreOptions& options,
                                         const std::optional<std::string>& event,
                                         int& exit_code);

}  // namespace recoupe::cli
