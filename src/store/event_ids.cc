#include "store/event_ids.h"

#include <algorithm>
#include <charconv>
#include <tuple>
#include <unordered_map>

namespace recoupe::store {
namespace {

// N of "ev-N", 0 for another form.
uint64_t EventNumber(const std::string& id) {
  uint64_t n = 0;
  if (id.rfind("ev-", 0) != 0) return 0;
  const char* end = id.data() + id.size();
  const auto [ptr, error] = std::from_chars(id.data() + 3, end, n);
  return error == std::errc() && ptr == end ? n : 0;
}

}  // namespace

void KeepEventIds(Dossier& dossier, const std::vector<PreviousEvent>& previous,
                  uint64_t& next_number) {
  for (const PreviousEvent& p : previous) next_number = std::max(next_number, EventNumber(p.id) + 1);
  next_number = std::max<uint64_t>(next_number, 1);

  std::unordered_map<std::string_view, size_t> previous_of_document;
  for (size_t j = 0; j < previous.size(); ++j)
    for (const std::string& doc : previous[j].documents) previous_of_document.emplace(doc, j);
  // (shared documents, new event, previous event)
  std::vector<std::tuple<size_t, size_t, size_t>> pairs;
  for (size_t i = 0; i < dossier.events.size(); ++i) {
    std::unordered_map<size_t, size_t> shared;
    for (const std::string& doc : dossier.events[i].documents)
      if (auto it = previous_of_document.find(doc); it != previous_of_document.end())
        ++shared[it->second];
    for (const auto& [j, count] : shared) pairs.emplace_back(count, i, j);
  }
  std::sort(pairs.begin(), pairs.end(), [](const auto& x, const auto& y) {
    if (std::get<0>(x) != std::get<0>(y)) return std::get<0>(x) > std::get<0>(y);
    return std::make_pair(std::get<1>(x), std::get<2>(x)) <
           std::make_pair(std::get<1>(y), std::get<2>(y));
  });
  std::vector<std::string> final_id(dossier.events.size());
  std::vector<bool> previous_taken(previous.size(), false);
  for (const auto& [count, i, j] : pairs) {
    if (!final_id[i].empty() || previous_taken[j]) continue;
    final_id[i] = previous[j].id;
    previous_taken[j] = true;
  }
  for (std::string& id : final_id)
    if (id.empty()) id = "ev-" + std::to_string(next_number++);

  std::unordered_map<std::string, std::string> renamed;
  for (size_t i = 0; i < dossier.events.size(); ++i) {
    renamed.emplace(dossier.events[i].id, final_id[i]);
    dossier.events[i].id = final_id[i];
  }
  auto rename = [&](std::string& id) {
    if (auto it = renamed.find(id); it != renamed.end()) id = it->second;
  };
  for (Document& doc : dossier.documents)
    for (std::string& id : doc.events) rename(id);
  for (Fact& fact : dossier.facts) rename(fact.event);
  for (TimelineEntry& entry : dossier.timeline) rename(entry.event);
}

}  // namespace recoupe::store
