#include "figures/figure_stage.h"

#include <string_view>
#include <utility>

#include "attribution/attribution_stage.h"
#include "figures/figure_sides.h"

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

void FigureStage::Annotate(Document& doc) const {
  if (doc.tokens.empty()) return;
  const FigureResources& resources = ResourcesFor(doc.language);
  LinkResult linked = LinkFigures(doc.tokens, resources);
  DocumentSides sides(doc, sides_);
  for (const LinkedFigure& f : linked.figures) {
    Figure figure;
    figure.begin = doc.tokens[f.first].span.begin;
    figure.end = doc.tokens[f.end - 1].span.end;
    figure.low = f.number.low;
    figure.high = f.number.high;
    figure.qualifier = f.number.qualifier;
    figure.what = f.what;
    figure.who_class = f.who_class;
    sides.Resolve(f, resources.sides, &figure);
    for (const Claim& claim : doc.claims) {
      if (claim.begin <= figure.begin && figure.end <= claim.end) {
        figure.hedged = claim.hedged;
        break;
      }
    }
    figure.source = CreditedSource(doc.claims, figure.begin, figure.end);
    if (!figure.source && IsCasualty(figure.what)) {
      doc.flags.push_back(Flag{"unattributed_figure", figure.begin, figure.end,
                               "no source is given for this toll (" + figure.what +
                                   ") in its sentence or paragraph"});
    }
    doc.figures.push_back(std::move(figure));
  }
  for (const ArithmeticIssue& issue : linked.issues) {
    doc.flags.push_back(Flag{"arithmetic", doc.tokens[issue.first].span.begin,
                             doc.tokens[issue.end - 1].span.end, issue.message});
  }
}

}  // namespace recoupe
