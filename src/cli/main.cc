// The recoupe command line: argument parsing and output only; the analysis
// lives in the library (include/recoupe/pipeline.h).
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>

#include "cli/size_option.h"
#include "recoupe/crosscheck.h"
#include "recoupe/pipeline.h"
#include "render/framing.h"
#include "render/render.h"

namespace {

// Exit codes, also listed in docs/cli.md.
constexpr int kExitOk = 0;
constexpr int kExitNothingAnalysed = 1;  // no input could be analysed, or output failed
constexpr int kExitUsage = 2;            // bad command line or data directory
constexpr int kExitSkippedStrict = 3;    // --strict and some input was skipped

struct AnalyzeArgs {
  std::vector<std::string> paths;
  std::string format = "json";
  std::string output;
  std::string reference_date;
  std::string data_dir;
  std::string max_document_size = "16M";
  std::string estimate = "median";
  unsigned jobs = 0;
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

int RunAnalyze(const AnalyzeArgs& args) {
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
  const bool show_progress = !args.quiet && isatty(STDERR_FILENO);
  if (show_progress)
    options.on_progress = [](size_t done, size_t total) {
      std::fprintf(stderr, "\rrecoupe: %zu/%zu documents", done, total);
      if (done == total) std::fprintf(stderr, "\n");
    };
  auto pipeline = recoupe::Pipeline::Load(options);
  if (!pipeline.ok()) {
    std::cerr << "recoupe: " << pipeline.status().message() << "\n";
    return kExitUsage;
  }
  // The reports' word-choice vocabulary, from the same data directory.
  recoupe::FramingLexicon framing;
  if (args.format != "json") {
    auto loaded = recoupe::FramingLexicon::LoadDir(pipeline.value()->options().data_dir);
    if (!loaded.ok()) {
      std::cerr << "recoupe: " << loaded.status().message() << "\n";
      return kExitUsage;
    }
    framing = std::move(loaded).value();
  }
  recoupe::CrossCheckOptions cross_options;
  cross_options.data_dir = args.data_dir;
  cross_options.estimate = args.estimate == "conservative" ? recoupe::EstimateRule::kConservative
                                                           : recoupe::EstimateRule::kMedian;
  auto cross_checker = recoupe::CrossChecker::Load(cross_options);
  if (!cross_checker.ok()) {
    std::cerr << "recoupe: " << cross_checker.status().message() << "\n";
    return kExitUsage;
  }
  recoupe::Dossier dossier = pipeline.value()->Run(args.paths);
  const auto corpus_start = std::chrono::steady_clock::now();
  cross_checker.value()->Run(dossier);
  const std::chrono::duration<double> corpus_seconds =
      std::chrono::steady_clock::now() - corpus_start;
  for (const recoupe::SkippedInput& skipped : dossier.skipped)
    std::cerr << "recoupe: skipped " << skipped.ToString() << "\n";
  for (const recoupe::Document& doc : dossier.documents)
    for (const recoupe::Warning& w : doc.warnings)
      std::cerr << "recoupe: warning: " << doc.path
                << (doc.line ? ":" + std::to_string(*doc.line) : "") << ": [" << doc.id << "] "
                << w.message << "\n";

  const auto render_start = std::chrono::steady_clock::now();
  const recoupe::ReportOptions report{.framing = &framing};
  const bool written = WriteOutput(args.output, [&](std::ostream& out) {
    if (args.format == "json") recoupe::WriteJson(dossier, out);
    else if (args.format == "md") out << recoupe::RenderMarkdown(dossier, report);
    else out << recoupe::RenderHtml(dossier, report);
  });
  const std::chrono::duration<double> render_seconds =
      std::chrono::steady_clock::now() - render_start;
  if (!written) {
    std::cerr << "recoupe: cannot write " << (args.output.empty() ? "standard output" : args.output)
              << "\n";
    return kExitNothingAnalysed;
  }
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
      ->check(CLI::IsMember({"json", "md", "html"}))
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
  analyze->add_flag("-q,--quiet", args.quiet, "No progress or summary on standard error");
  analyze->add_flag("--strict", args.strict, "Exit with status 3 if any input was skipped");
  analyze->add_flag("--timings", args.timings, "Print the time spent in each stage");

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
  return kExitUsage;
}
