// Scores the entities stage on CLEF-HIPE-2020 French (evaluation only; the
// data is read from ../shared at run time and never copied). For each
// document, the tokens are joined into one body block (a space unless the
// gold says NoSpaceAfter), segmented and annotated; gold mentions are the
// coarse literal types pers, loc, org (time and prod are not our types).
// Ours map person → pers, place → loc, org | armed_group | media → org;
// `other` has no HIPE type. Prints exact-span and overlap P/R/F1 by type,
// and typeless span scores where `other` counts.
//
// Usage: hipe_eval DATA_DIR HIPE.tsv [HIPE.tsv ...]
#include <cstdio>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "entities/entity_stage.h"
#include "segment/segmenter.h"

namespace {

using recoupe::Document;

struct Gold {
  uint32_t begin, end;
  std::string type;
};

struct Doc {
  Document doc;
  std::vector<Gold> gold;
};

std::vector<std::string> Split(const std::string& line) {
  std::vector<std::string> f;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    f.push_back(line.substr(start, tab == std::string::npos ? tab : tab - start));
    if (tab == std::string::npos) return f;
    start = tab + 1;
  }
}

std::vector<Doc> ReadHipe(const std::string& path) {
  std::vector<Doc> docs;
  std::ifstream in(path);
  std::string line;
  bool space = false;
  Gold open{0, 0, ""};
  auto close = [&] {
    if (!open.type.empty()) docs.back().gold.push_back(open);
    open.type.clear();
  };
  while (std::getline(in, line)) {
    if (line.starts_with("# document_id")) {
      if (!docs.empty()) close();
      docs.emplace_back();
      docs.back().doc.id = line.substr(line.find('=') + 2);
      space = false;
      continue;
    }
    if (line.empty() || line[0] == '#' || line.starts_with("TOKEN\t") || docs.empty()) continue;
    std::vector<std::string> f = Split(line);
    if (f.size() < 10) continue;
    std::string& raw = docs.back().doc.raw;
    if (space && !raw.empty()) raw += ' ';
    const uint32_t begin = static_cast<uint32_t>(raw.size());
    raw += f[0];
    const uint32_t end = static_cast<uint32_t>(raw.size());
    space = f[9].find("NoSpaceAfter") == std::string::npos;
    const std::string& tag = f[1];
    if (tag.starts_with("I-") && !open.type.empty() && tag.substr(2) == open.type) {
      open.end = end;
    } else {
      close();
      if (tag.size() > 2) open = {begin, end, tag.substr(2)};
    }
  }
  if (!docs.empty()) close();
  return docs;
}

std::string HipeType(const std::string& ours) {
  if (ours == "person") return "pers";
  if (ours == "place") return "loc";
  if (ours == "org" || ours == "armed_group" || ours == "media") return "org";
  return "";
}

struct Count {
  int tp = 0, fp = 0, fn = 0;
};

void Print(const char* label, const Count& c) {
  const double p = c.tp + c.fp ? double(c.tp) / (c.tp + c.fp) : 0;
  const double r = c.tp + c.fn ? double(c.tp) / (c.tp + c.fn) : 0;
  const double f = p + r ? 2 * p * r / (p + r) : 0;
  std::printf("| %-22s | %5d | %5d | %5d | %.3f | %.3f | %.3f |\n", label, c.tp, c.fp, c.fn, p,
              r, f);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: hipe_eval DATA_DIR HIPE.tsv [HIPE.tsv ...]\n");
    return 2;
  }
  const std::string data_dir = argv[1];
  auto segmenter = recoupe::Segmenter::Load(data_dir);
  auto stage = recoupe::entities::EntityStage::Load(data_dir);
  if (!segmenter.ok() || !stage.ok()) {
    std::fprintf(stderr, "%s%s\n", segmenter.status().message().c_str(),
                 stage.status().message().c_str());
    return 2;
  }
  const std::vector<std::string> types = {"pers", "loc", "org"};
  for (int a = 2; a < argc; ++a) {
    std::vector<Doc> docs = ReadHipe(argv[a]);
    std::map<std::string, Count> exact, overlap;
    Count span_exact;
    for (Doc& d : docs) {
      Document& doc = d.doc;
      doc.language = "fr";
      doc.blocks.push_back({{0, static_cast<uint32_t>(doc.raw.size())},
                            recoupe::BlockKind::kBody, "", {}});
      segmenter.value().Segment(doc);
      stage.value()->Annotate(doc);
      std::vector<bool> gold_hit(d.gold.size()), gold_hit_overlap(d.gold.size()),
          gold_span(d.gold.size());
      for (const recoupe::EntityMention& e : doc.entities) {
        const std::string t = HipeType(e.type);
        bool hit = false, hit_overlap = false, span = false;
        for (size_t g = 0; g < d.gold.size(); ++g) {
          const Gold& gold = d.gold[g];
          if (gold.type != "pers" && gold.type != "loc" && gold.type != "org") continue;
          // HIPE's person mentions take in the title ("M. X", "le général
          // X"); ours are the name: a gold person that ends with ours and
          // starts at most 20 bytes before it counts as the same span.
          const bool same = gold.end == e.end &&
                            (gold.begin == e.begin ||
                             (gold.type == "pers" && t == "pers" && gold.begin < e.begin &&
                              e.begin - gold.begin <= 20));
          const bool over = gold.begin < e.end && e.begin < gold.end;
          if (same && !gold_span[g]) gold_span[g] = span = true;
          if (gold.type != t) continue;
          if (same && !gold_hit[g]) gold_hit[g] = hit = true;
          if (over && !gold_hit_overlap[g]) gold_hit_overlap[g] = hit_overlap = true;
        }
        span_exact.tp += span;
        span_exact.fp += !span;
        if (t.empty()) continue;
        exact[t].tp += hit;
        exact[t].fp += !hit;
        overlap[t].tp += hit_overlap;
        overlap[t].fp += !hit_overlap;
      }
      for (size_t g = 0; g < d.gold.size(); ++g) {
        const std::string& t = d.gold[g].type;
        if (t != "pers" && t != "loc" && t != "org") continue;
        exact[t].fn += !gold_hit[g];
        overlap[t].fn += !gold_hit_overlap[g];
        span_exact.fn += !gold_span[g];
      }
    }
    std::printf("\n%s (%zu documents)\n\n", argv[a], docs.size());
    std::printf("| type (match)           |    tp |    fp |    fn |     P |     R |    F1 |\n");
    std::printf("|---|---:|---:|---:|---:|---:|---:|\n");
    Count all, all_overlap;
    for (const std::string& t : types) {
      Print((t + " (exact)").c_str(), exact[t]);
      all.tp += exact[t].tp, all.fp += exact[t].fp, all.fn += exact[t].fn;
    }
    Print("all (exact)", all);
    for (const std::string& t : types) {
      Print((t + " (overlap)").c_str(), overlap[t]);
      all_overlap.tp += overlap[t].tp, all_overlap.fp += overlap[t].fp;
      all_overlap.fn += overlap[t].fn;
    }
    Print("all (overlap)", all_overlap);
    Print("spans, any type (exact)", span_exact);
  }
  return 0;
}
