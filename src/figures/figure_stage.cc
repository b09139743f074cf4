#include "figures/figure_stage.h"

#include <algorithm>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "attribution/attribution_stage.h"
#include "figures/figure_sides.h"
#include "segment/tokenizer.h"

namespace recoupe {
namespace {

constexpr std::string_view kLanguages[] = {"fr", "en"};

// What a figure counts that makes it a toll whose source a reader needs
// (the `unattributed_figure` flag): people killed, wounded, captured,
// executed or missing.
bool IsCasualty(std::string_view what) {
  return what == "killed" || what == "wounded" || what == "captured" || what == "executed" ||
         what == "missing";
}

bool SameCount(const Figure& a, const Figure& b) {
  return a.what == b.what && a.low == b.low && a.high == b.high;
}

// `unattributed_figure` on every toll of the body (figures[body] on) with
// no source that a reader could check: a number (not a vague count: "des
// dizaines"), not a part of a breakdown (its total is flagged); once per
// count. A title's figures are not flagged: a headline names no source.
// Run after TraceSameCounts. `parts[i - body]`: figure i is a part.
void FlagUnattributed(Document& doc, size_t body, const std::vector<bool>& parts) {
  const std::vector<Figure>& figures = doc.figures;
  for (size_t i = body; i < figures.size(); ++i) {
    const Figure& figure = figures[i];
    if (figure.source || !IsCasualty(figure.what) || figure.qualifier == "vague" ||
        parts[i - body]) {
      continue;
    }
    bool flagged = false;  // an earlier figure of the same count was
    for (size_t j = body; j < i && !flagged; ++j) flagged = SameCount(figures[j], figure);
    if (flagged) continue;
    doc.flags.push_back(Flag{"unattributed_figure", figure.begin, figure.end,
                             "no source is given for this toll (" + figure.what +
                                 ") in its sentence or paragraph"});
  }
}

}  // namespace

Result<std::unique_ptr<FigureStage>> FigureStage::Load(const std::string& data_dir) {
  std::unique_ptr<FigureStage> stage(new FigureStage());
  for (std::string_view language : kLanguages) {
    Result<FigureResources> resources = FigureResources::Load(data_dir, language);
    if (!resources.ok()) return resources.status();
    stage->languages_.emplace(std::string(language), std::move(resources).value());
  }
  Result<SideData> sides = SideData::Load(data_dir);
  if (!sides.ok()) return sides.status();
  stage->sides_ = std::move(sides).value();
  return stage;
}

const FigureResources& FigureStage::ResourcesFor(const std::string& language) const {
  auto it = languages_.find(language);
  return it != languages_.end() ? it->second : languages_.find("fr")->second;
}

namespace {

Figure MakeFigure(std::span<const Token> tokens, const LinkedFigure& f) {
  Figure figure;
  figure.begin = tokens[f.first].span.begin;
  figure.end = tokens[f.end - 1].span.end;
  figure.low = f.number.low;
  figure.high = f.number.high;
  figure.qualifier = f.number.qualifier;
  figure.what = f.what;
  figure.who_class = f.who_class;
  return figure;
}

// The source the attribution stage credits the figure with
// (CreditedSource), hedged as the claim that covers it.
void SourceFromClaims(const Document& doc, Figure* figure) {
  for (const Claim& claim : doc.claims) {
    if (claim.begin <= figure->begin && figure->end <= claim.end) {
      figure->hedged = claim.hedged;
      break;
    }
  }
  figure->source = CreditedSource(doc.claims, figure->begin, figure->end);
}

// The figures of the page's title ("Death toll rises to 129"), which the
// cleaner holds apart from the body: its first title block is tokenised as
// one sentence and linked like the body.
void AddTitleFigures(Document& doc, const FigureResources& resources) {
  for (const Block& block : doc.blocks) {
    if (block.kind != BlockKind::kTitle) continue;
    const std::string_view text = std::string_view(doc.raw).substr(block.span.begin, block.span.size());
    const std::vector<Token> tokens = TokenizeText(text, block.span.begin);
    for (const LinkedFigure& f : LinkFigures(tokens, resources).figures) {
      doc.figures.push_back(MakeFigure(tokens, f));
    }
    return;
  }
}

// A figure with no source of its own takes the source of the same count
// (what, low, high) given in the body with one: a headline's toll is the
// text's, "129" in a sentence with no source is the 129 the prosecutor gives
// further on. A title's figure (figures[first, body)) takes its side too.
void TraceSameCounts(Document& doc, size_t first, size_t body) {
  std::vector<Figure>& figures = doc.figures;
  for (size_t i = first; i < figures.size(); ++i) {
    Figure& figure = figures[i];
    if (figure.source) continue;
    for (size_t j = body; j < figures.size(); ++j) {
      const Figure& same = figures[j];
      if (j == i || !SameCount(same, figure) || !same.source) continue;
      figure.source = same.source;
      figure.hedged = same.hedged;
      if (i < body && !figure.who_actor && same.who_class == figure.who_class) {
        figure.who_actor = same.who_actor;
        figure.actor_inferred = same.actor_inferred;
      }
      break;
    }
  }
}

}  // namespace

void FigureStage::Annotate(Document& doc) const {
  if (doc.tokens.empty()) return;
  const FigureResources& resources = ResourcesFor(doc.language);
  const size_t first = doc.figures.size();
  AddTitleFigures(doc, resources);
  std::vector<bool> parts;
  const size_t body = doc.figures.size();
  LinkResult linked = LinkFigures(doc.tokens, resources);
  DocumentSides sides(doc, sides_);
  for (const LinkedFigure& f : linked.figures) {
    Figure figure = MakeFigure(doc.tokens, f);
    sides.Resolve(f, resources.sides, &figure);
    SourceFromClaims(doc, &figure);
    if (!figure.source && f.total >= 0) {  // "dont 16 enfants": who gives the total
      const Figure& total = doc.figures[body + f.total];
      figure.source = total.source;
      figure.hedged = total.hedged;
    }
    parts.push_back(f.total >= 0);
    doc.figures.push_back(std::move(figure));
  }
  TraceSameCounts(doc, first, body);
  FlagUnattributed(doc, body, parts);
  for (const ArithmeticIssue& issue : linked.issues) {
    doc.flags.push_back(Flag{"arithmetic", doc.tokens[issue.first].span.begin,
                             doc.tokens[issue.end - 1].span.end, issue.message});
  }
  std::stable_sort(doc.figures.begin() + first, doc.figures.end(),
                   [](const Figure& a, const Figure& b) { return a.begin < b.begin; });
}

}  // namespace recoupe
