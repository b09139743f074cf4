// French TimeBank evaluation of the dates stage (docs/dates.md).
//
//   timebank_eval DATA_DIR [--dump docs.jsonl] [--peer NAME=predictions.jsonl ...]
//   timebank_eval --recognizers SPEC.json ...
//
// Reads every DATA_DIR/*.tml (read at run time from ../shared, never
// copied), strips the inline markup into plain text while keeping each
// TIMEX3's byte span, value and type, runs segmentation and the dates stage
// with the document creation time as the stated publication date, and
// prints, for recoupe and each peer: strict span (exact) and relaxed span
// (overlap) precision / recall / F1, and value accuracy over the relaxed
// matches and over all gold expressions. --dump writes the stripped
// documents ({"id","dct","text"}) for peers such as bench/timebank/chrono.mjs,
// whose predictions ({"id","begin","end","value"}, byte offsets) are scored
// the same way.
//
// --recognizers scores Recognizers-Text DateTime model specs instead (each
// case: an input sentence, its reference date, expected texts and TIMEX
// values); only cases whose NotSupported does not list dotnet are gold.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "dates/date_stage.h"
#include "segment/segmenter.h"

namespace {

struct Timex {
  uint32_t begin = 0, end = 0;
  std::string value, type;
};

struct TmlDoc {
  std::string id, dct, text;
  std::vector<Timex> gold;
};

std::string Attribute(const std::string& tag, const std::string& name) {
  const std::string key = " " + name + "=\"";
  size_t at = tag.find(key);
  if (at == std::string::npos) return "";
  at += key.size();
  return tag.substr(at, tag.find('"', at) - at);
}

std::string Unescape(std::string s) {
  const std::pair<const char*, const char*> entities[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}};
  for (auto [from, to] : entities) {
    for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + 1)) {
      s.replace(at, std::strlen(from), to);
    }
  }
  return s;
}

TmlDoc ReadTml(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string xml = buffer.str();
  TmlDoc doc;
  doc.id = path.stem().string();
  const size_t dct = xml.find("<DCT>");
  doc.dct = Attribute(xml.substr(dct, xml.find("</DCT>", dct) - dct), "value");
  size_t at = xml.find("<TEXT>") + 6;
  const size_t stop = xml.find("</TEXT>");
  std::vector<Timex> open;
  while (at < stop) {
    const size_t lt = xml.find('<', at);
    const size_t text_end = std::min(lt, stop);
    doc.text += Unescape(xml.substr(at, text_end - at));
    if (lt >= stop) break;
    const size_t gt = xml.find('>', lt);
    const std::string tag = xml.substr(lt, gt - lt + 1);
    if (tag.rfind("<TIMEX3", 0) == 0) {
      Timex t;
      t.begin = static_cast<uint32_t>(doc.text.size());
      t.value = Attribute(tag, "value");
      t.type = Attribute(tag, "type");
      open.push_back(t);
    } else if (tag == "</TIMEX3>" && !open.empty()) {
      Timex t = open.back();
      open.pop_back();
      t.end = static_cast<uint32_t>(doc.text.size());
      doc.gold.push_back(t);
    }
    at = gt + 1;
  }
  return doc;
}

struct Prediction {
  uint32_t begin = 0, end = 0;
  std::string value;
};

// TIMEX3-style value of a mention: date, date + "T" + time, or duration.
std::string TimexValue(const recoupe::DateMention& d) {
  if (d.duration) return *d.duration;
  if (d.time && !d.value.empty() && d.value.find('/') == std::string::npos) {
    return d.value + "T" + *d.time;
  }
  return d.value;
}

struct Score {
  int gold = 0, predicted = 0, strict = 0, relaxed = 0, value_ok = 0;
  void Print(const std::string& name) const {
    auto f1 = [](double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; };
    const double sp = predicted ? 1.0 * strict / predicted : 0, sr = gold ? 1.0 * strict / gold : 0;
    const double rp = predicted ? 1.0 * relaxed / predicted : 0,
                 rr = gold ? 1.0 * relaxed / gold : 0;
    std::printf(
        "%-8s gold %d predicted %d | strict P %.3f R %.3f F1 %.3f | relaxed P %.3f R %.3f F1 "
        "%.3f | value acc. %.3f of matched (%d/%d), %.3f of gold\n",
        name.c_str(), gold, predicted, sp, sr, f1(sp, sr), rp, rr, f1(rp, rr),
        relaxed ? 1.0 * value_ok / relaxed : 0, value_ok, relaxed, gold ? 1.0 * value_ok / gold : 0);
  }
};

void ScoreDoc(const TmlDoc& doc, const std::vector<Prediction>& predictions, Score* score,
              std::vector<std::string>* misses) {
  score->gold += static_cast<int>(doc.gold.size());
  score->predicted += static_cast<int>(predictions.size());
  std::vector<bool> used(predictions.size(), false);
  for (const Timex& g : doc.gold) {
    std::optional<size_t> best;
    for (size_t i = 0; i < predictions.size(); ++i) {
      const Prediction& p = predictions[i];
      if (used[i] || p.end <= g.begin || p.begin >= g.end) continue;
      if (!best || (p.begin == g.begin && p.end == g.end)) best = i;
    }
    if (!best) {
      if (misses) misses->push_back(doc.id + " MISS " + doc.text.substr(g.begin, g.end - g.begin) + " = " + g.value);
      continue;
    }
    used[*best] = true;
    const Prediction& p = predictions[*best];
    ++score->relaxed;
    if (p.begin == g.begin && p.end == g.end) ++score->strict;
    if (p.value == g.value) {
      ++score->value_ok;
    } else if (misses) {
      misses->push_back(doc.id + " VALUE " + doc.text.substr(g.begin, g.end - g.begin) + " = " +
                        g.value + " got " + p.value);
    }
  }
}

}  // namespace

// Recognizers-Text model specs: relaxed recall of the expected texts and the
// share of found ones whose TIMEX value we give.
int ScoreRecognizers(const std::vector<std::string>& files, bool verbose) {
  const std::string data_dir = std::string(RECOUPE_SOURCE_DIR) + "/data";
  auto segmenter = recoupe::Segmenter::Load(data_dir);
  auto stage = recoupe::DateStage::Load(data_dir);
  if (!segmenter.ok() || !stage.ok()) return 1;
  for (const std::string& file : files) {
    std::ifstream in(file);
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string text = buffer.str();
    if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
    const nlohmann::json cases = nlohmann::json::parse(text);
    Score score;
    int gold_cases = 0;
    for (const nlohmann::json& c : cases) {
      if (c.value("NotSupported", "").find("dotnet") != std::string::npos) continue;
      if (!c.contains("Context") || !c["Context"].contains("ReferenceDateTime")) continue;
      ++gold_cases;
      TmlDoc t;
      t.id = c["Input"].get<std::string>();
      t.text = t.id;
      for (const nlohmann::json& r : c["Results"]) {
        const std::string said = r["Text"].get<std::string>();
        const size_t at = t.text.find(said);
        if (at == std::string::npos) continue;
        std::string value;
        if (r.contains("Resolution") && r["Resolution"].contains("values") &&
            !r["Resolution"]["values"].empty()) {
          value = r["Resolution"]["values"][0].value("timex", "");
        } else if (r.contains("Value") && r["Value"].is_object()) {
          value = r["Value"].value("Timex", "");
        }
        t.gold.push_back({static_cast<uint32_t>(at), static_cast<uint32_t>(at + said.size()), value, ""});
      }
      recoupe::Document doc;
      doc.raw = t.text;
      doc.language = "fr";
      doc.meta.published = c["Context"]["ReferenceDateTime"].get<std::string>();
      doc.blocks.push_back({{0, static_cast<uint32_t>(doc.raw.size())}, recoupe::BlockKind::kBody, "", {}});
      segmenter.value().Segment(doc);
      stage.value()->Annotate(doc, std::nullopt);
      std::vector<Prediction> predictions;
      for (const recoupe::DateMention& d : doc.dates) predictions.push_back({d.begin, d.end, TimexValue(d)});
      std::vector<std::string> misses;
      ScoreDoc(t, predictions, &score, verbose ? &misses : nullptr);
      for (const std::string& m : misses) std::printf("  %s\n", m.c_str());
    }
    std::printf("%s (%d gold cases)\n", std::filesystem::path(file).filename().c_str(), gold_cases);
    score.Print("recoupe");
  }
  return 0;
}

int main(int argc, char** argv) {
  if (argc >= 3 && std::string(argv[1]) == "--recognizers") {
    bool verbose = false;
    std::vector<std::string> files;
    for (int i = 2; i < argc; ++i) {
      if (std::string(argv[i]) == "-v") {
        verbose = true;
      } else {
        files.push_back(argv[i]);
      }
    }
    return ScoreRecognizers(files, verbose);
  }
  if (argc < 2) {
    std::fprintf(stderr, "usage: timebank_eval DATA_DIR [--dump FILE] [--peer NAME=FILE ...] [-v]\n");
    return 2;
  }
  std::string dump;
  bool verbose = false;
  std::vector<std::pair<std::string, std::string>> peers;
  for (int i = 2; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--dump" && i + 1 < argc) dump = argv[++i];
    if (arg == "-v") verbose = true;
    if (arg == "--peer" && i + 1 < argc) {
      const std::string spec = argv[++i];
      peers.emplace_back(spec.substr(0, spec.find('=')), spec.substr(spec.find('=') + 1));
    }
  }
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator(argv[1])) {
    if (entry.path().extension() == ".tml") paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  std::vector<TmlDoc> docs;
  for (const auto& path : paths) docs.push_back(ReadTml(path));

  if (!dump.empty()) {
    std::ofstream out(dump);
    for (const TmlDoc& d : docs) {
      out << nlohmann::json{{"id", d.id}, {"dct", d.dct}, {"text", d.text}}.dump() << "\n";
    }
  }

  const std::string data_dir = std::string(RECOUPE_SOURCE_DIR) + "/data";
  auto segmenter = recoupe::Segmenter::Load(data_dir);
  auto stage = recoupe::DateStage::Load(data_dir);
  if (!segmenter.ok() || !stage.ok()) {
    std::fprintf(stderr, "cannot load data: %s%s\n", segmenter.status().message().c_str(),
                 stage.status().message().c_str());
    return 1;
  }
  Score ours;
  std::vector<std::string> misses;
  for (const TmlDoc& t : docs) {
    recoupe::Document doc;
    doc.id = t.id;
    doc.raw = t.text;
    doc.language = "fr";
    doc.meta.published = t.dct;
    size_t line = 0;
    while (line < doc.raw.size()) {
      size_t nl = doc.raw.find('\n', line);
      if (nl == std::string::npos) nl = doc.raw.size();
      if (nl > line) {
        doc.blocks.push_back({{static_cast<uint32_t>(line), static_cast<uint32_t>(nl)},
                              recoupe::BlockKind::kBody, "", {}});
      }
      line = nl + 1;
    }
    segmenter.value().Segment(doc);
    stage.value()->Annotate(doc, std::nullopt);
    std::vector<Prediction> predictions;
    for (const recoupe::DateMention& d : doc.dates) predictions.push_back({d.begin, d.end, TimexValue(d)});
    ScoreDoc(t, predictions, &ours, verbose ? &misses : nullptr);
  }
  ours.Print("recoupe");
  for (const auto& [name, file] : peers) {
    std::map<std::string, std::vector<Prediction>> by_doc;
    std::ifstream in(file);
    for (std::string line; std::getline(in, line);) {
      if (line.empty()) continue;
      const nlohmann::json j = nlohmann::json::parse(line);
      by_doc[j["id"].get<std::string>()].push_back(
          {j["begin"].get<uint32_t>(), j["end"].get<uint32_t>(), j["value"].get<std::string>()});
    }
    Score peer;
    for (const TmlDoc& t : docs) ScoreDoc(t, by_doc[t.id], &peer, nullptr);
    peer.Print(name);
  }
  for (const std::string& m : misses) std::printf("%s\n", m.c_str());
  return 0;
}
