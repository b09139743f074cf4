#include "cli/store_commands.h"

#include <unistd.h>

#include <cstdio>
#include <iostream>

#include "cli/progress.h"

namespace recoupe::cli {

int RunIngest(const IngestArgs& args) {
  auto store = Store::Open(args.db, args.store);
  if (!store.ok()) {
    std::cerr << "recoupe: " << store.status().message() << "\n";
    return kExitUsage;
  }
  IngestCallbacks callbacks;
  ProgressLine progress(stderr, !args.quiet && isatty(STDERR_FILENO),
                        args.quiet ? 0 : args.progress_seconds);
  progress.Phase("reading", "input");
  callbacks.on_committed = [](const std::vector<std::string>& ids) {
    for (const std::string& id : ids) std::printf("added %s\n", id.c_str());
    std::fflush(stdout);
  };
  callbacks.on_progress = [&progress](size_t done, size_t total) {
    progress.Update(done, total);
  };
  auto report = store.value()->IngestPaths(args.paths, callbacks);
  if (!report.ok()) {
    std::cerr << "recoupe: " << args.db << ": " << report.status().message() << "\n";
    return kExitUsage;
  }
  for (const std::string& id : report->unchanged) std::printf("unchanged %s\n", id.c_str());
  std::fflush(stdout);
  for (const SkippedInput& skipped : report->skipped)
    std::cerr << "recoupe: skipped " << skipped.ToString() << "\n";
  if (!args.quiet)
    std::cerr << "recoupe: " << report->added.size() << " added, " << report->unchanged.size()
              << " unchanged, " << report->skipped.size() << " skipped\n";
  if (args.timings)
    std::fprintf(stderr,
                 "recoupe: analysis %.3f s, loading stored documents %.3f s, corpus stage "
                 "%.3f s, writing its tables %.3f s\n",
                 report->analysis_seconds, report->load_seconds, report->corpus_seconds,
                 report->write_seconds);
  if (report->added.empty() && report->unchanged.empty()) return kExitNothingAnalysed;
  if (args.strict && !report->skipped.empty()) return kExitSkippedStrict;
  return kExitOk;
}

std::optional<Dossier> LoadStoredDossier(const std::string& db, const StoreOptions& options,
                                         const std::optional<std::string>& event,
                                         int& exit_code) {
  auto store = Store::Open(db, options);
  if (!store.ok()) {
    std::cerr << "recoupe: " << store.status().message() << "\n";
    exit_code = kExitUsage;
    return std::nullopt;
  }
  if (Status s = store.value()->RefreshCorpusIfStale(); !s.ok()) {
    std::cerr << "recoupe: " << db << ": " << s.message() << "\n";
    exit_code = kExitUsage;
    return std::nullopt;
  }
  auto dossier = store.value()->LoadDossier(event);
  if (!dossier.ok()) {
    std::cerr << "recoupe: " << db << ": " << dossier.status().message() << "\n";
    exit_code = kExitUsage;
    return std::nullopt;
  }
  if (!dossier.value()) {
    std::cerr << "recoupe: " << db << ": no event '" << *event << "'\n";
    exit_code = kExitNothingAnalysed;
    return std::nullopt;
  }
  exit_code = kExitOk;
  return std::move(*dossier.value());
}

}  // namespace recoupe::cli
