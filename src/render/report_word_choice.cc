// The word-choice table: per referent and outlet, the variant words used.
#include <algorithm>

#include "render/report_sections.h"

namespace recoupe::report {
namespace {

// "libération ×3 (libérée 2, libération 1)": the forms as written, when they
// are several or differ from the label by more than case and accents
// ("Daesh" for the label "Daech", not "etat islamique" for "État islamique").
std::string VariantText(const std::string& label, const VariantCount& count) {
  std::string text = label + " ×" + std::to_string(count.total);
  // Forms that fold alike are one: the first as written stands for them all.
  std::map<std::string, std::pair<std::string, uint32_t>> by_fold;
  for (const auto& [form, n] : count.as_written) {
    auto& [shown, total] = by_fold.try_emplace(FoldPhrase(form), form, 0).first->second;
    total += n;
  }
  if (by_fold.size() == 1 && by_fold.begin()->first == FoldPhrase(label)) return text;
  std::string forms;
  for (const auto& [fold, shown_and_total] : by_fold)
    forms += (forms.empty() ? "" : ", ") + shown_and_total.first +
             (by_fold.size() > 1 ? " " + std::to_string(shown_and_total.second) : "");
  return text + " (" + forms + ")";
}

// The outlet's variants of one referent, the most used in bold first.
Cell OutletCell(const std::map<std::string, VariantCount>& variants) {
  std::vector<std::pair<std::string, const VariantCount*>> sorted;
  for (const auto& [label, count] : variants) sorted.emplace_back(label, &count);
  std::stable_sort(sorted.begin(), sorted.end(), [](const auto& x, const auto& y) {
    return x.second->total > y.second->total;
  });
  Cell cell{VariantText(sorted.front().first, *sorted.front().second), {}, Tone::kNone, true};
  for (size_t i = 1; i < sorted.size(); ++i)
    cell.notes.push_back(VariantText(sorted[i].first, *sorted[i].second));
  return cell;
}

}  // namespace

Table WordChoiceTable(const ReportContext& ctx, const std::vector<std::string>& documents) {
  // Outlets in order of first appearance, each with its documents and counts.
  std::vector<std::string> outlets;
  std::map<std::string, std::vector<std::string>> outlet_documents;
  std::map<std::string, FramingCounts> outlet_counts;
  for (const std::string& id : documents) {
    const Document* doc = ctx.Find(id);
    if (doc == nullptr) continue;
    const std::string outlet = ctx.OutletOrId(id);
    if (!outlet_documents.contains(outlet)) outlets.push_back(outlet);
    outlet_documents[outlet].push_back(id);
    AddCounts(outlet_counts[outlet], ctx.framing().CountBody(*doc));
  }
  Table table{"word-choice", {{"Referent"}}, {}};
  for (const std::string& outlet : outlets) {
    const std::vector<std::string>& ids = outlet_documents[outlet];
    Cell header{outlet};
    if (ids.size() > 1 || ids.front() != outlet)
      for (const std::string& id : ids) header.notes.push_back(id);
    table.header.push_back(std::move(header));
  }
  for (const FramingReferent& referent : ctx.framing().referents()) {
    Row row{{{referent.description, {}, Tone::kNone, true}}};
    bool named = false;
    for (const std::string& outlet : outlets) {
      const FramingCounts& counts = outlet_counts[outlet];
      const auto found = counts.find(referent.id);
      if (found == counts.end() || found->second.empty()) {
        row.cells.push_back({"—", {}, Tone::kMuted});
        continue;
      }
      named = true;
      row.cells.push_back(OutletCell(found->second));
    }
    if (named) table.rows.push_back(std::move(row));
  }
  return table;
}

}  // namespace recoupe::report
