#include "figures/figure_linker.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <tuple>
#include <utility>

namespace recoupe {
namespace {

using pattern::PatternCapture;
using pattern::PatternMatch;

enum class Role : uint8_t {
  kNone,
  kCounted,
  kPredicate,
  kSide,
  kBreakdown,
  kTimeUnit,
  kJoiner,
  kOf,
  kModifier,
  kAnaphor,
  kTollHead,
  kTollLink,
};

// One match of figures.patterns.
struct Hit {
  Role role = Role::kNone;
  uint32_t first = 0;
  uint32_t end = 0;
  std::string_view value;  // the lexicon value of its capture
};

Role RoleOf(std::string_view rule) {
  if (rule == "counted") return Role::kCounted;
  if (rule == "predicate") return Role::kPredicate;
  if (rule == "side") return Role::kSide;
  if (rule == "breakdown") return Role::kBreakdown;
  if (rule == "time_unit") return Role::kTimeUnit;
  if (rule == "joiner") return Role::kJoiner;
  if (rule == "of") return Role::kOf;
  if (rule == "modifier") return Role::kModifier;
  if (rule == "anaphor") return Role::kAnaphor;
  if (rule == "toll_head") return Role::kTollHead;
  if (rule == "toll_link") return Role::kTollLink;
  return Role::kNone;
}

// The hits of a token span, indexed by their first token and by their end.
struct HitIndex {
  std::vector<Hit> hits;
  std::vector<int32_t> starting;  // hit starting at token t, or -1
  std::vector<int32_t> ending;    // hit ending at t (end == t), or -1; size n + 1

  const Hit* At(uint32_t t, Role role) const {
    if (t >= starting.size() || starting[t] < 0) return nullptr;
    const Hit& hit = hits[starting[t]];
    return hit.role == role ? &hit : nullptr;
  }
  const Hit* EndingAt(uint32_t t) const { return ending[t] < 0 ? nullptr : &hits[ending[t]]; }
  const Hit* StartingAt(uint32_t t) const {
    return t >= starting.size() || starting[t] < 0 ? nullptr : &hits[starting[t]];
  }
};

// Matches figures.patterns over the token ranges `ranges` (whole sentences,
// in order, disjoint, none matched before) into `index`.
void IndexHits(std::span<const Token> tokens, const pattern::PatternSet& set,
               const std::vector<std::pair<uint32_t, uint32_t>>& ranges, HitIndex* index) {
  for (const auto& [begin, end] : ranges) {
    for (const PatternMatch& match : set.Match(tokens.subspan(begin, end - begin))) {
      Hit hit;
      hit.role = RoleOf(match.rule->name);
      if (hit.role == Role::kNone) continue;
      hit.first = begin + match.first;
      hit.end = begin + match.end;
      for (const PatternCapture& capture : match.captures) {
        if (capture.value) hit.value = *capture.value;
      }
      index->starting[hit.first] = static_cast<int32_t>(index->hits.size());
      index->ending[hit.end] = static_cast<int32_t>(index->hits.size());
      index->hits.push_back(hit);
    }
  }
}

// The whole sentences holding the tokens `firsts` (in order), or with
// `before` the sentence before each of them instead (when it has one), as
// merged token ranges, leaving out the sentences of `done` (merged ranges of
// whole sentences).
std::vector<std::pair<uint32_t, uint32_t>> SentenceRanges(
    std::span<const Token> tokens, const std::vector<uint32_t>& firsts, bool before,
    const std::vector<std::pair<uint32_t, uint32_t>>& done) {
  std::vector<std::pair<uint32_t, uint32_t>> ranges;
  for (uint32_t t : firsts) {
    if (before) {
      const uint32_t sentence = tokens[t].sentence;
      while (t > 0 && tokens[t - 1].sentence == sentence) --t;
      if (t == 0) continue;
      --t;
    }
    const uint32_t sentence = tokens[t].sentence;
    uint32_t begin = t;
    while (begin > 0 && tokens[begin - 1].sentence == sentence) --begin;
    uint32_t end = t + 1;
    while (end < tokens.size() && tokens[end].sentence == sentence) ++end;
    const bool indexed = std::any_of(done.begin(), done.end(), [&](const auto& range) {
      return range.first <= begin && end <= range.second;
    });
    if (indexed || (!ranges.empty() && begin < ranges.back().second)) continue;
    if (!ranges.empty() && begin == ranges.back().second) {
      ranges.back().second = end;
    } else {
      ranges.emplace_back(begin, end);
    }
  }
  return ranges;
}

// "fighters/killed" → {"fighters", "killed"}.
std::pair<std::string_view, std::string_view> SplitClass(std::string_view value) {
  size_t slash = value.find('/');
  if (slash == std::string_view::npos) return {value, {}};
  return {value.substr(0, slash), value.substr(slash + 1)};
}

bool IsPersonClass(std::string_view cls) {
  return cls == "fighters" || cls == "soldiers" || cls == "civilians" || cls == "people";
}

// How a number with no counted noun after it was found to count something.
enum class Frame : uint8_t {
  kNoun,      // a counted noun or a rough count's noun follows: not carried
  kSubject,   // a predicate follows: "… ; 40 ont été tués"
  kObject,    // a predicate ends right before it: "killing at least 30"
  kAnaphor,   // a word stands for the noun: "12 autres", "80 of them", "400 au total"
  kToll,      // linked to a toll: "the death toll has risen to 129"
  kPart,      // right after a breakdown cue of a figure: "98 blessés, dont 16"
};

// An item under construction, with what the linker knows of it.
struct Item {
  LinkedFigure figure;
  std::string_view cls;           // class as written in the data (materiel, raids, ...)
  std::string_view default_what;  // from the noun
  Frame frame = Frame::kNoun;     // any other frame: the subject is carried from an earlier noun
  const Hit* toll = nullptr;      // kToll: the toll's head
  bool needs_predicate = false;   // "un soldat": kept only with a predicate
  bool has_predicate = false;     // what came from a predicate (set by Resolve)
  int total = -1;                 // a part of a breakdown: the index of its total's item
};

struct Scan {
  const Hit* predicate = nullptr;
  int gap = 0;      // tokens crossed that are neither items nor joiners
  int joiners = 0;  // joiners crossed
  int items = 0;    // other items crossed (an enumeration sharing the predicate)
};

constexpr int kMaxGap = 2;

bool IsJoinerLike(const Hit* hit) {
  return hit && (hit->role == Role::kJoiner || hit->role == Role::kBreakdown);
}

class Linker {
 public:
  Linker(std::span<const Token> tokens, const FigureResources& resources)
      : tokens_(tokens), numbers_(FindNumbers(tokens, resources.numbers)) {
    // Figure words are matched only over the sentences that hold a number,
    // then over the sentence before a bare number (its carried subject).
    index_.starting.assign(tokens.size(), -1);
    index_.ending.assign(tokens.size() + 1, -1);
    std::vector<uint32_t> firsts;
    for (const NumberMention& number : numbers_) firsts.push_back(number.first);
    const auto with_numbers = SentenceRanges(tokens, firsts, false, {});
    IndexHits(tokens, resources.figures, with_numbers, &index_);
    item_at_.assign(tokens.size(), -1);
    for (const NumberMention& number : numbers_) AddItem(number);
    firsts.clear();
    for (const Item& item : items_) {
      if (item.frame != Frame::kNoun) firsts.push_back(item.figure.first);
    }
    IndexHits(tokens, resources.figures, SentenceRanges(tokens, firsts, true, with_numbers),
              &index_);
    for (size_t i = 0; i < items_.size(); ++i) {
      for (uint32_t t = items_[i].figure.first; t < items_[i].figure.end; ++t) {
        item_at_[t] = static_cast<int32_t>(i);
      }
    }
  }

  LinkResult Run() {
    std::vector<bool> kept(items_.size());
    for (size_t i = 0; i < items_.size(); ++i) kept[i] = Resolve(&items_[i]);
    InheritFromTotals(kept);
    LinkResult result;
    std::vector<int> index_of(items_.size(), -1);
    for (size_t i = 0; i < items_.size(); ++i) {
      if (!kept[i]) continue;
      index_of[i] = static_cast<int>(result.figures.size());
      result.figures.push_back(items_[i].figure);
      if (items_[i].total >= 0) result.figures.back().total = index_of[items_[i].total];
    }
    CheckBreakdowns(&result);
    return result;
  }

 private:
  bool SameSentence(uint32_t a, uint32_t b) const {
    return tokens_[a].sentence == tokens_[b].sentence;
  }

  void AddItem(const NumberMention& number) {
    if (number.kind == NumberKind::kOrdinal || number.kind == NumberKind::kFraction) return;
    const uint32_t n = static_cast<uint32_t>(tokens_.size());
    Item item;
    item.figure.number = number;
    item.figure.first = number.first;
    uint32_t pos = number.end;
    bool connector = false;
    if (const Hit* of = index_.At(pos, Role::kOf)) {
      connector = true;
      pos = of->end;
    }
    // "120 autres personnes", "three more bodies": the word is crossed
    // before a noun, else it stands for one.
    const Hit* anaphor = index_.At(pos, Role::kAnaphor);
    const Hit* noun = CountedNounAt(anaphor ? anaphor->end : pos);
    if (noun == nullptr && !anaphor) noun = pos < n ? index_.At(pos, Role::kCounted) : nullptr;
    const bool rough = !number.quantifier &&
                       (number.qualifier == "vague" || (number.words && number.qualifier == "approx"));
    if (noun && SameSentence(number.first, noun->first)) {
      std::tie(item.cls, item.default_what) = SplitClass(noun->value);
      item.figure.end = item.figure.noun_end = noun->end;
      item.figure.noun_first = noun->first;
    } else if (connector && rough && pos < n && SameSentence(number.first, pos) &&
               tokens_[pos].shape == TokenShape::kWord) {
      const Hit* time = index_.At(pos, Role::kTimeUnit);
      if (time && number.qualifier != "vague") return;  // a duration: the dates stage's
      item.cls = "other";
      item.figure.noun_first = pos;
      item.figure.end = item.figure.noun_end = time ? time->end : pos + 1;
    } else if (anaphor && !connector) {
      item.frame = Frame::kAnaphor;
      item.figure.end = anaphor->end;
    } else if (!connector && BareCount(number)) {
      item.frame = BareFrame(number, &item.toll);
      if (item.frame == Frame::kNoun) return;
      item.figure.end = number.end;
    } else {
      return;
    }
    item.needs_predicate = number.words && number.value == 1 && number.qualifier == "exact";
    items_.push_back(std::move(item));
  }

  // The counted noun at `pos`, after at most three capitalised words or
  // modifiers: "400 Islamic State fighters", "40 pro-government fighters".
  const Hit* CountedNounAt(uint32_t pos) const {
    const uint32_t n = static_cast<uint32_t>(tokens_.size());
    for (int skipped = 0; skipped < 3 && pos < n && !index_.At(pos, Role::kCounted); ++skipped) {
      if (const Hit* modifier = index_.At(pos, Role::kModifier)) {
        pos = modifier->end;
      } else if (tokens_[pos].shape == TokenShape::kWord && tokens_[pos].has(kCapitalized)) {
        ++pos;
      } else {
        break;
      }
    }
    return pos < n ? index_.At(pos, Role::kCounted) : nullptr;
  }

  // A number alone may count something: not a percentage, a duration ("3
  // jours"), a year ("en 2015") or an article ("a fait un fief").
  bool BareCount(const NumberMention& number) const {
    if (number.kind == NumberKind::kPercent) return false;
    if (number.words && number.value == 1 && number.qualifier == "exact") return false;
    if (index_.At(number.end, Role::kTimeUnit)) return false;
    const Token& token = tokens_[number.value_first];
    const bool year_like = number.value_end == number.value_first + 1 && token.number &&
                           *token.number >= 1800 && *token.number <= 2100 &&
                           token.norm.size() == 4;
    return !year_like;
  }

  // The frame that makes a bare number a count, kNoun when none does.
  Frame BareFrame(const NumberMention& number, const Hit** toll) const {
    if (index_.At(number.end, Role::kPredicate)) return Frame::kSubject;
    const Hit* before = number.first > 0 ? index_.EndingAt(number.first) : nullptr;
    if (before && !SameSentence(before->first, number.first)) before = nullptr;
    if (before && before->role == Role::kPredicate) return Frame::kObject;
    if (before && before->role == Role::kBreakdown && !items_.empty() &&
        SameSentence(items_.back().figure.first, number.first)) {
      return Frame::kPart;
    }
    if (before && (before->role == Role::kTollLink || before->role == Role::kOf)) {
      *toll = TollHead(number);
      if (*toll) return Frame::kToll;
    }
    return Frame::kNoun;
  }

  // The toll a linked number states: its head earlier in the sentence ("the
  // death toll has risen to"), or right after it ("porte à 86 le nombre").
  const Hit* TollHead(const NumberMention& number) const {
    for (uint32_t t = number.first; t > 0 && SameSentence(t - 1, number.first); --t) {
      const Hit* hit = index_.StartingAt(t - 1);
      if (hit && hit->role == Role::kTollHead) return hit;
    }
    for (uint32_t t = number.end; t < tokens_.size() && t < number.end + 2; ++t) {
      const Hit* hit = index_.StartingAt(t);
      if (hit && hit->role == Role::kTollHead) return hit;
    }
    return nullptr;
  }

  Scan ScanAfter(const Item& item) const {
    Scan scan;
    uint32_t t = item.figure.end;
    while (t < tokens_.size() && SameSentence(t, item.figure.first)) {
      if (item_at_[t] >= 0) {
        t = items_[item_at_[t]].figure.end;
        ++scan.items;
        continue;
      }
      const Hit* hit = index_.StartingAt(t);
      if (hit && hit->role == Role::kPredicate) {
        scan.predicate = hit;
        return scan;
      }
      if (IsJoinerLike(hit)) {
        ++scan.joiners;
        t = hit->end;
        continue;
      }
      if (tokens_[t].shape == TokenShape::kPunct || ++scan.gap > kMaxGap) break;
      t = hit ? hit->end : t + 1;
    }
    return Scan{};
  }

  Scan ScanBefore(const Item& item) const {
    Scan scan;
    uint32_t t = item.figure.first;
    while (t > 0 && SameSentence(t - 1, item.figure.first)) {
      if (item_at_[t - 1] >= 0) {
        t = items_[item_at_[t - 1]].figure.first;
        ++scan.items;
        continue;
      }
      const Hit* hit = index_.EndingAt(t);
      if (hit && hit->role == Role::kPredicate) {
        scan.predicate = hit;
        return scan;
      }
      if (IsJoinerLike(hit)) {
        ++scan.joiners;
        t = hit->first;
        continue;
      }
      if (tokens_[t - 1].shape == TokenShape::kPunct || ++scan.gap > kMaxGap) break;
      t = hit ? hit->first : t - 1;
    }
    return Scan{};
  }

  // The value (CLASS or CLASS/WHAT) of the last counted noun before `t`, in
  // its sentence or the one before.
  std::string_view CarriedValue(uint32_t t) const {
    const uint32_t sentence = tokens_[t].sentence;
    while (t > 0 && tokens_[t - 1].sentence + 1 >= sentence) {
      --t;
      const Hit* hit = index_.StartingAt(t);
      if (hit && hit->role == Role::kCounted) return hit->value;
    }
    return "people";
  }

  // What a toll counts and of whom: the casualty words nearest its number
  // between the toll's head and the number ("the number of civilians killed
  // … has increased to 57"), or after the head when it follows the number
  // ("porte à 86 le nombre de personnes tuées"); else the head's own value
  // ("bilan", "death toll": killed). False when nothing says it.
  bool ReadToll(Item* item) const {
    const Hit* head = item->toll;
    const uint32_t number = item->figure.first;
    const bool head_first = head->first < number;
    const uint32_t begin = head->end;
    const uint32_t end = head_first ? number : head->end + 6;
    std::string_view cls = "people", what;
    for (uint32_t t = begin; t < end && t < tokens_.size() && SameSentence(t, number); ++t) {
      const Hit* hit = index_.StartingAt(t);
      if (!hit) continue;
      if (hit->role == Role::kCounted) {
        auto [noun_class, noun_what] = SplitClass(hit->value);
        cls = noun_class;
        if (!noun_what.empty()) what = noun_what;
      } else if (hit->role == Role::kPredicate) {
        what = hit->value;
      }
      t = hit->end - 1;
    }
    if (what.empty()) what = head->value;
    if (what.empty() || !IsPersonClass(cls)) return false;
    item->cls = cls;
    item->default_what = what;
    return true;
  }

  // The subject of a figure with no noun of its own (any frame but kNoun),
  // given its nearest predicate. False when the frame does not hold.
  bool CarrySubject(Item* item, const Hit* predicate, bool from_before) const {
    switch (item->frame) {
      case Frame::kNoun:
        return true;
      case Frame::kSubject:
        if (!predicate || from_before) return false;
        break;
      case Frame::kObject:
        if (!predicate) return false;
        break;
      case Frame::kToll:
        return ReadToll(item);
      case Frame::kAnaphor:
      case Frame::kPart:
        std::tie(item->cls, item->default_what) = SplitClass(CarriedValue(item->figure.first));
        return true;
    }
    item->cls = SplitClass(CarriedValue(item->figure.first)).first;
    return true;
  }

  // A side named earlier in the sentence: "Du côté des forces loyalistes".
  const Hit* SideBefore(uint32_t t) const {
    for (uint32_t u = t; u > 0 && SameSentence(u - 1, t); --u) {
      const Hit* hit = index_.StartingAt(u - 1);
      if (hit && hit->role == Role::kSide) return hit;
    }
    return nullptr;
  }

  // The predicate nearest the item, before or after it (docs/figures.md).
  // `*shared`: it was reached across other items of an enumeration.
  const Hit* NearestPredicate(const Item& item, bool* from_before, bool* shared) const {
    Scan after = ScanAfter(item);
    Scan before = ScanBefore(item);
    *from_before = false;
    if (after.predicate &&
        (!before.predicate || std::tie(after.gap, after.joiners) <= std::tie(before.gap, before.joiners))) {
      *shared = after.items > 0;
      return after.predicate;
    }
    *from_before = before.predicate != nullptr;
    *shared = before.items > 0;
    return before.predicate;
  }

  bool Resolve(Item* item) {
    LinkedFigure& f = item->figure;
    bool from_before = false, shared = false;
    const Hit* predicate = NearestPredicate(*item, &from_before, &shared);
    if (item->needs_predicate && !predicate) return false;
    if (!CarrySubject(item, predicate, from_before)) return false;
    if (item->frame == Frame::kToll) predicate = nullptr;
    item->has_predicate = predicate != nullptr;
    std::string_view cls = item->cls;
    if (cls == "people") {
      const Hit* side = SideBefore(f.first);
      if (side && IsPersonClass(SplitClass(side->value).first)) {
        cls = SplitClass(side->value).first;
        f.side_first = side->first;
        f.side_end = side->end;
      }
    }
    std::string_view what = predicate ? predicate->value : std::string_view();
    // A noun's own what ("blessés") wins over a predicate before it or one it
    // shares with other items ("60 blessés, 12 autres sont décédées").
    if (!item->default_what.empty() && (what.empty() || from_before || shared)) {
      what = item->default_what;
    }
    if (cls == "raids") {
      what = "air_raids";
    } else if (!IsPersonClass(cls)) {
      const bool struck = what == "destroyed" || what == "killed" || what == "hit";
      if (cls == "targets" && struck) {
        what = "targets_hit";
      } else if ((cls == "materiel" || cls == "aircraft") && what != "hit" && struck) {
        what = "vehicles_destroyed";
      } else {
        what = "other";
      }
    } else if (what == "destroyed") {
      what = "killed";
    } else if (what == "hit") {
      what = "other";
    } else if (what == "present" || (what.empty() && cls == "fighters")) {
      // "laissant quelques dizaines de combattants sur place": a force's size;
      // fighters that nothing happens to are one too ("sept terroristes").
      what = cls == "fighters" || cls == "soldiers" ? "fighters_present" : "other";
    }
    f.what = what.empty() ? "other" : std::string(what);
    if (IsPersonClass(cls) || cls == "aircraft") {
      f.who_class = std::string(cls);
    } else if (cls == "raids") {
      f.who_class = "aircraft";
    } else {
      f.who_class = "other";
    }
    return true;
  }

  // The items enumerated after a breakdown cue that follows item `i` ("98
  // blessés, dont 16 enfants"), in `parts`; the cue, or null.
  const Hit* PartsOf(size_t i, const std::vector<bool>& kept, std::vector<size_t>* parts) const {
    uint32_t t = items_[i].figure.end;
    if (const Hit* predicate = index_.At(t, Role::kPredicate)) t = predicate->end;
    if (const Hit* joiner = index_.At(t, Role::kJoiner)) t = joiner->end;
    const Hit* cue = index_.At(t, Role::kBreakdown);
    if (!cue) return nullptr;
    t = cue->end;
    for (size_t k = i + 1; k < items_.size() && kept[k] && items_[k].figure.first == t; ++k) {
      parts->push_back(k);
      t = items_[k].figure.end;
      if (const Hit* predicate = index_.At(t, Role::kPredicate)) t = predicate->end;
      while (const Hit* joiner = index_.At(t, Role::kJoiner)) t = joiner->end;
    }
    return cue;
  }

  // Parts with no predicate of their own count what their total counts
  // ("Cinquante morts, dont cinq enfants": five children killed); parts with
  // no noun ("dont trois grièvement") count its class too.
  void InheritFromTotals(const std::vector<bool>& kept) {
    for (size_t i = 0; i < items_.size(); ++i) {
      const LinkedFigure& total = items_[i].figure;
      std::vector<size_t> parts;
      if (!kept[i] || !IsPersonClass(total.who_class) || !PartsOf(i, kept, &parts)) continue;
      for (size_t k : parts) {
        LinkedFigure& part = items_[k].figure;
        if (!IsPersonClass(part.who_class)) continue;
        items_[k].total = static_cast<int>(i);
        if (!items_[k].has_predicate) part.what = total.what;
        if (items_[k].frame != Frame::kNoun) part.who_class = total.who_class;
      }
    }
  }

  // "300 personnes ont été tuées, dont 123 soldats, 115 combattants et 57
  // civils": parts of a total. Parts that exceed it ("dont", "including")
  // or that miss it ("soit", ":") are an arithmetic issue.
  void CheckBreakdowns(LinkResult* result) const {
    const auto& figures = result->figures;
    for (size_t i = 0; i < figures.size(); ++i) {
      const LinkedFigure& total = figures[i];
      uint32_t t = total.end;
      if (const Hit* predicate = index_.At(t, Role::kPredicate)) t = predicate->end;
      if (const Hit* joiner = index_.At(t, Role::kJoiner)) t = joiner->end;
      const Hit* cue = index_.At(t, Role::kBreakdown);
      if (!cue) continue;
      t = cue->end;
      double sum = 0;
      std::string terms;
      size_t parts = 0;
      bool exact = true;
      for (size_t k = i + 1; k < figures.size() && figures[k].first == t; ++k) {
        const NumberMention& n = figures[k].number;
        exact = exact && n.qualifier == "exact" && n.value && n.kind == NumberKind::kCardinal;
        if (n.value) sum += *n.value;
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%g", n.value.value_or(0));
        terms += (parts++ ? " + " : "") + std::string(buffer);
        t = figures[k].end;
        while (const Hit* joiner = index_.At(t, Role::kJoiner)) t = joiner->end;
      }
      const NumberMention& n = total.number;
      if (parts < 2 || !exact || n.qualifier != "exact" || !n.value) continue;
      const bool full = cue->value == "full";
      if ((full && sum != *n.value) || (!full && sum > *n.value)) {
        char buffer[160];
        std::snprintf(buffer, sizeof buffer, "the parts add up to %g (%s) but the total is %g",
                      sum, terms.c_str(), *n.value);
        result->issues.push_back({total.first, figures[i + parts].end, buffer});
      }
    }
  }

  std::span<const Token> tokens_;
  std::vector<NumberMention> numbers_;
  HitIndex index_;
  std::vector<Item> items_;
  std::vector<int32_t> item_at_;
};

}  // namespace

Result<FigureResources> FigureResources::Load(const std::string& data_dir,
                                              std::string_view language) {
  Result<NumberResources> numbers = NumberResources::Load(data_dir, language);
  if (!numbers.ok()) return numbers.status();
  Result<pattern::PatternSet> figures = pattern::PatternSet::LoadFile(
      data_dir + "/" + std::string(language) + "/figures.patterns");
  if (!figures.ok()) return figures.status();
  Result<pattern::PatternSet> sides = pattern::PatternSet::LoadFile(
      data_dir + "/" + std::string(language) + "/figure-sides.patterns");
  if (!sides.ok()) return sides.status();
  return FigureResources{std::move(numbers).value(), std::move(figures).value(),
                         std::move(sides).value()};
}

LinkResult LinkFigures(std::span<const Token> tokens, const FigureResources& resources) {
  return Linker(tokens, resources).Run();
}

std::string RenderFigure(std::string_view text, std::span<const Token> tokens,
                         const LinkedFigure& figure) {
  uint32_t begin = tokens[figure.first].span.begin;
  uint32_t end = tokens[figure.end - 1].span.end;
  return std::string(text.substr(begin, end - begin)) + " ⇒ " + RenderNumber(figure.number) + " " +
         figure.what + " " + figure.who_class;
}

}  // namespace recoupe
