#include "dates/date_stage.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <span>

#include "dates/calendar.h"
#include "dates/date_resolve.h"
#include "dates/publication.h"
#include "dates/reanchor.h"
#include "dates/tense.h"
#include "segment/tokenizer.h"

namespace recoupe {
namespace {

using dates::DateSpec;
using dates::Resolved;
using dates::Tense;
using pattern::PatternMatch;

// The number a capture holds: a count in words ("vingt-cinq jours", "deux
// cents ans") as the numbers stage reads it, else its lexicon value (month
// and weekday numbers), else the token's digits ("1er", "27th", "h30").
std::optional<double> CaptureNumber(const PatternMatch& m, std::string_view name,
                                    std::span<const Token> tokens,
                                    const NumberResources* numbers = nullptr) {
  const pattern::PatternCapture* c = m.Capture(name);
  if (c == nullptr) return std::nullopt;
  if (numbers != nullptr && tokens[c->first].shape == TokenShape::kWord &&
      (name == "n" || name == "age" || name == "hour")) {
    if (std::optional<double> v = ValueOfTokens(tokens.subspan(c->first, c->end - c->first), *numbers)) {
      return v;
    }
  }
  if (c->value) {
    char* end = nullptr;
    const std::string value(*c->value);
    const double v = std::strtod(value.c_str(), &end);
    if (end != value.c_str()) return v;
    return std::nullopt;
  }
  const Token& t = tokens[c->first];
  if (t.number) return *t.number;
  // "1er", "27th", "h30": the digits in the word.
  size_t i = 0;
  while (i < t.fold.size() && (t.fold[i] < '0' || t.fold[i] > '9')) ++i;
  if (i >= t.fold.size() || i > 1) return std::nullopt;
  return std::atof(t.fold.c_str() + i);
}

std::optional<int> CaptureInt(const PatternMatch& m, std::string_view name,
                              std::span<const Token> tokens,
                              const NumberResources* numbers = nullptr) {
  std::optional<double> v = CaptureNumber(m, name, tokens, numbers);
  if (!v) return std::nullopt;
  return static_cast<int>(std::lround(*v));
}

std::string CaptureValue(const PatternMatch& m, std::string_view name) {
  const pattern::PatternCapture* c = m.Capture(name);
  return c != nullptr && c->value ? std::string(*c->value) : std::string();
}

int TagInt(const PatternMatch& m, std::string_view key, int fallback) {
  std::optional<std::string_view> tag = m.rule->Tag(key);
  return tag ? std::atoi(std::string(*tag).c_str()) : fallback;
}

// "voici deux semaines", "il y a un mois", "ces dernières semaines",
// "environ trois jours", "une vingtaine de jours", "quelques jours", and
// rules tagged `approximate` ("récemment"): the day or length is rough. An
// offset counted in weeks or more is rough; one counted in days is exact.
bool NamesDayRoughly(const DateSpec& s, const PatternMatch& m) {
  if (m.rule->Tag("approximate") || m.Capture("about") != nullptr) return true;
  if (s.op == "vague" || s.approx) return true;
  if (s.op == "duration" && !s.n) return true;
  return (s.op == "offset" || s.op == "chain_offset") && dates::UnitDays(s.unit) > 1;
}

DateSpec SpecFromMatch(const PatternMatch& m, std::span<const Token> tokens,
                       const NumberResources& numbers) {
  DateSpec s;
  s.op = std::string(m.rule->Tag("op").value_or(""));
  if (s.op == "published") s.op = "abs";  // a page stamp is a date of the page
  s.kind = std::string(m.rule->Tag("kind").value_or("date"));
  s.relation = std::string(m.rule->Tag("relation").value_or(""));
  s.day = CaptureInt(m, "day", tokens);
  s.month = CaptureInt(m, "month", tokens);
  s.year = CaptureInt(m, "year", tokens);
  // "juillet 98", "23/06/18": two-digit years, 1931-2030.
  if (std::optional<int> short_year = CaptureInt(m, "short_year", tokens); short_year && !s.year) {
    s.year = *short_year <= 30 ? 2000 + *short_year : 1900 + *short_year;
  }
  s.weekday = CaptureInt(m, "weekday", tokens);
  s.day2 = CaptureInt(m, "day2", tokens);
  s.month2 = CaptureInt(m, "month2", tokens);
  s.year2 = CaptureInt(m, "year2", tokens);
  s.weekday2 = CaptureInt(m, "weekday2", tokens);
  s.dir = CaptureInt(m, "dir", tokens).value_or(TagInt(m, "dir", 0));
  s.rel = CaptureInt(m, "rel", tokens);
  if (!s.rel && m.rule->Tag("rel")) s.rel = TagInt(m, "rel", 0);
  s.n = CaptureNumber(m, "n", tokens, &numbers);
  if (!s.n) {
    s.n = CaptureNumber(m, "approx", tokens);
    s.approx = s.n.has_value();
  }
  s.unit = CaptureValue(m, "unit");
  s.sign = CaptureInt(m, "sign", tokens).value_or(TagInt(m, "sign", 0));
  s.feast = CaptureValue(m, "feast");
  if (s.op == "ref") s.feast = CaptureValue(m, "ref");
  s.hour = CaptureInt(m, "hour", tokens, &numbers);
  s.minute = CaptureInt(m, "minute", tokens);
  if (const pattern::PatternCapture* ap = m.Capture("ampm"); ap && s.hour) {
    const std::string& f = tokens[ap->first].fold;
    if (!f.empty() && f[0] == 'p' && *s.hour < 12) *s.hour += 12;
    if (!f.empty() && f[0] == 'a' && *s.hour == 12) s.hour = 0;
  }
  s.part = CaptureValue(m, "part");
  s.approximate = NamesDayRoughly(s, m);
  s.begin = tokens[m.first].span.begin;
  s.end = tokens[m.end - 1].span.end;
  return s;
}

bool SpecUsable(const DateSpec& s) {
  if (s.op.empty() || s.kind == "none") return false;
  if (s.year && (*s.year < 1000 || *s.year > 2100)) return false;
  if (s.hour && (*s.hour > 24 || (s.minute && *s.minute > 59))) return false;
  return true;
}

std::optional<int64_t> Today(const std::optional<std::string>& reference_date) {
  if (reference_date) return dates::ParseIsoDay(*reference_date);
  const auto now = std::chrono::system_clock::now();
  return std::chrono::duration_cast<std::chrono::days>(now.time_since_epoch()).count();
}

// At most this many tokens between a dated expression and a bare month that
// takes its year: further on, the sentence has usually moved to another
// clause ("since 2014, follows the fall of Mosul in July").
constexpr uint32_t kYearReachTokens = 5;

// "en 97 (en janvier ..., en octobre ...)": a bare month told right after a
// date with a year, in the same sentence, is in that year. A month said
// "dernier" or "prochain", or a day and month ("le 7 mars", usually this
// year whatever came before), keeps its own reading.
void TakeYearsFromSentences(std::vector<DateSpec>& specs, std::span<const dates::TokenRange> ranges) {
  std::optional<int> year;  // of the last date of the current sentence
  uint32_t year_end = 0;    // where that date ends (token)
  for (size_t i = 0; i < specs.size(); ++i) {
    DateSpec& s = specs[i];
    if (i > 0 && specs[i - 1].sentence != s.sentence) year.reset();
    if (s.op == "duration" || s.op == "time" || s.op == "part") continue;
    if (s.op == "abs" && s.month && !s.day && !s.year && !s.weekday && s.dir == 0 && year &&
        ranges[i].first - year_end <= kYearReachTokens) {
      s.year = year;
      s.year_from_sentence = true;
    }
    year = (s.op == "abs" || s.op == "interval") ? s.year : std::nullopt;
    year_end = ranges[i].end;
  }
}

std::string TimeOf(const DateSpec& s) {
  if (s.hour) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%02d:%02d", *s.hour, s.minute.value_or(0));
    return buffer;
  }
  return s.part;
}

Flag MakeFlag(std::string kind, const DateSpec& s, std::string message) {
  Flag f;
  f.kind = std::move(kind);
  f.begin = s.begin;
  f.end = s.end;
  f.message = std::move(message);
  return f;
}

// Any day, to learn the precision of a relative expression without its anchor.
constexpr int64_t kAnyAnchorDay = 16000;

// The recipe of a clock time placed on the publication day itself.
std::string PublicationDayRecipe() {
  DateSpec today;
  today.op = "relday";
  today.rel = 0;
  return dates::RelativeRecipe(today);
}

const char* const kWeekdayNames[] = {"", "Monday", "Tuesday", "Wednesday", "Thursday",
                                     "Friday", "Saturday", "Sunday"};

}  // namespace

Result<std::unique_ptr<DateStage>> DateStage::Load(const std::string& data_dir) {
  auto stage = std::unique_ptr<DateStage>(new DateStage());
  for (const char* lang : {"fr", "en"}) {
    const std::string dir = data_dir + "/" + lang;
    if (!std::filesystem::exists(dir + "/dates.patterns")) continue;
    Result<pattern::PatternSet> dates = pattern::PatternSet::LoadFile(dir + "/dates.patterns");
    if (!dates.ok()) return dates.status();
    Result<pattern::PatternSet> tense =
        pattern::PatternSet::LoadFile(dir + "/dates-tense.patterns");
    if (!tense.ok()) return tense.status();
    Result<NumberResources> numbers = NumberResources::Load(data_dir, lang);
    if (!numbers.ok()) return numbers.status();
    stage->rules_.emplace(lang, Rules{std::move(dates).value(), std::move(tense).value(),
                                      std::move(numbers).value()});
  }
  if (stage->rules_.find("fr") == stage->rules_.end()) {
    return Status::Error(data_dir + "/fr/dates.patterns: missing");
  }
  return stage;
}

const DateStage::Rules& DateStage::RulesFor(const std::string& language) const {
  auto it = rules_.find(language);
  return it != rules_.end() ? it->second : rules_.find("fr")->second;
}

namespace {

// Whether every word and number of a line lies inside one of its date
// matches, and there is one: the line says a date and nothing else.
bool OnlyDates(const std::vector<Token>& tokens, const std::vector<PatternMatch>& matches) {
  if (matches.empty()) return false;
  size_t next = 0;
  for (uint32_t t = 0; t < tokens.size(); ++t) {
    while (next < matches.size() && matches[next].end <= t) ++next;
    const bool covered = next < matches.size() && matches[next].first <= t;
    const TokenShape shape = tokens[t].shape;
    if (!covered && (shape == TokenShape::kWord || shape == TokenShape::kNumber)) return false;
  }
  return true;
}


// At most this many tokens of place before a dateline's date.
constexpr uint32_t kDatelinePlaceTokens = 6;

// "BEIRUT, Oct 15 (Reuters) -", "Kobané (Syrie), 17 oct 2017 (AFP)": a date
// after a comma among the first tokens of the text, with only capitalised
// words and punctuation before it, is the wire's dateline.
void MarkDatelines(const Document& doc, std::span<const dates::TokenRange> ranges,
                   std::vector<DateSpec>& specs) {
  if (specs.empty() || doc.sentences.empty()) return;
  const uint32_t first = doc.sentences[0].first_token;
  for (size_t i = 0; i < specs.size() && ranges[i].first <= first + kDatelinePlaceTokens; ++i) {
    const uint32_t at = ranges[i].first;
    if (at == first || doc.tokens[at - 1].norm != ",") continue;
    bool place = true;
    for (uint32_t t = first; t < at && place; ++t) {
      const Token& token = doc.tokens[t];
      place = token.shape != TokenShape::kNumber &&
              (token.shape != TokenShape::kWord || token.has(kCapitalized) || token.has(kAllCaps));
    }
    specs[i].dateline = place;
  }
}

// What the page's furniture says about its publication.
struct PageEvidence {
  std::optional<int64_t> stamp;  // the day a stamp states
  std::string stamp_text;
  // Notices ("plus de huit ans": latest) and month stamps ("date 2022-04":
  // earliest and latest).
  std::vector<dates::PublicationBound> bounds;
  // The dates of the title ("attacked on Monday, October 16") and of the
  // dateline ("BEIRUT, Oct 15 (Reuters)"), resolved once publication is known.
  std::vector<DateSpec> header_dates;
};

// A day or span of the title or furniture, to be listed with the text's dates.
bool IsHeaderDate(const DateSpec& s) {
  return SpecUsable(s) && s.kind != "time" && s.kind != "duration" && s.op != "time" &&
         s.op != "part" && s.op != "ref" && s.op != "chain" && s.op != "chain_offset";
}

// The day or month a page stamp states: a `published` match or a date line.
bool TakeStamp(const Document& doc, const PatternMatch& m, std::span<const Token> tokens,
               const NumberResources& numbers, PageEvidence* page) {
  DateSpec stamp = SpecFromMatch(m, tokens, numbers);
  const dates::Resolved r = dates::Resolve(stamp, std::nullopt, nullptr);
  if (!r.ok) return false;
  const std::string text(doc.text({stamp.begin, stamp.end}));
  if (r.precision == dates::Precision::kDay) {
    page->stamp = r.start;
    page->stamp_text = text;
    return true;
  }
  if (r.precision == dates::Precision::kMonth && m.rule->Tag("op") == "published")
    page->bounds.push_back({r.start, r.end, text});
  return false;
}

// "Cet article date de plus de huit ans": publication before today minus the age.
std::optional<dates::PublicationBound> NoticeBound(const Document& doc, const Block& block,
                                                   const PatternMatch& m,
                                                   std::span<const Token> tokens,
                                                   const NumberResources& numbers, int64_t today) {
  std::optional<double> age = CaptureNumber(m, "age", tokens, &numbers);
  const std::string unit = CaptureValue(m, "unit");
  if (!age || (unit != "Y" && unit != "M")) return std::nullopt;
  const int months = static_cast<int>(*age) * (unit == "Y" ? 12 : 1);
  int64_t latest = dates::DaysFromCivil(dates::AddMonths(dates::CivilFromDays(today), -months));
  if (CaptureValue(m, "age_kind") == "more_than") --latest;
  return dates::PublicationBound{std::nullopt, latest, std::string(doc.text(block.span))};
}

// Page notices bound publication; stamps state it: "Publié le 17/10/2017",
// "date 2023-10-18" (notice, byline and dateline blocks, lines above the
// text, the page's first line), and a line above the text that says a date
// and nothing else ("June 29, 2017", "Mardi 12 mars 2019, 14h05"). The
// first stamp in reading order wins.
PageEvidence ReadPageEvidence(const Document& doc, const pattern::PatternSet& rules,
                              const NumberResources& numbers, std::optional<int64_t> today) {
  PageEvidence page;
  bool before_body = true;
  for (size_t b = 0; b < doc.blocks.size(); ++b) {
    const Block& block = doc.blocks[b];
    before_body = before_body && !IsBodyKind(block.kind);
    const bool furniture = block.kind == BlockKind::kNotice || block.kind == BlockKind::kByline ||
                           block.kind == BlockKind::kDateline;
    if (!furniture && !before_body && b != 0) continue;
    const std::vector<Token> tokens = TokenizeText(doc.text(block.span), block.span.begin);
    const std::vector<PatternMatch> matches = rules.Match(tokens);
    // The title's dates are the news's own ("attacked on Monday, October
    // 16"); a dateline's day is the publication's (not a mention: stamps
    // and datelines would make happenings of the page's furniture).
    if (block.kind == BlockKind::kTitle || block.kind == BlockKind::kDateline)
      for (const PatternMatch& m : matches)
        if (DateSpec s = SpecFromMatch(m, tokens, numbers);
            IsHeaderDate(s) && m.rule->Tag("op") != "published") {
          s.dateline = block.kind == BlockKind::kDateline;
          page.header_dates.push_back(std::move(s));
        }
    if (!page.stamp && before_body && block.kind != BlockKind::kTitle && OnlyDates(tokens, matches))
      for (const PatternMatch& m : matches)
        if (TakeStamp(doc, m, tokens, numbers, &page)) break;
    for (const PatternMatch& m : matches) {
      if (m.rule->Tag("op") == "published" && !page.stamp) TakeStamp(doc, m, tokens, numbers, &page);
      if (m.rule->Tag("op") != "notice" || !furniture || !today) continue;
      if (auto bound = NoticeBound(doc, block, m, tokens, numbers, *today))
        page.bounds.push_back(std::move(*bound));
    }
  }
  return page;
}

// A mention of what `s` says, not yet resolved.
DateMention MentionOf(const DateSpec& s) {
  DateMention mention;
  mention.begin = s.begin;
  mention.end = s.end;
  mention.kind = s.kind;
  mention.approximate = s.approximate;
  mention.relative = dates::RelativeRecipe(s);
  return mention;
}

// The title's dates as mentions, in reading order with the text's: told in
// the present, against the publication day.
void AddHeaderMentions(Document& doc, const std::vector<DateSpec>& header_dates,
                       std::optional<int64_t> anchor) {
  if (header_dates.empty()) return;
  for (const DateSpec& s : header_dates) {
    if (s.dateline) continue;
    DateMention mention = MentionOf(s);
    const Resolved r = dates::Resolve(s, anchor, nullptr);
    if (r.ok) {
      mention.value = r.value;
      mention.anchor = r.anchor;
    }
    doc.dates.push_back(std::move(mention));
  }
  std::stable_sort(doc.dates.begin(), doc.dates.end(),
                   [](const DateMention& a, const DateMention& b) { return a.begin < b.begin; });
}

void SetStated(PublishedDate& published, int64_t day, std::string evidence) {
  published.value = published.earliest = published.latest = dates::FormatDay(day);
  published.basis = "stated";
  published.evidence = {std::move(evidence)};
}

// Fills doc.published: the input's date, else the page's stamp, else
// inferred from the text within the page's bounds, else the reference
// date. Returns the day relative expressions hang on.
std::optional<int64_t> SettlePublication(Document& doc, const std::vector<DateSpec>& specs,
                                         const std::vector<std::string>& texts,
                                         const PageEvidence& page,
                                         const std::optional<std::string>& reference_date,
                                         std::optional<int64_t> today) {
  if (doc.meta.published)
    if (std::optional<int64_t> day = dates::ParseIsoDay(*doc.meta.published)) {
      SetStated(doc.published, *day, "published: " + *doc.meta.published);
      return day;
    }
  if (page.stamp) {
    SetStated(doc.published, *page.stamp, page.stamp_text);
    return page.stamp;
  }
  std::vector<DateSpec> clues = specs;
  std::vector<std::string> clue_texts = texts;
  for (const DateSpec& s : page.header_dates) {
    if (!s.dateline) continue;
    clues.push_back(s);
    clue_texts.emplace_back(doc.text({s.begin, s.end}));
  }
  dates::PublicationGuess guess = dates::InferPublication(clues, clue_texts, page.bounds, today);
  doc.published = std::move(guess.published);
  if (guess.anchor || !reference_date || doc.published.basis != "unknown") return guess.anchor;
  const std::optional<int64_t> reference = dates::ParseIsoDay(*reference_date);
  if (reference) {
    doc.published.value = dates::FormatDay(*reference);
    doc.published.basis = "reference";
    doc.published.evidence = {"--reference-date " + *reference_date};
  }
  return reference;
}
}  // namespace

void DateStage::Annotate(Document& doc, const std::optional<std::string>& reference_date) const {
  const Rules& rules = RulesFor(doc.language);
  const std::span<const Token> tokens(doc.tokens);

  std::vector<DateSpec> specs;
  std::vector<std::string> texts;
  std::vector<dates::TokenRange> ranges;
  for (const PatternMatch& m : rules.dates.Match(tokens)) {
    DateSpec s = SpecFromMatch(m, tokens, rules.numbers);
    if (!SpecUsable(s)) continue;
    s.sentence = tokens[m.first].sentence;
    if (s.sentence < doc.sentences.size()) s.block = doc.sentences[s.sentence].block;
    texts.emplace_back(doc.text({s.begin, s.end}));
    specs.push_back(std::move(s));
    ranges.push_back({m.first, m.end});
  }

  dates::AssignTenses(rules.tense, tokens, doc.sentences, ranges, &specs);
  MarkDatelines(doc, ranges, specs);

  const std::optional<int64_t> today = Today(reference_date);
  PageEvidence page = ReadPageEvidence(doc, rules.dates, rules.numbers, today);
  const std::optional<int64_t> anchor = SettlePublication(doc, specs, texts, page, reference_date, today);
  const std::optional<int64_t> pub_latest =
      doc.published.latest ? dates::ParseIsoDay(*doc.published.latest) : anchor;

  // Resolve in reading order; chained expressions hang on the date before.
  TakeYearsFromSentences(specs, ranges);
  const size_t first_mention = doc.dates.size();
  std::vector<Resolved> resolved(specs.size());
  std::optional<size_t> previous;  // last resolved date (not a time or duration)
  for (size_t i = 0; i < specs.size(); ++i) {
    const DateSpec& s = specs[i];
    DateMention mention = MentionOf(s);
    if (s.op == "duration") {
      mention.duration = s.n ? dates::IsoDuration(*s.n, s.unit) : "PX" + s.unit;
      mention.anchor = "absolute";
      doc.dates.push_back(std::move(mention));
      continue;
    }
    // "Neuf mois plus tard": the date landed on, and the length counted.
    if (s.op == "chain_offset" && s.n) mention.duration = dates::IsoDuration(*s.n, s.unit);
    Resolved r;
    if (s.op != "time" && s.op != "part") {
      r = dates::Resolve(s, anchor, previous ? &resolved[*previous] : nullptr);
      if (s.year_from_sentence) r.anchor = "date";
    }
    resolved[i] = r;
    if (r.ok) {
      mention.value = r.value;
      mention.anchor = r.anchor;
      if (s.op != "time" && s.op != "ref" && s.op != "part") previous = i;
    }
    const std::string time = TimeOf(s);
    if (!time.empty()) mention.time = time;
    doc.dates.push_back(std::move(mention));
  }

  // A clock time or a bare part of the day ("la nuit") takes the day of a
  // date of its sentence (the one before it, else the one after), else the
  // paragraph's last date before it, else publication.
  for (size_t i = 0; i < specs.size(); ++i) {
    const DateSpec& s = specs[i];
    if (s.op != "time" && s.op != "part") continue;
    auto is_day = [&](size_t j) {
      if (specs[j].op == "time" || specs[j].op == "part" || specs[j].op == "duration") return false;
      if (!resolved[j].ok && !doc.dates[first_mention + j].relative.empty()) {
        // Unresolved for want of an anchor: whether it names one day does
        // not depend on which anchor.
        const Resolved probe = dates::ResolveRange(specs[j], kAnyAnchorDay, nullptr);
        return probe.ok && probe.precision == dates::Precision::kDay && probe.start == probe.end;
      }
      return resolved[j].ok && resolved[j].precision == dates::Precision::kDay &&
             resolved[j].value.find('/') == std::string::npos;
    };
    std::optional<size_t> day;
    for (size_t j = i; j-- > 0 && specs[j].block == s.block;) {
      if (is_day(j) && (specs[j].sentence == s.sentence || !day)) {
        day = j;
        break;
      }
    }
    if (!day || specs[*day].sentence != s.sentence) {
      for (size_t j = i + 1; j < specs.size() && specs[j].sentence == s.sentence; ++j) {
        if (is_day(j)) {
          day = j;
          break;
        }
      }
    }
    Resolved r;
    DateMention& mention = doc.dates[first_mention + i];
    if (day) {
      r = resolved[*day];
      r.anchor = "date";
      mention.relative = doc.dates[first_mention + *day].relative;
    } else {
      mention.relative = PublicationDayRecipe();
      if (anchor) {
        r.ok = true;
        r.start = r.end = *anchor;
        r.value = dates::FormatDay(*anchor);
        r.anchor = "publication";
      }
    }
    resolved[i] = r;
    if (r.ok) {
      mention.value = r.value;
      mention.anchor = r.anchor;
    }
  }

  // Flags.
  for (size_t i = 0; i < specs.size(); ++i) {
    const DateSpec& s = specs[i];
    const Resolved& r = resolved[i];
    if (s.op == "abs" && s.weekday && s.day && s.month && s.year && r.ok &&
        dates::Weekday(r.start) != *s.weekday) {
      doc.flags.push_back(MakeFlag("weekday_mismatch", s,
                                   texts[i] + ": " + r.value + " was a " +
                                       kWeekdayNames[dates::Weekday(r.start)]));
    }
    if (r.ok && r.anchor == "absolute" && s.tense == Tense::kPast && s.dir <= 0 && pub_latest &&
        r.start > *pub_latest && doc.published.basis != "reference") {
      doc.flags.push_back(MakeFlag("date_anachronism", s,
                                   texts[i] + " is told in the past but falls after publication (" +
                                       dates::FormatDay(*pub_latest) + ")"));
    }
    // Against publication only when its day is known, not an interval's start.
    if (s.op == "duration" && s.relation == "after" && s.n && anchor &&
        (doc.published.value || doc.published.basis == "reference")) {
      // "trois mois à peine après ... en janvier 2015": the gap from that date
      // to the sentence's event (its other date, else publication).
      std::optional<size_t> from, event;
      for (size_t j = i + 1; j < specs.size() && specs[j].sentence == s.sentence; ++j) {
        if (resolved[j].ok && specs[j].op != "duration" && specs[j].op != "time") {
          from = j;
          break;
        }
      }
      for (size_t j = 0; j < specs.size(); ++j) {
        if (specs[j].sentence == s.sentence && j != i && (!from || j != *from) && resolved[j].ok &&
            specs[j].op != "duration" && specs[j].op != "time") {
          event = j;
          break;
        }
      }
      if (from) {
        const int64_t event_day = event ? resolved[*event].start : *anchor;
        const double stated = *s.n * dates::UnitDays(s.unit);
        const double actual = static_cast<double>(event_day - resolved[*from].start);
        const double tolerance = std::max(stated / 2, dates::UnitDays(s.unit));
        if (stated > 0 && std::abs(actual - stated) > tolerance) {
          char message[256];
          std::snprintf(message, sizeof message, "%s is said but %s to %s is %.0f days",
                        texts[i].c_str(), resolved[*from].value.c_str(),
                        dates::FormatDay(event_day).c_str(), actual);
          doc.flags.push_back(MakeFlag("duration_mismatch", s, message));
        }
      }
    }
  }
  AddHeaderMentions(doc, page.header_dates, anchor);
}

}  // namespace recoupe
