#include "corpus/cross_dating.h"

#include <algorithm>
#include <charconv>
#include <unordered_map>

#include "dates/calendar.h"
#include "dates/reanchor.h"

namespace recoupe::corpus {

void DateFromEvent(std::vector<Document>& docs, const std::vector<DocumentFeatures>& features,
                   const Grouping& grouping) {
  std::vector<std::vector<size_t>> dated_members(grouping.event_count);
  for (size_t d = 0; d < docs.size(); ++d)
    if (features[d].timed()) dated_members[grouping.event_of[d]].push_back(d);
  for (size_t d = 0; d < docs.size(); ++d) {
    if (features[d].timed()) continue;
    // The most similar dated document of the same event.
    std::optional<size_t> nearest;
    double best = -1;
    for (size_t o : dated_members[grouping.event_of[d]]) {
      const double similarity = Dot(features[d].vector, features[o].vector);
      if (similarity > best) best = similarity, nearest = o;
    }
    if (!nearest) continue;
    int64_t earliest = *features[*nearest].earliest_day;
    int64_t latest = *features[*nearest].latest_day;
    Document& doc = docs[d];
    PublishedDate& published = doc.published;
    // Keep within what the document itself says of its date.
    if (published.earliest)
      if (auto own = dates::ParseIsoDay(*published.earliest)) earliest = std::max(earliest, *own);
    if (published.latest)
      if (auto own = dates::ParseIsoDay(*published.latest)) latest = std::min(latest, *own);
    if (earliest > latest) continue;
    const Document& source = docs[*nearest];
    published.earliest = dates::FormatDay(earliest);
    published.latest = dates::FormatDay(latest);
    published.value = earliest == latest ? std::optional<std::string>(published.earliest)
                                         : std::nullopt;
    published.basis = "event";
    published.evidence.push_back("same event as " + source.id + " (published " +
                                 (source.published.value ? *source.published.value
                                                         : dates::FormatDay(earliest)) +
                                 ")");
    if (!published.value) continue;
    for (DateMention& date : doc.dates) {
      if (!date.value.empty() || date.relative.empty()) continue;
      date.value = ReanchorDate(date, *published.value);
      if (!date.value.empty()) date.anchor = "event";
    }
  }
}

void SetLikelyOriginals(const std::vector<Document>& docs, std::vector<Reuse>& reuse) {
  std::unordered_map<std::string_view, const Document*> by_id;
  for (const Document& doc : docs) by_id.emplace(doc.id, &doc);
  auto window_of = [&](const std::string& id) -> std::optional<std::pair<int64_t, int64_t>> {
    auto it = by_id.find(id);
    return it == by_id.end() ? std::nullopt : DocumentWindow(*it->second);
  };
  for (Reuse& r : reuse) {
    const auto a = window_of(r.a), b = window_of(r.b);
    if (!a || !b) continue;
    if (a->second < b->first) r.original = r.a;
    else if (b->second < a->first) r.original = r.b;
  }
}

std::optional<double> DurationDays(std::string_view duration) {
  if (duration.size() < 3 || duration[0] != 'P') return std::nullopt;
  const bool time_part = duration[1] == 'T';
  std::string_view rest = duration.substr(time_part ? 2 : 1);
  double amount = 0;
  const auto [end, error] = std::from_chars(rest.data(), rest.data() + rest.size(), amount);
  if (error != std::errc() || end + 1 != rest.data() + rest.size()) return std::nullopt;
  switch (*end) {
    case 'H': return time_part ? std::optional<double>(amount / 24) : std::nullopt;
    case 'M': return time_part ? amount / 1440 : amount * 30;
    case 'S': return time_part ? std::optional<double>(amount / 86400) : std::nullopt;
    case 'D': return amount;
    case 'W': return amount * 7;
    case 'Y': return amount * 365;
  }
  return std::nullopt;
}

}  // namespace recoupe::corpus
