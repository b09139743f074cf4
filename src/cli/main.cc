// The recoupe command line: argument parsing and output only; the analysis
// lives in the library (include/recoupe/pipeline.h).
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>

#include "cli/progress.h"
#include "cli/size_option.h"
#include "cli/store_commands.h"
#include "recoupe/crosscheck.h"
#include "recoupe/pipeline.h"
#include "framing/framing.h"
#include "render/claimreview_render.h"
#include "render/csv_render.h"
#include "render/geojson_render.h"
#include "render/render.h"
#include "service/http_server.h"

namespace {

using recoupe::cli::kExitNothingAnalysed;
using recoupe::cli::kExitOk;
using recoupe::cli::kExitSkippedStrict;
using recoupe::cli::kExitUsage;

struct AnalyzeArgs {
  std::string db;     // render from this store instead of reading PATHs
  std::string event;  // with db: only this event's dossier
  std::vector<std::string> paths;
  std::string format = "json";
  std::string table = "facts";  // with --format csv: facts or reports
  std::string output;
  std::string reference_date;
  std::string data_dir;
  std::string max_document_size = "16M";
  std::string estimate = "median";
  unsigned jobs = 0;
  double progress_seconds = 0;  // off a terminal: a progress line this often (0: none)
  bool quiet = false;
  bool strict = false;
  bool timings = false;
};

// Runs `write` on standard output or on the file at `path`; false if the
// output could not be opened or written.
bool WriteOutput(const std::string& path, const std::function<void(std::ostream&)>& write) {
  if (path.empty() || path == "-") {
    write(std::cout);
    std::cout.flush();
    return static_cast<bool>(std::cout);
  }
  std::ofstream out(path, std::ios::binary);
  if (!out) return false;
  write(out);
  out.flush();
  return static_cast<bool>(out);
}

// The reports' word-choice vocabulary for a non-JSON format, from the data
// directory; false (with a message) when it cannot be loaded.
bool LoadFraming(const std::string& format, const std::string& data_dir,
                 recoupe::FramingLexicon& framing) {
  if (format != "md" && format != "html") return true;
  auto loaded = recoupe::FramingLexicon::LoadDir(data_dir);
  if (!loaded.ok()) {
    std::cerr << "recoupe: " << loaded.status().message() << "\n";
    return false;
  }
  framing = std::move(loaded).value();
  return true;
}

bool WriteDossier(const AnalyzeArgs& args, const recoupe::Dossier& dossier,
                  const recoupe::FramingLexicon* framing) {
  const recoupe::ReportOptions report{.framing = framing};
  const bool written = WriteOutput(args.output, [&](std::ostream& out) {
    if (args.format == "json") recoupe::WriteJson(dossier, out);
    else if (args.format == "geojson") out << recoupe::RenderGeoJson(dossier);
    else if (args.format == "claimreview") out << recoupe::RenderClaimReview(dossier);
    else if (args.format == "csv")
      out << recoupe::RenderCsv(dossier, *recoupe::CsvTableNamed(args.table));
    else if (args.format == "md") out << recoupe::RenderMarkdown(dossier, report);
    else out << recoupe::RenderHtml(dossier, report);
  });
  if (!written)
    std::cerr << "recoupe: cannot write " << (args.output.empty() ? "standard output" : args.output)
              << "\n";
  return written;
}

recoupe::EstimateRule EstimateOf(const std::string& name) {
  return name == "conservative" ? recoupe::EstimateRule::kConservative
                                : recoupe::EstimateRule::kMedian;
}

// `analyze --db`: the dossier as the store holds it, rendered.
int RunAnalyzeStored(const AnalyzeArgs& args) {
  if (!args.paths.empty()) {
    std::cerr << "recoupe: --db renders the store; give no PATH (add articles with "
                 "'recoupe ingest --db FILE PATH')\n";
    return kExitUsage;
  }
  recoupe::StoreOptions options;
  options.data_dir = args.data_dir;
  options.estimate = EstimateOf(args.estimate);
  int exit_code = kExitOk;
  const auto event = args.event.empty() ? std::nullopt : std::optional<std::string>(args.event);
  std::optional<recoupe::Dossier> dossier =
      recoupe::cli::LoadStoredDossier(args.db, options, event, exit_code);
  if (!dossier) return exit_code;
  // The word-choice vocabulary, from the data directory the store's stages use.
  recoupe::FramingLexicon framing;
  if (!LoadFraming(args.format, recoupe::ResolveDataDir(args.data_dir), framing)) return kExitUsage;
  if (!WriteDossier(args, *dossier, &framing))
    return kExitNothingAnalysed;
  return kExitOk;
}

// Usage problems found before any document is read: an output file whose
// folder does not exist fails now, not after the whole analysis. On a
// terminal with no PATH, says that standard input is being read.
bool CheckBeforeReading(const AnalyzeArgs& args) {
  if (!args.output.empty()) {
    const std::filesystem::path folder = std::filesystem::path(args.output).parent_path();
    std::error_code ec;
    if (!folder.empty() && !std::filesystem::is_directory(folder, ec)) {
      std::cerr << "recoupe: cannot write " << args.output << ": no folder " << folder.string()
                << "\n";
      return false;
    }
  }
  if (args.db.empty() && args.paths.empty() && isatty(STDIN_FILENO) && !args.quiet)
    std::cerr << "recoupe: reading an article from standard input (end with Ctrl-D; "
                 "`recoupe analyze --help` for files and folders)\n";
  return true;
}

int RunAnalyze(const AnalyzeArgs& args) {
  if (!CheckBeforeReading(args)) return kExitUsage;
  if (!args.db.empty()) return RunAnalyzeStored(args);
  if (!args.event.empty()) {
    std::cerr << "recoupe: --event needs --db (events are read from a store)\n";
    return kExitUsage;
  }
  recoupe::PipelineOptions options;
  options.data_dir = args.data_dir;
  options.jobs = args.jobs;
  if (!args.reference_date.empty()) options.reference_date = args.reference_date;
  const auto max_size = recoupe::ParseByteSize(args.max_document_size);
  if (!max_size || *max_size == 0) {
    std::cerr << "recoupe: --max-document-size: expected a size like 32M or 500k, got '"
              << args.max_document_size << "'\n";
    return kExitUsage;
  }
  options.max_document_bytes = *max_size;
  recoupe::cli::ProgressLine progress(stderr, !args.quiet && isatty(STDERR_FILENO),
                                      args.quiet ? 0 : args.progress_seconds);
  progress.Phase("analysing", "document");
  options.on_progress = [&progress](size_t done, size_t total) { progress.Update(done, total); };
  auto pipeline = recoupe::Pipeline::Load(options);
  if (!pipeline.ok()) {
    std::cerr << "recoupe: " << pipeline.status().message() << "\n";
    return kExitUsage;
  }
  // The reports' word-choice vocabulary, from the same data directory.
  recoupe::FramingLexicon framing;
  if (!LoadFraming(args.format, pipeline.value()->options().data_dir, framing)) return kExitUsage;
  recoupe::CrossCheckOptions cross_options;
  cross_options.data_dir = args.data_dir;
  cross_options.estimate = EstimateOf(args.estimate);
  auto cross_checker = recoupe::CrossChecker::Load(cross_options);
  if (!cross_checker.ok()) {
    std::cerr << "recoupe: " << cross_checker.status().message() << "\n";
    return kExitUsage;
  }
  recoupe::Dossier dossier = pipeline.value()->Run(args.paths);
  progress.Say("corpus stage: events, copied text, facts across " +
               std::to_string(dossier.documents.size()) + " documents");
  const auto corpus_start = std::chrono::steady_clock::now();
  cross_checker.value()->Run(dossier);
  const std::chrono::duration<double> corpus_seconds =
      std::chrono::steady_clock::now() - corpus_start;
  for (const recoupe::SkippedInput& skipped : dossier.skipped)
    std::cerr << "recoupe: skipped " << skipped.ToString() << "\n";
  std::vector<recoupe::cli::InputWarning> warnings;
  for (const recoupe::Document& doc : dossier.documents)
    for (const recoupe::Warning& w : doc.warnings)
      warnings.push_back({w.code, doc.path + (doc.line ? ":" + std::to_string(*doc.line) : ""),
                          "[" + doc.id + "] " + w.message});
  for (const std::string& line : recoupe::cli::MergeWarnings(warnings))
    std::cerr << "recoupe: warning: " << line << "\n";
  progress.Say("writing the " + args.format + " dossier");

  const auto render_start = std::chrono::steady_clock::now();
  const bool written = WriteDossier(args, dossier, &framing);
  const std::chrono::duration<double> render_seconds =
      std::chrono::steady_clock::now() - render_start;
  if (!written) return kExitNothingAnalysed;
  if (args.timings) {
    for (const auto& [stage, seconds] : pipeline.value()->Times().seconds)
      std::fprintf(stderr, "recoupe: stage %-10s %8.3f s\n", stage.c_str(), seconds);
    std::fprintf(stderr, "recoupe: stage %-10s %8.3f s\n", "corpus", corpus_seconds.count());
    std::fprintf(stderr, "recoupe: stage %-10s %8.3f s\n", "render", render_seconds.count());
  }
  if (!args.quiet)
    std::cerr << "recoupe: " << dossier.documents.size() << " documents analysed, "
              << dossier.skipped.size() << " skipped\n";
  if (dossier.documents.empty()) return kExitNothingAnalysed;
  if (args.strict && !dossier.skipped.empty()) return kExitSkippedStrict;
  return kExitOk;
}

struct ServeArgs {
  std::string db = "recoupe.db";
  std::string web_dir;
  std::string max_body = "32M";
  std::string data_dir;
  recoupe::service::ServeOptions serve;
};

// `recoupe serve`: the store behind the HTTP API (docs/api.md).
int RunServe(ServeArgs& args) {
  const auto max_body = recoupe::ParseByteSize(args.max_body);
  if (!max_body || *max_body == 0) {
    std::cerr << "recoupe: --max-body-size: expected a size like 32M, got '" << args.max_body
              << "'\n";
    return kExitUsage;
  }
  args.serve.api.max_body_bytes = *max_body;
  const char* env_web = std::getenv("RECOUPE_WEB_DIR");
  args.serve.api.web_dir = !args.web_dir.empty() ? args.web_dir
                           : env_web             ? env_web
                                                 : RECOUPE_DEFAULT_WEB_DIR;
  recoupe::StoreOptions options;
  options.data_dir = args.data_dir;
  auto store = recoupe::Store::Open(args.db, options);
  if (!store.ok()) {
    std::cerr << "recoupe: " << store.status().message() << "\n";
    return kExitUsage;
  }
  if (recoupe::Status s = store.value()->RefreshCorpusIfStale(); !s.ok()) {
    std::cerr << "recoupe: " << args.db << ": " << s.message() << "\n";
    return kExitUsage;
  }
  // Ready for the first upload: the analysis resources and the stored
  // documents are loaded before listening.
  if (recoupe::Status s = store.value()->LoadResources(); !s.ok()) {
    std::cerr << "recoupe: " << s.message() << "\n";
    return kExitUsage;
  }
  if (recoupe::Status s = recoupe::service::Serve(*store.value(), args.serve); !s.ok()) {
    std::cerr << "recoupe: " << s.message() << "\n";
    return kExitUsage;
  }
  return kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"recoupe: cross-check news coverage across outlets", "recoupe"};
  app.set_version_flag("--version", std::string("recoupe ") + recoupe::Version());
  app.require_subcommand(1);

  AnalyzeArgs args;
  CLI::App* analyze = app.add_subcommand(
      "analyze", "Analyse articles (.txt, .html, .jsonl, directories, or - for standard input)");
  analyze->add_option("paths", args.paths, "Files or directories; none or '-' reads standard input");
  analyze->add_option("--format", args.format, "Output format")
      ->check(CLI::IsMember({"json", "md", "html", "csv", "geojson", "claimreview"}))
      ->capture_default_str();
  analyze->add_option("--table", args.table,
                      "With --format csv: facts (a row per fact) or reports (a row per report)")
      ->check(CLI::IsMember({"facts", "reports"}))
      ->capture_default_str();
  analyze->add_option("-o,--output", args.output, "Write to FILE instead of standard output");
  analyze->add_option("--reference-date", args.reference_date,
                      "YYYY-MM-DD: fallback date for documents whose publication date cannot be "
                      "inferred")
      ->check([](const std::string& value) {
        const bool ok = value.size() == 10 && value[4] == '-' && value[7] == '-';
        return ok ? std::string() : std::string("expected YYYY-MM-DD");
      });
  analyze->add_option("--data-dir", args.data_dir,
                      "Language data directory (default: RECOUPE_DATA_DIR or the built-in path)");
  analyze->add_option("--max-document-size", args.max_document_size,
                      "Skip documents larger than this, with an error (e.g. 32M, 500k)")
      ->capture_default_str();
  analyze->add_option("--estimate", args.estimate,
                      "Best value of a fact: median of its independent witnesses, or the "
                      "lowest (conservative)")
      ->check(CLI::IsMember({"median", "conservative"}))
      ->capture_default_str();
  analyze->add_option("-j,--jobs", args.jobs, "Worker threads (default: all cores)");
  analyze->add_option("--db", args.db,
                      "Render the dossier held by this store (see 'recoupe ingest') instead of "
                      "reading PATHs");
  analyze->add_option("--event", args.event, "With --db: only this event's dossier (e.g. ev-1)");
  analyze->add_flag("-q,--quiet", args.quiet, "No progress or summary on standard error");
  analyze->add_flag("--strict", args.strict, "Exit with status 3 if any input was skipped");
  analyze->add_flag("--timings", args.timings, "Print the time spent in each stage");
  analyze->add_option("--progress", args.progress_seconds,
                       "When standard error is no terminal, a progress line every N seconds "
                       "(a terminal always shows one)")
      ->check(CLI::NonNegativeNumber);

  recoupe::cli::IngestArgs ingest_args;
  std::string ingest_max_size = "16M";
  std::string ingest_estimate = "median";
  std::string ingest_reference_date;
  CLI::App* ingest = app.add_subcommand(
      "ingest", "Add articles to a store (docs/store.md): each is analysed once, then events "
                "and facts are updated over every stored article");
  ingest->add_option("--db", ingest_args.db, "The store: an SQLite file, created when absent")
      ->required();
  ingest->add_option("paths", ingest_args.paths,
                     "Files or directories (.txt, .html, .jsonl); none or '-' reads standard "
                     "input");
  ingest->add_option("--reference-date", ingest_reference_date,
                     "YYYY-MM-DD: fallback date for documents whose publication date cannot be "
                     "inferred");
  ingest->add_option("--data-dir", ingest_args.store.data_dir,
                     "Language data directory (default: RECOUPE_DATA_DIR or the built-in path)");
  ingest->add_option("--max-document-size", ingest_max_size,
                     "Skip documents larger than this, with an error (e.g. 32M, 500k)")
      ->capture_default_str();
  ingest->add_option("--estimate", ingest_estimate, "Best value of a fact: median or conservative")
      ->check(CLI::IsMember({"median", "conservative"}))
      ->capture_default_str();
  ingest->add_option("--batch", ingest_args.store.batch_size,
                     "Articles analysed and committed together")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  ingest->add_option("-j,--jobs", ingest_args.store.jobs, "Worker threads (default: all cores)");
  ingest->add_flag("-q,--quiet", ingest_args.quiet, "No progress or summary on standard error");
  ingest->add_option("--progress", ingest_args.progress_seconds,
                     "When standard error is no terminal, a progress line every N seconds")
      ->check(CLI::NonNegativeNumber);
  ingest->add_flag("--strict", ingest_args.strict, "Exit with status 3 if any input was skipped");
  ingest->add_flag("--timings", ingest_args.timings,
                   "Print the time spent analysing, re-running the corpus stage and writing");

  ServeArgs serve_args;
  CLI::App* serve = app.add_subcommand(
      "serve", "Serve the store's dossiers and the web page over HTTP (docs/api.md)");
  serve->add_option("--db", serve_args.db, "The store (created when absent)")
      ->capture_default_str();
  serve->add_option("--host", serve_args.serve.host,
                    "Address to listen on (loopback by default; 0.0.0.0 for every interface)")
      ->capture_default_str();
  serve->add_option("--port", serve_args.serve.port, "Port (0: any free port, printed)")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  serve->add_option("--web", serve_args.web_dir,
                    "The built web page (default: RECOUPE_WEB_DIR or the source tree's web/dist)");
  serve->add_option("--max-body-size", serve_args.max_body,
                    "Largest request body accepted (e.g. 32M); larger ones get 413")
      ->capture_default_str();
  serve->add_option("--threads", serve_args.serve.threads,
                    "Connections served at once (a kept-alive connection holds its thread)")
      ->check(CLI::Range(1, 1024))
      ->capture_default_str();
  serve->add_option("--timeout", serve_args.serve.read_timeout_seconds,
                    "Seconds to wait for a client's request, and to write a response")
      ->check(CLI::Range(1, 3600))
      ->capture_default_str();
  serve->add_option("--allowed-host", serve_args.serve.api.guard.allowed_hosts,
                    "Also answer requests whose Host is this name (repeatable; IP addresses and "
                    "localhost are always answered)");
  serve->add_option("--token", serve_args.serve.api.guard.token,
                    "Writes need 'Authorization: Bearer TOKEN' (required for writes when --host "
                    "is beyond loopback)");
  serve->add_option("--data-dir", serve_args.data_dir,
                    "Language data directory (default: RECOUPE_DATA_DIR or the built-in path)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  }
  if (analyze->parsed()) return RunAnalyze(args);
  if (serve->parsed()) {
    serve_args.serve.write_timeout_seconds = serve_args.serve.read_timeout_seconds;
    return RunServe(serve_args);
  }
  if (ingest->parsed()) {
    const auto max_size = recoupe::ParseByteSize(ingest_max_size);
    if (!max_size || *max_size == 0) {
      std::cerr << "recoupe: --max-document-size: expected a size like 32M or 500k, got '"
                << ingest_max_size << "'\n";
      return kExitUsage;
    }
    ingest_args.store.max_document_bytes = *max_size;
    ingest_args.store.estimate = EstimateOf(ingest_estimate);
    if (!ingest_reference_date.empty()) ingest_args.store.reference_date = ingest_reference_date;
    return recoupe::cli::RunIngest(ingest_args);
  }
  return kExitUsage;
}
