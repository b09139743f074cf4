#include "corpus/happenings.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "dates/calendar.h"

namespace recoupe::corpus {
namespace {

constexpr std::string_view kHappeningPrefix = "happening:";
// Two datings of one happening further apart than this are taken to be two
// happenings (a town retaken, then the victory proclaimed days later), not a
// disagreement: sources that disagree on a date are mostly a day apart.
constexpr int64_t kConflictMaxDays = 2;
// Timeline texts longer than this are cut at a character boundary.
constexpr size_t kTimelineTextBytes = 320;

bool StartsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

// YYYY, YYYY-MM or YYYY-MM-DD: a calendar value a timeline can hold.
bool IsCalendarValue(const std::string& value) {
  if (value.size() != 4 && value.size() != 7 && value.size() != 10) return false;
  for (size_t i = 0; i < value.size(); ++i) {
    const bool dash = i == 4 || i == 7;
    if (dash ? value[i] != '-' : (value[i] < '0' || value[i] > '9')) return false;
  }
  return true;
}

std::string Shorten(std::string_view text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.remove_suffix(1);
  if (text.size() <= kTimelineTextBytes) return std::string(text);
  size_t cut = kTimelineTextBytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + "\u2026";
}

uint32_t Gap(uint32_t a_begin, uint32_t a_end, Span b) {
  if (a_end <= b.begin) return b.begin - a_end;
  if (b.end <= a_begin) return a_begin - b.end;
  return 0;
}

}  // namespace

Span SentenceAround(const Document& doc, uint32_t offset) {
  auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), offset,
                             [](uint32_t o, const Sentence& s) { return o < s.span.begin; });
  if (it != doc.sentences.begin() && offset < std::prev(it)->span.end) return std::prev(it)->span;
  for (const Block& block : doc.blocks)
    if (block.span.begin <= offset && offset < block.span.end) return block.span;
  return {offset, offset};
}

std::string NearestHappening(const Document& doc, Span sentence, Span date, const CorpusCues& cues) {
  const std::vector<FoldedWord> words = FoldedWords(doc.text(sentence), sentence.begin);
  std::string nearest;
  uint32_t nearest_gap = UINT32_MAX;
  for (const PhraseHit& hit : cues.sets.Find(words)) {
    const std::string& name = cues.sets.set_name(hit.set);
    if (!StartsWith(name, kHappeningPrefix)) continue;
    const uint32_t gap = Gap(words[hit.first_word].begin, words[hit.end_word - 1].end, date);
    if (gap < nearest_gap) nearest_gap = gap, nearest = name.substr(kHappeningPrefix.size());
  }
  return nearest;
}

std::optional<std::string> FirstCue(const Document& doc, Span span, const CorpusCues& cues,
                                    std::string_view prefix) {
  const std::vector<FoldedWord> words = FoldedWords(doc.text(span), span.begin);
  for (const PhraseHit& hit : cues.sets.Find(words)) {
    const std::string& name = cues.sets.set_name(hit.set);
    if (StartsWith(name, prefix)) return name.substr(prefix.size());
  }
  return std::nullopt;
}

std::optional<int64_t> DaysBetween(const std::string& a, const std::string& b) {
  if (a.size() != 10 || b.size() != 10) return std::nullopt;
  auto x = dates::ParseIsoDay(a);
  auto y = dates::ParseIsoDay(b);
  if (!x || !y) return std::nullopt;
  return *y - *x;
}

std::vector<DossierFlag> DateConflicts(const Dossier& dossier,
                                       const std::vector<DatedSentence>& sentences,
                                       const std::vector<uint32_t>& event_of_sentence) {
  // (event, happening) → value → the sentences dating it so, exact days only.
  std::map<std::pair<uint32_t, std::string>, std::map<std::string, std::vector<size_t>>> datings;
  for (size_t i = 0; i < sentences.size(); ++i) {
    const DatedSentence& s = sentences[i];
    const DateMention& d = dossier.documents[s.document].dates[s.date];
    if (s.happening.empty() || d.approximate || d.kind != "date") continue;
    if (d.value.size() != 10 || !IsCalendarValue(d.value)) continue;
    datings[{event_of_sentence[i], s.happening}][d.value].push_back(i);
  }
  auto documents_of = [&](const std::vector<size_t>& list) {
    std::vector<uint32_t> docs;
    for (size_t i : list)
      if (std::find(docs.begin(), docs.end(), sentences[i].document) == docs.end())
        docs.push_back(sentences[i].document);
    std::sort(docs.begin(), docs.end());
    return docs;
  };
  std::vector<DossierFlag> flags;
  for (const auto& [key, by_value] : datings) {
    if (by_value.size() < 2) continue;
    // The dating most documents give (ties: the one given first) stands; the
    // others, when close enough to be the same happening, are flagged.
    const std::string* majority = nullptr;
    std::vector<uint32_t> majority_docs;
    for (const auto& [value, list] : by_value) {
      const std::vector<uint32_t> docs = documents_of(list);
      if (!majority || docs.size() > majority_docs.size() ||
          (docs.size() == majority_docs.size() && docs.front() < majority_docs.front()))
        majority = &value, majority_docs = docs;
    }
    const DatedSentence& example = sentences[by_value.at(*majority).front()];
    const Document& example_doc = dossier.documents[example.document];
    const DateMention& example_date = example_doc.dates[example.date];
    for (const auto& [value, list] : by_value) {
      if (&value == majority) continue;
      const auto days = DaysBetween(*majority, value);
      if (!days || std::abs(*days) > kConflictMaxDays) continue;
      std::vector<uint32_t> flagged;
      for (size_t i : list) {
        const DatedSentence& s = sentences[i];
        if (std::find(flagged.begin(), flagged.end(), s.document) != flagged.end()) continue;
        if (std::binary_search(majority_docs.begin(), majority_docs.end(), s.document)) continue;
        flagged.push_back(s.document);
        const Document& doc = dossier.documents[s.document];
        const DateMention& mine = doc.dates[s.date];
        DossierFlag flag;
        flag.kind = "cross_source_conflict";
        flag.document = doc.id;
        flag.begin = mine.begin;
        flag.end = mine.end;
        for (uint32_t d : majority_docs) flag.related.push_back(dossier.documents[d].id);
        flag.message = "'" + std::string(doc.text({mine.begin, mine.end})) + "' dates the " +
                       key.second + " on " + value + "; " + std::to_string(majority_docs.size()) +
                       " other document" + (majority_docs.size() == 1 ? " says " : "s say ") +
                       *majority + " ('" +
                       std::string(example_doc.text({example_date.begin, example_date.end})) +
                       "' in " + example_doc.id + ")";
        flags.push_back(std::move(flag));
      }
    }
  }
  return flags;
}

namespace {

// Whether `value` (YYYY-MM or YYYY-MM-DD) lies wholly before `earliest` or
// after `latest` (days); ISO strings compare in calendar order, and "-31"
// closes any month.
bool OutsideWindow(const std::string& value, const std::optional<std::string>& earliest,
                   const std::optional<std::string>& latest) {
  const std::string first = value.size() == 7 ? value + "-01" : value;
  const std::string last = value.size() == 7 ? value + "-31" : value;
  return (earliest && last < *earliest) || (latest && first > *latest);
}

// Whether the date raised a date_anachronism flag in its document: a date
// that cannot be right is no happening to put on a timeline.
bool Anachronistic(const Document& doc, const DateMention& date) {
  for (const Flag& flag : doc.flags)
    if (flag.kind == "date_anachronism" && flag.begin < date.end && date.begin < flag.end)
      return true;
  return false;
}

// Whether another date of the same sentence is more precise and inside this
// one ("neuf mois plus tard, le 8 décembre": the day, not the month).
bool RefinedInSentence(const Document& doc, const DatedSentence& s) {
  const std::string& value = doc.dates[s.date].value;
  for (const DateMention& other : doc.dates) {
    if (other.begin < s.sentence.begin || other.end > s.sentence.end) continue;
    if (other.value.size() > value.size() && other.value.compare(0, value.size(), value) == 0 &&
        other.value[value.size()] == '-' && IsCalendarValue(other.value))
      return true;
  }
  return false;
}

}  // namespace

std::vector<TimelineEntry> BuildTimeline(const Dossier& dossier,
                                         const std::vector<DatedSentence>& sentences,
                                         const std::vector<uint32_t>& event_of_sentence) {
  std::map<std::tuple<std::string, uint32_t, std::string>, TimelineEntry> entries;
  for (size_t i = 0; i < sentences.size(); ++i) {
    const DatedSentence& s = sentences[i];
    const Document& doc = dossier.documents[s.document];
    const DateMention& d = doc.dates[s.date];
    if (d.kind != "date" || !IsCalendarValue(d.value) || d.value.size() == 4) continue;
    if (Anachronistic(doc, d) || RefinedInSentence(doc, s)) continue;
    const Event& event = dossier.events[event_of_sentence[i]];
    auto [it, inserted] = entries.try_emplace({d.value, event_of_sentence[i], s.happening});
    TimelineEntry& entry = it->second;
    if (inserted) {
      entry.date = d.value;
      entry.event = event.id;
      entry.text = Shorten(doc.text(s.sentence));
      entry.hedged = true;
      entry.background = OutsideWindow(d.value, event.earliest, event.latest);
    }
    if (std::find(entry.documents.begin(), entry.documents.end(), doc.id) == entry.documents.end())
      entry.documents.push_back(doc.id);
    entry.mentions.push_back({doc.id, d.begin, d.end});
    entry.hedged = entry.hedged && d.hedged;
  }
  std::vector<TimelineEntry> timeline;
  for (auto& [key, entry] : entries) timeline.push_back(std::move(entry));
  return timeline;
}

}  // namespace recoupe::corpus
