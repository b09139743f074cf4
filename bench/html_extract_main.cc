// Runs the HTML main-content extractor on pages, for the extraction benchmark
// (bench/html_eval/run.sh) and for looking at one page by hand.
//
//   html_extract_main PAGE.html             main text (body blocks, one per line)
//   html_extract_main --explain PAGE.html   every block: kind, reason, text
//   html_extract_main --batch DIR OUT.json  {"<file name without .html>": main text}
//   html_extract_main --batch-meta DIR OUT.json
//                                           {"<name>": {title, bylines, outlet, published,
//                                                       language, url}}
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "html/html_extractor.h"

namespace {

bool ReadFile(const std::filesystem::path& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream buffer;
  buffer << in.rdbuf();
  *out = buffer.str();
  return true;
}

int Usage() {
  std::cerr << "usage: html_extract_main PAGE.html\n"
               "       html_extract_main --explain PAGE.html\n"
               "       html_extract_main --batch DIR OUT.json\n"
               "       html_extract_main --batch-meta DIR OUT.json\n";
  return 2;
}

nlohmann::json MetaJson(const recoupe::HtmlPage& page) {
  const recoupe::Metadata& meta = page.meta;
  auto optional = [](const std::optional<std::string>& value) {
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
  };
  return {{"title", optional(meta.title)},       {"bylines", meta.bylines},
          {"outlet", optional(meta.outlet)},     {"published", optional(meta.published)},
          {"language", optional(meta.language)}, {"url", optional(page.url)}};
}

int RunBatch(const std::string& dir, const std::string& out_path, bool metadata) {
  std::map<std::string, nlohmann::json> texts;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(dir, error)) {
    if (entry.path().extension() != ".html") continue;
    std::string html;
    if (!ReadFile(entry.path(), &html)) {
      std::cerr << entry.path().string() << ": cannot read\n";
      return 1;
    }
    auto page = recoupe::ExtractHtml(html);
    if (!page.ok()) {
      std::cerr << entry.path().string() << ": " << page.status().message() << "\n";
      return 1;
    }
    texts[entry.path().stem().string()] =
        metadata ? MetaJson(page.value()) : nlohmann::json(recoupe::MainText(page.value()));
  }
  if (error) {
    std::cerr << dir << ": cannot list the directory (" << error.message() << ")\n";
    return 1;
  }
  std::ofstream out(out_path, std::ios::binary);
  out << nlohmann::json(texts).dump(1, ' ', false, nlohmann::json::error_handler_t::replace)
      << "\n";
  std::cerr << texts.size() << " pages extracted to " << out_path << "\n";
  return out ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 4 && std::string(argv[1]) == "--batch") return RunBatch(argv[2], argv[3], false);
  if (argc == 4 && std::string(argv[1]) == "--batch-meta") return RunBatch(argv[2], argv[3], true);
  bool explain = argc == 3 && std::string(argv[1]) == "--explain";
  if (argc != 2 && !explain) return Usage();
  std::string path = argv[argc - 1];
  std::string html;
  if (!ReadFile(path, &html)) {
    std::cerr << path << ": cannot read\n";
    return 1;
  }
  auto page = recoupe::ExtractHtml(html);
  if (!page.ok()) {
    std::cerr << path << ": " << page.status().message() << "\n";
    return 1;
  }
  if (!explain) {
    std::cout << recoupe::MainText(page.value()) << "\n";
    return 0;
  }
  const auto& meta = page->meta;
  std::cout << "title: " << meta.title.value_or("-") << "\noutlet: " << meta.outlet.value_or("-")
            << "\npublished: " << meta.published.value_or("-")
            << "\nlanguage: " << meta.language.value_or("-") << "\nurl: " << page->url.value_or("-")
            << "\n";
  for (const auto& byline : meta.bylines) std::cout << "byline: " << byline << "\n";
  for (const auto& block : page->blocks) {
    std::cout << recoupe::BlockKindName(block.kind) << "\t" << block.html_offset << "\t"
              << block.reason << "\t" << block.text.substr(0, 100) << "\n";
  }
  return 0;
}
