// make_corpus: builds a large, varied article corpus from a few real texts,
// for throughput measurements (bench/throughput.sh, docs/performance.md).
//
//   make_corpus --out FILE.jsonl --bytes N [--seed S] [--source DIR]...
//   make_corpus --format txt --out DIR --bytes N ...
//
// Sources: every *.txt file and every JSONL "text" field under each --source
// directory (default: the repository's examples/ and, when present,
// ../shared/corpus/seeds), plus, when present, the articleBody fields of
// ../shared/data/article-extraction/ground-truth.json (given a title line
// made of their first sentence).
//
// Each generated document is one source's paragraphs with variation: some
// paragraphs swapped, one dropped or duplicated, 1-3 paragraphs spliced in
// from another source of the same language, digits changed, sometimes all
// line breaks collapsed into one run-on line, sometimes boilerplate lines
// (the last lines of other sources) appended. Documents alternate between
// French and English sources when both exist. The output is a function of
// the sources and the seed only. Generation stops once the article text
// (the "text" values, not the JSON framing) reaches N bytes.
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace fs = std::filesystem;

struct Options {
  std::string out;
  std::string format = "jsonl";  // "jsonl" or "txt"
  uint64_t bytes = 60ull << 20;
  uint64_t seed = 1;
  std::vector<std::string> sources;
};

// kEnglish stands for any text not guessed French (a few ground-truth pages
// are in other languages).
enum class Lang { kFrench, kEnglish };

// A source article: its non-blank lines, trimmed, in order.
struct Source {
  std::string name;
  Lang lang = Lang::kEnglish;
  std::vector<std::string> paragraphs;
  std::string separator = "\n";  // "\n\n" when the source used blank lines
};

// SplitMix64: small, fast and identical on every platform, unlike the
// standard distributions.
class Random {
 public:
  explicit Random(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }
  // Uniform in [0, n); n > 0.
  size_t Below(size_t n) { return static_cast<size_t>(Next() % n); }
  // True with probability percent / 100.
  bool Chance(unsigned percent) { return Below(100) < percent; }

 private:
  uint64_t state_;
};

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string_view Trim(std::string_view s) {
  const char* kSpace = " \t\r\n";
  const size_t begin = s.find_first_not_of(kSpace);
  if (begin == std::string_view::npos) return {};
  return s.substr(begin, s.find_last_not_of(kSpace) - begin + 1);
}

// Counts whole-word occurrences of common function words: French ones
// against English ones. Enough to tell the two languages of the sources.
Lang GuessLanguage(const std::string& text) {
  static const char* kFrench[] = {"le", "la", "les", "des", "du", "et", "une", "est", "dans", "pour"};
  static const char* kEnglish[] = {"the", "and", "of", "to", "is", "was", "that", "in", "for", "with"};
  int french = 0, english = 0;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !std::isalpha(static_cast<unsigned char>(text[i]))) ++i;
    size_t j = i;
    while (j < text.size() && std::isalpha(static_cast<unsigned char>(text[j]))) ++j;
    std::string word = text.substr(i, j - i);
    for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const char* w : kFrench) french += word == w;
    for (const char* w : kEnglish) english += word == w;
    i = j;
  }
  return french > english ? Lang::kFrench : Lang::kEnglish;
}

// True when `s` is well-formed UTF-8 (no overlong forms or surrogates).
bool IsUtf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xe ? 2 : (c >> 3) == 0x1e ? 3 : 9;
    if (n == 9 || i + n >= s.size()) return false;
    uint32_t cp = n == 0 ? c : c & (0x3f >> n);
    for (size_t k = 1; k <= n; ++k) {
      const auto d = static_cast<unsigned char>(s[i + k]);
      if ((d & 0xc0) != 0x80) return false;
      cp = (cp << 6) | (d & 0x3f);
    }
    static const uint32_t kMin[] = {0, 0x80, 0x800, 0x10000};
    if (cp < kMin[n] || cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000)) return false;
    i += n + 1;
  }
  return true;
}

// UTF-8 from Windows-1252 bytes (the five unassigned bytes map to U+FFFD).
std::string Windows1252ToUtf8(std::string_view s) {
  static const uint16_t kHigh[32] = {
      0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160,
      0x2039, 0x0152, 0xfffd, 0x017d, 0xfffd, 0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022,
      0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178};
  std::string out;
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    const uint32_t cp = c >= 0x80 && c < 0xa0 ? kHigh[c - 0x80] : c;
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xc0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3f));
    } else {
      out += static_cast<char>(0xe0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
      out += static_cast<char>(0x80 | (cp & 0x3f));
    }
  }
  return out;
}

// Builds a source from article text; nullopt when it has no text.
// Text that is not UTF-8 is read as Windows-1252, as recoupe's ingest does.
std::optional<Source> MakeSource(std::string name, const std::string& bytes) {
  const std::string text = IsUtf8(bytes) ? bytes : Windows1252ToUtf8(bytes);
  Source source;
  source.name = std::move(name);
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    std::string_view trimmed = Trim(line);
    if (!trimmed.empty()) source.paragraphs.emplace_back(trimmed);
  }
  if (source.paragraphs.empty()) return std::nullopt;
  if (text.find("\n\n") != std::string::npos) source.separator = "\n\n";
  source.lang = GuessLanguage(text);
  return source;
}

// The first sentence of `body` (up to the first ". ", "? " or "! ", at most
// about 120 bytes, cut at a space), without its final stop.
std::string FirstSentence(std::string_view body) {
  body = Trim(body.substr(0, body.find('\n')));
  size_t end = body.size();
  for (const char* stop : {". ", "? ", "! "}) end = std::min(end, body.find(stop));
  if (end > 120) {
    end = body.rfind(' ', 120);
    if (end == std::string_view::npos) end = std::min<size_t>(body.size(), 120);
  }
  std::string title(Trim(body.substr(0, end)));
  while (!title.empty() && (title.back() == '.' || title.back() == ',')) title.pop_back();
  return title;
}

// Appends the sources found under `dir` (*.txt files, JSONL "text" fields),
// in path order.
void LoadDirectory(const fs::path& dir, std::vector<Source>& sources) {
  std::vector<fs::path> files;
  std::error_code error;
  for (fs::recursive_directory_iterator it(dir, error), end; !error && it != end;
       it.increment(error))
    if (it->is_regular_file()) files.push_back(it->path());
  std::sort(files.begin(), files.end());
  for (const fs::path& path : files) {
    if (path.extension() == ".txt") {
      if (auto s = MakeSource(path.filename().string(), ReadFile(path))) sources.push_back(*s);
    } else if (path.extension() == ".jsonl") {
      std::ifstream in(path, std::ios::binary);
      int n = 0;
      for (std::string line; std::getline(in, line);) {
        ++n;
        const nlohmann::json record = nlohmann::json::parse(line, nullptr, false);
        if (!record.is_object() || !record.contains("text") || !record["text"].is_string())
          continue;
        const std::string name = path.filename().string() + ":" + std::to_string(n);
        if (auto s = MakeSource(name, record["text"].get<std::string>())) sources.push_back(*s);
      }
    }
  }
}

// Appends the ground-truth article bodies of the article-extraction data set.
void LoadGroundTruth(const fs::path& file, std::vector<Source>& sources) {
  const nlohmann::json truth = nlohmann::json::parse(ReadFile(file), nullptr, false);
  if (!truth.is_object()) return;
  for (const auto& [key, value] : truth.items()) {
    if (!value.is_object() || !value.contains("articleBody") || !value["articleBody"].is_string())
      continue;
    const std::string body = value["articleBody"].get<std::string>();
    const std::string title = FirstSentence(body);
    if (title.empty()) continue;
    if (auto s = MakeSource("gt-" + key.substr(0, 12), title + "\n\n" + body))
      sources.push_back(*s);
  }
}

// Rewrites some digit runs: each digit of a chosen run gets a new value; a
// run's first digit stays non-zero when it was.
void ChangeDigits(std::string& text, Random& random) {
  for (size_t i = 0; i < text.size();) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    const bool change = random.Chance(50);
    for (size_t j = i; j < text.size() && std::isdigit(static_cast<unsigned char>(text[j])); ++j) {
      if (!change) continue;
      const bool keep_nonzero = j == i && text[j] != '0';
      text[j] = static_cast<char>(keep_nonzero ? '1' + random.Below(9) : '0' + random.Below(10));
    }
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
  }
}

// Index of a random source other than `not_this` among `pool` (indices into
// the sources), or `not_this` when the pool holds nothing else.
size_t OtherSource(const std::vector<size_t>& pool, size_t not_this, Random& random) {
  if (pool.size() < 2) return not_this;
  for (;;) {
    const size_t pick = pool[random.Below(pool.size())];
    if (pick != not_this) return pick;
  }
}

// One varied document from sources[index]; `same_language` and `all` are
// pools of source indices to splice and borrow boilerplate from.
std::string Generate(const std::vector<Source>& sources, size_t index,
                     const std::vector<size_t>& same_language, const std::vector<size_t>& all,
                     Random& random) {
  const Source& source = sources[index];
  std::vector<std::string> paragraphs = source.paragraphs;
  // The first line (usually the title or the page's first furniture) stays
  // first; variation works on the lines below it.
  const size_t n = paragraphs.size();
  if (n > 3) {
    const size_t swaps = random.Below(4);  // 0-3
    for (size_t k = 0; k < swaps; ++k)
      std::swap(paragraphs[1 + random.Below(n - 1)], paragraphs[1 + random.Below(n - 1)]);
    const size_t at = 1 + random.Below(paragraphs.size() - 1);
    if (random.Chance(40)) {
      paragraphs.erase(paragraphs.begin() + static_cast<std::ptrdiff_t>(at));
    } else if (random.Chance(40)) {
      const std::string copy = paragraphs[at];
      paragraphs.insert(paragraphs.begin() + static_cast<std::ptrdiff_t>(at), copy);
    }
  }
  const Source& donor = sources[OtherSource(same_language, index, random)];
  for (size_t k = 1 + random.Below(3); k > 0; --k) {
    const std::string& spliced = donor.paragraphs[random.Below(donor.paragraphs.size())];
    const size_t at = 1 + random.Below(paragraphs.size());  // 1..size: never above line 1
    paragraphs.insert(paragraphs.begin() + static_cast<std::ptrdiff_t>(at), spliced);
  }
  if (random.Chance(25)) {
    for (size_t k = 1 + random.Below(3); k > 0; --k) {
      const Source& other = sources[OtherSource(all, index, random)];
      const size_t tail = std::min<size_t>(3, other.paragraphs.size());
      paragraphs.push_back(other.paragraphs[other.paragraphs.size() - 1 - random.Below(tail)]);
    }
  }
  const bool run_on = random.Chance(10);
  std::string text;
  for (const std::string& p : paragraphs) {
    if (!text.empty()) text += run_on ? " " : source.separator;
    text += p;
  }
  ChangeDigits(text, random);
  text += '\n';
  return text;
}

bool ParseArgs(int argc, char** argv, Options& options) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--out" && has_value) {
      options.out = argv[++i];
    } else if (arg == "--format" && has_value) {
      options.format = argv[++i];
    } else if (arg == "--bytes" && has_value) {
      options.bytes = std::strtoull(argv[++i], nullptr, 10);
    } else if (arg == "--seed" && has_value) {
      options.seed = std::strtoull(argv[++i], nullptr, 10);
    } else if (arg == "--source" && has_value) {
      options.sources.push_back(argv[++i]);
    } else {
      return false;
    }
  }
  return !options.out.empty() && options.bytes > 0 &&
         (options.format == "jsonl" || options.format == "txt");
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  if (!ParseArgs(argc, argv, options)) {
    std::cerr << "usage: make_corpus --out FILE.jsonl|DIR --bytes N [--format jsonl|txt] "
                 "[--seed S] [--source DIR]...\n";
    return 2;
  }
  const fs::path repo = RECOUPE_SOURCE_DIR;
  const fs::path shared = repo / ".." / "shared";
  if (options.sources.empty()) {
    options.sources.push_back((repo / "examples").string());
    if (fs::is_directory(shared / "corpus" / "seeds"))
      options.sources.push_back((shared / "corpus" / "seeds").string());
  }
  std::vector<Source> sources;
  for (const std::string& dir : options.sources) LoadDirectory(dir, sources);
  const fs::path truth = shared / "data" / "article-extraction" / "ground-truth.json";
  if (fs::is_regular_file(truth)) LoadGroundTruth(truth, sources);
  if (sources.empty()) {
    std::cerr << "make_corpus: no source texts found\n";
    return 1;
  }

  std::vector<size_t> all, french, english;
  for (size_t i = 0; i < sources.size(); ++i) {
    all.push_back(i);
    (sources[i].lang == Lang::kFrench ? french : english).push_back(i);
  }
  std::vector<const std::vector<size_t>*> pools;
  if (!french.empty()) pools.push_back(&french);
  if (!english.empty()) pools.push_back(&english);

  std::ofstream jsonl;
  if (options.format == "jsonl") {
    jsonl.open(options.out, std::ios::binary);
  } else {
    fs::create_directories(options.out);
  }
  Random random(options.seed);
  uint64_t written = 0;
  size_t count = 0;
  while (written < options.bytes) {
    const std::vector<size_t>& pool = *pools[count % pools.size()];
    const size_t index = pool[random.Below(pool.size())];
    char id[32];
    std::snprintf(id, sizeof id, "gen-%07zu", count);
    const std::string text = Generate(sources, index, pool, all, random);
    if (options.format == "jsonl") {
      nlohmann::ordered_json record;
      record["id"] = std::string(id) + "-" + sources[index].name;
      record["text"] = text;
      jsonl << record.dump() << '\n';
    } else {
      std::ofstream(fs::path(options.out) / (std::string(id) + ".txt"), std::ios::binary) << text;
    }
    written += text.size();
    ++count;
  }
  if (options.format == "jsonl" && !jsonl.flush()) {
    std::cerr << "make_corpus: cannot write " << options.out << "\n";
    return 1;
  }
  std::fprintf(stderr,
               "make_corpus: %zu sources (%zu French, %zu English or other), %zu documents, "
               "%llu bytes of text\n",
               sources.size(), french.size(), english.size(), count,
               static_cast<unsigned long long>(written));
  return 0;
}
