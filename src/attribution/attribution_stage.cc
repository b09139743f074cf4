#include "attribution/attribution_stage.h"

#include <algorithm>
#include <filesystem>
#include <functional>
#include <optional>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

namespace recoupe {
namespace {

using pattern::MatchMode;
using pattern::MatchOptions;
using pattern::PatternMatch;
using pattern::PatternSet;

// A half-open token range in Document::tokens.
struct TokenRange {
  uint32_t first = 0, end = 0;
  bool empty() const { return first >= end; }
  bool Contains(uint32_t t) const { return t >= first && t < end; }
};

// A reporting frame found in a sentence.
struct Frame {
  TokenRange cue;
  TokenRange src;       // empty: the frame names no source itself
  std::string place;    // before | after | any
  int rank = 1;         // lower wins within a sentence
  bool hedge = false;   // a distancing verb ("affirme")
  std::string anaphor;  // "org", "same", "person", "people" or empty
  bool possessive = false;  // src ends with the owner's "'s" ("the army's")
  TokenRange phrase;        // src as the frame matched it, before trimming
};

// A part of the text that a source phrase may hold beside the source
// (role=trim in attribution-links.patterns): lead, owner, tail, possessor,
// title.
struct TrimMark {
  TokenRange range;
  std::string part;
};

// A hedge and the tokens it covers.
struct Hedge {
  TokenRange cue;
  TokenRange scope;
  bool conditional = false;  // a verb in the conditional (conditional=1)
};

// The source a sentence ends up with.
struct Credit {
  std::optional<std::string> source;
  std::optional<Span> source_span;
  std::string cue;
};

struct SentenceInfo {
  std::optional<Frame> frame;
  std::vector<Hedge> hedges;
  bool continues = false;
  std::optional<Credit> credit;
  std::vector<std::pair<double, std::string>> figures;  // (count, noun fold)
};

Span SpanOf(const Document& doc, TokenRange r) {
  return Span{doc.tokens[r.first].span.begin, doc.tokens[r.end - 1].span.end};
}

std::string TextOf(const Document& doc, TokenRange r) {
  std::string out;
  for (uint32_t t = r.first; t < r.end; ++t) {
    const Token& tok = doc.tokens[t];
    if (t > r.first && tok.has(kSpaceBefore)) out += ' ';
    out += tok.norm;
  }
  return out;
}

bool IsWordish(const Token& t) {
  return t.shape == TokenShape::kWord || t.shape == TokenShape::kNumber;
}

// Quotations of one block: « » pairs (nesting kept to the outer pair) and
// "..." toggles; a quote left open runs to the block's end.
std::vector<TokenRange> FindQuotes(const Document& doc, uint32_t first, uint32_t end) {
  std::vector<TokenRange> quotes;
  std::optional<uint32_t> guillemet, straight;
  int depth = 0;
  for (uint32_t t = first; t < end; ++t) {
    const std::string& n = doc.tokens[t].norm;
    if (n == "«") {
      if (depth++ == 0 && !straight) guillemet = t;
    } else if (n == "»") {
      if (depth > 0 && --depth == 0 && guillemet) {
        quotes.push_back({*guillemet, t + 1});
        guillemet.reset();
      }
    } else if (n == "\"" && !guillemet) {
      if (straight) {
        quotes.push_back({*straight, t + 1});
        straight.reset();
      } else {
        straight = t;
      }
    }
  }
  if (guillemet) quotes.push_back({*guillemet, end});
  if (straight) quotes.push_back({*straight, end});
  std::sort(quotes.begin(), quotes.end(),
            [](const TokenRange& a, const TokenRange& b) { return a.first < b.first; });
  return quotes;
}

int WordCount(const Document& doc, TokenRange r) {
  int n = 0;
  for (uint32_t t = r.first; t < r.end; ++t) n += IsWordish(doc.tokens[t]) ? 1 : 0;
  return n;
}

// The first entity mention inside `span`, preferring people, then media,
// then organisations and armed groups, then anything else.
const EntityMention* EntityInside(const Document& doc, Span span, std::optional<Span> phrase = {}) {
  auto priority = [](const std::string& type) {
    if (type == "person") return 0;
    if (type == "media") return 1;
    if (type == "org") return 2;
    if (type == "armed_group") return 3;
    return 4;
  };
  const EntityMention* best = nullptr;
  for (const EntityMention& e : doc.entities) {
    if (e.begin < span.begin || e.end > span.end) continue;
    if (!best || priority(e.type) < priority(best->type)) best = &e;
  }
  // A place (or an untyped mention) names a source only when it is the
  // whole phrase, an article aside ("Damas a annoncé"), not a word inside a
  // description ("la préfecture de la Moselle").
  if (best && (best->type == "place" || best->type == "other")) {
    span = phrase.value_or(span);  // the phrase as written, before trimming
    const size_t before =
        std::count(doc.raw.begin() + span.begin, doc.raw.begin() + best->begin, ' ');
    if (best->end != span.end || before > 1) return nullptr;
  }
  return best;
}

// The nearest person mention in [begin, end) outside quotations.
const EntityMention* PersonBefore(const Document& doc, uint32_t begin, uint32_t end,
                                  const std::function<bool(uint32_t)>& in_quote) {
  const EntityMention* best = nullptr;
  for (const EntityMention& e : doc.entities) {
    if (e.type != "person" || e.begin < begin || e.end > end || in_quote(e.begin)) continue;
    if (!best || e.end > best->end) best = &e;
  }
  return best;
}

// The nearest organisation or media mention ending before `pos`.
const EntityMention* OrgBefore(const Document& doc, uint32_t pos) {
  const EntityMention* best = nullptr;
  for (const EntityMention& e : doc.entities) {
    if (e.end > pos) continue;
    if (e.type != "org" && e.type != "media") continue;
    if (!best || e.end > best->end) best = &e;
  }
  return best;
}

// A word that can belong to a name: capitalised ("Bachar"), or a
// hyphenated particle with a capital ("al-Assad").
bool IsNameWord(const Token& t) {
  if (t.shape != TokenShape::kWord) return false;
  if (t.has(kCapitalized)) return true;
  return t.has(kHyphenated) && t.norm != t.lower;
}

// The last run of name words in [first, end) that starts with a capital:
// two or more words, or one that does not open its sentence or is followed
// by an apposition's comma ("Ahmad, vingt-cinq ans,"). A name a pronoun can
// stand for when entities do not give one.
std::optional<TokenRange> NameBefore(const Document& doc, uint32_t first, uint32_t end,
                                     const std::function<bool(uint32_t)>& in_quote) {
  for (uint32_t t = end; t > first;) {
    --t;
    if (!IsNameWord(doc.tokens[t]) || in_quote(t)) continue;
    uint32_t run_first = t;
    while (run_first > first && IsNameWord(doc.tokens[run_first - 1])) --run_first;
    const uint32_t run_end = t + 1;
    const Token& head = doc.tokens[run_first];
    const bool apposed = run_end < doc.tokens.size() && doc.tokens[run_end].norm == ",";
    if (head.has(kCapitalized) &&
        (run_end - run_first >= 2 || !head.has(kSentenceInitial) || apposed)) {
      return TokenRange{run_first, run_end};
    }
    t = run_first;
  }
  return std::nullopt;
}

// The source phrase as reported: its text, without a leading article in
// front of a name ("l'OSDH" -> "OSDH"). Other articles stay: they tell a
// typed description ("des sources militaires") from a name.
std::string SourceText(const Document& doc, TokenRange r) {
  if (r.end - r.first >= 2) {
    const Token& first = doc.tokens[r.first];
    const Token& next = doc.tokens[r.first + 1];
    if (first.has(kElided) && next.has(kCapitalized)) ++r.first;
  }
  return TextOf(doc, r);
}

// The run of two or more name words that ends `r`, when the word before it
// is the title itself or a longer lower-case word ("… administration Pavlo
// Kyrylenko", "Governor Marwan Abboud"), not an article or a preposition
// that makes the run a complement ("ministre de la Justice …").
std::optional<TokenRange> NameAfterTitle(const Document& doc, TokenRange r, TokenRange title) {
  uint32_t first = r.end;
  while (first > title.end && IsNameWord(doc.tokens[first - 1])) --first;
  if (r.end - first < 2 || !doc.tokens[first].has(kCapitalized)) return std::nullopt;
  const Token& before = doc.tokens[first - 1];
  const bool after_title = first == title.end;
  const bool after_noun = before.shape == TokenShape::kWord && !before.has(kCapitalized) &&
                          !before.has(kElided) && before.lower.size() > 3;
  if (!after_title && !after_noun) return std::nullopt;
  return TokenRange{first, r.end};
}

// The name after a description and a comma ("le ministre de la Santé,
// Hamad Hassan"): two or more name words up to the end of `r`.
std::optional<TokenRange> ApposedName(const Document& doc, TokenRange r) {
  for (uint32_t t = r.first + 1; t + 2 < r.end + 1; ++t) {
    if (doc.tokens[t].norm != ",") continue;
    uint32_t e = t + 1;
    while (e < r.end && IsNameWord(doc.tokens[e])) ++e;
    if (e == r.end && e - (t + 1) >= 2 && doc.tokens[t + 1].has(kCapitalized)) {
      return TokenRange{t + 1, r.end};
    }
  }
  return std::nullopt;
}

// The source inside a source phrase: leading articles and quantifiers, a
// document in front of its issuer and what follows the source (a day, a
// place of speech, a participle clause) taken off; a name written after a
// title or a comma stands for the whole. Sets *possessive when the phrase
// now ends with its owner's "'s".
TokenRange TrimSource(const Document& doc, TokenRange src, const std::vector<TrimMark>& marks,
                      bool* possessive) {
  for (bool changed = true; changed;) {
    changed = false;
    for (const TrimMark& m : marks) {
      if ((m.part == "lead" || m.part == "owner") && m.range.first <= src.first &&
          m.range.end > src.first && m.range.end < src.end) {
        src.first = m.range.end;
        changed = true;
      }
    }
  }
  for (const TrimMark& m : marks) {
    if (m.range.first <= src.first || m.range.first >= src.end) continue;
    if (m.part == "tail") src.end = m.range.first;
    if (m.part == "possessor") {
      src.end = m.range.first + 1;
      *possessive = true;
    }
  }
  if (auto name = ApposedName(doc, src)) {
    *possessive = false;
    return *name;
  }
  for (const TrimMark& m : marks) {
    if (m.part != "title" || m.range.first < src.first || m.range.end >= src.end) continue;
    if (auto name = NameAfterTitle(doc, src, m.range)) {
      *possessive = false;
      return *name;
    }
  }
  return src;
}

// Two or more name words starting at `first` (forward) or ending at `end`
// (backward), the first one capitalised.
std::optional<TokenRange> NameRunFrom(const Document& doc, uint32_t first) {
  uint32_t e = first;
  while (e < doc.tokens.size() && IsNameWord(doc.tokens[e])) ++e;
  if (e - first < 2 || !doc.tokens[first].has(kCapitalized)) return std::nullopt;
  return TokenRange{first, e};
}
std::optional<TokenRange> NameRunTo(const Document& doc, uint32_t end) {
  uint32_t b = end;
  while (b > 0 && IsNameWord(doc.tokens[b - 1])) --b;
  if (end - b < 2 || !doc.tokens[b].has(kCapitalized)) return std::nullopt;
  return TokenRange{b, end};
}

std::string FoldOf(const Document& doc, TokenRange r) {
  std::string out;
  for (uint32_t t = r.first; t < r.end; ++t) out += doc.tokens[t].fold + " ";
  return out;
}

// The name written next to another occurrence of the same title in the
// document: "Pavlo Kyrylenko, gouverneur de …" or "le gouverneur Pavlo
// Kyrylenko" for a later "le gouverneur de la région". The nearest before
// `title` wins, else the first after it.
std::optional<TokenRange> TitleHolder(const Document& doc, TokenRange title,
                                      const std::vector<TrimMark>& marks) {
  const std::string fold = FoldOf(doc, title);
  std::optional<TokenRange> before, after;
  for (const TrimMark& m : marks) {
    if (m.part != "title" || m.range.first == title.first || FoldOf(doc, m.range) != fold) continue;
    std::optional<TokenRange> name = NameRunFrom(doc, m.range.end);
    uint32_t lead = m.range.first;  // "Name, le gouverneur": one article skipped
    if (lead > 0 && !doc.tokens[lead - 1].has(kCapitalized) &&
        doc.tokens[lead - 1].shape == TokenShape::kWord && doc.tokens[lead - 1].lower.size() <= 3) {
      --lead;
    }
    if (!name && lead > 1 && doc.tokens[lead - 1].norm == ",") name = NameRunTo(doc, lead - 1);
    if (!name) continue;
    if (m.range.first < title.first) before = name;
    if (m.range.first > title.first && !after) after = name;
  }
  return before ? before : after;
}

std::optional<std::string_view> Tag(const PatternMatch& m, std::string_view key) {
  return m.rule->Tag(key);
}

}  // namespace

Result<std::unique_ptr<AttributionStage>> AttributionStage::Load(const std::string& data_dir) {
  auto stage = std::unique_ptr<AttributionStage>(new AttributionStage());
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(data_dir, ec)) {
    if (!entry.is_directory()) continue;
    const std::string dir = entry.path().string();
    if (!std::filesystem::exists(dir + "/attribution-sources.patterns")) continue;
    Rules rules;
    Result<PatternSet> sources = PatternSet::LoadFile(dir + "/attribution-sources.patterns");
    if (!sources.ok()) return sources.status();
    rules.sources = std::move(sources).value();
    // Hedges and links run as one set: one pass of the matcher for both.
    Result<PatternSet> marks = PatternSet::Parse(
        "recoupe-patterns 1\n%include attribution-hedges.patterns\n"
        "%include attribution-links.patterns\n",
        dir + "/attribution-marks");
    if (!marks.ok()) return marks.status();
    rules.marks = std::move(marks).value();
    stage->rules_.emplace(entry.path().filename().string(), std::move(rules));
  }
  if (ec) return Status::Error(data_dir + ": cannot read the data directory");
  if (stage->rules_.empty()) {
    return Status::Error(data_dir + ": no <lang>/attribution-sources.patterns found");
  }
  return stage;
}

const AttributionStage::Rules* AttributionStage::RulesFor(const std::string& language) const {
  auto it = rules_.find(language);
  if (it == rules_.end()) it = rules_.find("fr");
  if (it == rules_.end()) it = rules_.begin();
  return &it->second;
}

void AttributionStage::Annotate(Document& doc) const {
  if (doc.tokens.empty() || doc.sentences.empty()) return;
  const Rules& rules = *RulesFor(doc.language);
  const std::span<const Token> tokens(doc.tokens);
  const uint32_t n_sentences = static_cast<uint32_t>(doc.sentences.size());
  std::vector<SentenceInfo> info(n_sentences);

  // Quotations, block by block.
  std::vector<TokenRange> quotes;
  for (uint32_t s = 0; s < n_sentences;) {
    uint32_t e = s;
    while (e < n_sentences && doc.sentences[e].block == doc.sentences[s].block) ++e;
    std::vector<TokenRange> q =
        FindQuotes(doc, doc.sentences[s].first_token, doc.sentences[e - 1].end_token);
    quotes.insert(quotes.end(), q.begin(), q.end());
    s = e;
  }
  auto inside_quote = [&](uint32_t t) {
    for (const TokenRange& q : quotes) {
      if (q.first < t && t + 1 < q.end) return true;
    }
    return false;
  };
  auto inside_quote_byte = [&](uint32_t byte) {
    for (const TokenRange& q : quotes) {
      if (byte > doc.tokens[q.first].span.begin && byte < doc.tokens[q.end - 1].span.begin) {
        return true;
      }
    }
    return false;
  };

  // Links: continuations, concord, repeated figures, anaphoric phrases.
  std::vector<uint32_t> concord_ends;  // token index after each concord cue
  std::vector<std::pair<TokenRange, std::string>> anaphors;
  std::vector<TrimMark> trims;
  const std::vector<PatternMatch> marks =
      rules.marks.Match(tokens, MatchOptions{MatchMode::kEachRule});
  for (const PatternMatch& m : marks) {
    const std::string_view role = Tag(m, "role").value_or("");
    const uint32_t s = doc.tokens[m.first].sentence;
    if (role == "continue") {
      info[s].continues = true;
    } else if (role == "concord") {
      concord_ends.push_back(m.end);
    } else if (role == "figure") {
      const pattern::PatternCapture* count = m.Capture("count");
      const pattern::PatternCapture* noun = m.Capture("noun");
      if (count && noun && doc.tokens[count->first].number) {
        info[s].figures.emplace_back(*doc.tokens[count->first].number,
                                     doc.tokens[noun->first].fold);
      }
    } else if (role == "trim") {
      const pattern::PatternCapture* drop = m.Capture("drop");
      trims.push_back({drop ? TokenRange{drop->first, drop->end} : TokenRange{m.first, m.end},
                       std::string(Tag(m, "part").value_or(""))});
    } else if (role == "anaphor") {
      const pattern::PatternCapture* kind = m.Capture("kind");
      if (kind && kind->value) {
        anaphors.emplace_back(TokenRange{m.first, m.end}, std::string(*kind->value));
      }
    }
  }

  // Reporting frames: the best one of each sentence, outside quotations.
  for (const PatternMatch& m : rules.sources.Match(tokens)) {
    const pattern::PatternCapture* cue = m.Capture("cue");
    if (!cue || inside_quote(cue->first)) continue;
    Frame f;
    f.cue = {cue->first, cue->end};
    if (const pattern::PatternCapture* src = m.Capture("src")) {
      f.src = {src->first, src->end};
      // An appositive's closing comma or full stop is not part of the source.
      while (!f.src.empty() &&
             (doc.tokens[f.src.end - 1].norm == "," || doc.tokens[f.src.end - 1].norm == ".")) {
        --f.src.end;
      }
    }
    f.place = std::string(Tag(m, "place").value_or("any"));
    if (auto rank = Tag(m, "rank")) f.rank = (*rank == "2") ? 2 : 1;
    // The cue's lexicon value "hedge" marks a distancing verb.
    if (cue->value && *cue->value == "hedge") f.hedge = true;
    for (const auto& [range, kind] : anaphors) {
      if (range.first == f.src.first && range.end == f.src.end) f.anaphor = kind;
    }
    f.phrase = f.src;
    if (!f.src.empty() && f.anaphor.empty()) f.src = TrimSource(doc, f.src, trims, &f.possessive);
    SentenceInfo& si = info[doc.tokens[cue->first].sentence];
    if (!si.frame || f.rank < si.frame->rank) si.frame = std::move(f);
  }

  // Hedges and their scopes.
  for (const PatternMatch& m : marks) {
    const pattern::PatternCapture* cue = m.Capture("cue");
    if (!cue || Tag(m, "role") != "hedge") continue;
    const uint32_t s = doc.tokens[cue->first].sentence;
    const Sentence& sent = doc.sentences[s];
    if (Tag(m, "conditional").has_value()) {
      bool concord = false;
      for (uint32_t end : concord_ends) {
        if (end <= cue->first && end > sent.first_token) concord = true;
      }
      if (concord) continue;
    }
    Hedge h;
    h.cue = {cue->first, cue->end};
    h.conditional = Tag(m, "conditional").has_value();
    if (Tag(m, "scope").value_or("clause") == "phrase") {
      uint32_t b = cue->first, e = cue->end;
      while (b > sent.first_token && b + 3 > cue->first &&
             doc.tokens[b - 1].shape != TokenShape::kPunct)
        --b;
      while (e < sent.end_token && e < cue->end + 3 && doc.tokens[e].shape != TokenShape::kPunct)
        ++e;
      h.scope = {b, e};
    } else {
      uint32_t b = cue->first, e = cue->end;
      auto is_stop = [&](uint32_t t) {
        return doc.tokens[t].norm == ";" || doc.tokens[t].norm == ":";
      };
      while (b > sent.first_token && !is_stop(b - 1)) --b;
      while (e < sent.end_token && !is_stop(e)) ++e;
      h.scope = {b, e};
    }
    info[s].hedges.push_back(h);
  }

  // Resolve each sentence's source, carrying sources along paragraphs.
  std::optional<Credit> last_credit;  // the last source named in the document
  std::optional<Credit> block_credit;
  uint32_t block = UINT32_MAX;
  for (uint32_t s = 0; s < n_sentences; ++s) {
    const Sentence& sent = doc.sentences[s];
    if (sent.block != block) {
      block = sent.block;
      block_credit.reset();
    }
    SentenceInfo& si = info[s];
    if (si.frame) {
      const Frame& f = *si.frame;
      Credit c;
      c.cue = TextOf(doc, f.cue);
      if (!f.src.empty()) c.source_span = SpanOf(doc, f.src);
      if (f.anaphor == "same" || (f.src.empty() && f.anaphor.empty())) {
        if (f.src.empty() && block_credit) {
          c.source = block_credit->source;
          c.source_span = block_credit->source_span;
        } else if (last_credit) {
          c.source = last_credit->source;
        }
      } else if (f.anaphor == "org") {
        const uint32_t pos = doc.tokens[f.src.first].span.begin;
        if (const EntityMention* e = OrgBefore(doc, pos)) {
          c.source = e->name;
        } else if (last_credit) {
          c.source = last_credit->source;
        }
      } else if (f.anaphor == "person" || f.anaphor == "people") {
        // The paragraph's source, else the nearest person named before the
        // frame in this sentence or the one before (outside quotations).
        // News paragraphs are often one sentence long: the sentence before
        // counts across a paragraph break ("Paris prosecutor X said … ¶ He
        // said …").
        uint32_t from = sent.first_token;
        if (s > 0) from = doc.sentences[s - 1].first_token;
        const uint32_t pos = doc.tokens[f.cue.first].span.begin;
        if (block_credit) {
          c.source = block_credit->source;
        } else if (const EntityMention* e =
                       PersonBefore(doc, doc.tokens[from].span.begin, pos,
                                    [&](uint32_t byte) { return inside_quote_byte(byte); })) {
          c.source = e->name;
        } else if (auto name = NameBefore(doc, from, f.cue.first, inside_quote)) {
          const EntityMention* e = EntityInside(doc, SpanOf(doc, *name));
          c.source = (e && e->type == "person") ? e->name : TextOf(doc, *name);
        }
      }
      // A name, or an organisation phrase with nothing before it to stand
      // for ("The ministry said …" opening the text): the entity inside the
      // phrase, else the phrase as written.
      if (!c.source && !f.src.empty() && (f.anaphor.empty() || f.anaphor == "org")) {
        const EntityMention* e = EntityInside(doc, SpanOf(doc, f.src), SpanOf(doc, f.phrase));
        c.source = e ? e->name : SourceText(doc, f.src);
        if (!e && f.possessive && c.source->size() > 2) c.source->resize(c.source->size() - 2);
        // A title with no name ("le gouverneur de la région") stands for
        // the holder the text names with it elsewhere.
        for (const TrimMark& m : trims) {
          if (e || m.part != "title" || m.range.first != f.src.first) continue;
          if (auto holder = TitleHolder(doc, m.range, trims)) {
            const EntityMention* p = EntityInside(doc, SpanOf(doc, *holder));
            c.source = (p && p->type == "person") ? p->name : TextOf(doc, *holder);
          }
        }
      }
      if (c.source) {
        si.credit = c;
        block_credit = c;
        last_credit = c;
      }
    } else if (si.continues && block_credit) {
      si.credit = block_credit;
    } else if (block_credit && s > 0 && info[s - 1].credit && doc.sentences[s - 1].block == block &&
               std::any_of(si.hedges.begin(), si.hedges.end(),
                           [](const Hedge& h) { return h.conditional; })) {
      // The conditional right after an attributed sentence goes on reporting
      // it ("Selon les pompiers, … . Trois personnes seraient disparues.").
      si.credit = block_credit;
    }
  }

  // A figure repeated from an attributed sentence shares its source.
  for (uint32_t s = 0; s < n_sentences; ++s) {
    if (info[s].credit || info[s].figures.empty()) continue;
    for (uint32_t o = 0; o < n_sentences && !info[s].credit; ++o) {
      if (o == s || !info[o].credit || !info[o].credit->source) continue;
      for (const auto& fig : info[s].figures) {
        if (std::find(info[o].figures.begin(), info[o].figures.end(), fig) !=
            info[o].figures.end()) {
          info[s].credit = info[o].credit;
          break;
        }
      }
    }
  }

  // Claims: sentences, then quotations.
  std::vector<Claim> claims;
  std::vector<std::pair<Span, bool>> hedge_spans;  // (scope, from a frame verb)
  for (uint32_t s = 0; s < n_sentences; ++s) {
    const Sentence& sent = doc.sentences[s];
    SentenceInfo& si = info[s];
    if (!si.credit && si.hedges.empty() && !(si.frame && si.frame->hedge)) continue;
    Claim c;
    c.begin = sent.span.begin;
    c.end = sent.span.end;
    if (si.credit) {
      c.source = si.credit->source;
      if (si.credit->source_span) {
        c.source_begin = si.credit->source_span->begin;
        c.source_end = si.credit->source_span->end;
      }
      c.cue = si.credit->cue;
    }
    for (const Hedge& h : si.hedges) {
      c.hedge_cues.push_back(TextOf(doc, h.cue));
      hedge_spans.emplace_back(SpanOf(doc, h.scope), false);
    }
    if (si.frame && si.frame->hedge) {
      // A distancing verb hedges what it reports, not its own frame.
      const Frame& f = *si.frame;
      TokenRange content{sent.first_token, sent.end_token};
      if (f.place == "before") content.first = f.cue.end;
      if (f.place == "after") content.end = f.cue.first;
      c.hedge_cues.push_back(TextOf(doc, f.cue));
      if (!content.empty()) hedge_spans.emplace_back(SpanOf(doc, content), true);
    }
    c.hedged = !c.hedge_cues.empty();
    claims.push_back(std::move(c));
  }
  for (const TokenRange& q : quotes) {
    if (WordCount(doc, q) < kMinQuoteWords) continue;
    Claim c;
    const Span span = SpanOf(doc, q);
    c.begin = span.begin;
    c.end = span.end;
    c.quote = true;
    // The speaker: the frame of the sentence where the quote closes, else
    // where it opens, else the paragraph's source.
    const uint32_t s_end = doc.tokens[q.end - 1].sentence;
    const uint32_t s_begin = doc.tokens[q.first].sentence;
    std::optional<Credit> credit;
    for (uint32_t s : {s_end, s_begin}) {
      if (!credit && info[s].frame && info[s].credit) credit = info[s].credit;
    }
    if (!credit && info[s_begin].credit) credit = info[s_begin].credit;
    if (!credit && s_begin > 0 &&
        doc.sentences[s_begin - 1].block == doc.sentences[s_begin].block &&
        info[s_begin - 1].credit) {
      credit = info[s_begin - 1].credit;
    }
    if (credit) {
      c.source = credit->source;
      if (credit->source_span) {
        c.source_begin = credit->source_span->begin;
        c.source_end = credit->source_span->end;
      }
      c.cue = credit->cue;
    }
    // A distancing frame verb ("affirme") hedges the quote it reports.
    for (uint32_t s : {s_end, s_begin}) {
      const std::optional<Frame>& f = info[s].frame;
      if (f && f->hedge && (f->cue.first >= q.end || f->cue.end <= q.first)) {
        c.hedge_cues.push_back(TextOf(doc, f->cue));
        break;
      }
    }
    for (uint32_t s = s_begin; s <= s_end; ++s) {
      for (const Hedge& h : info[s].hedges) {
        if (h.cue.first >= q.first && h.cue.end <= q.end) {
          c.hedge_cues.push_back(TextOf(doc, h.cue));
        }
      }
    }
    c.hedged = !c.hedge_cues.empty();
    claims.push_back(std::move(c));
  }
  std::stable_sort(claims.begin(), claims.end(), [](const Claim& a, const Claim& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  doc.claims = std::move(claims);

  // Dates and figures inside claims and hedge scopes.
  auto hedged_at = [&](uint32_t begin, uint32_t end) {
    for (const auto& [span, verb] : hedge_spans) {
      if (begin >= span.begin && end <= span.end) return true;
    }
    return false;
  };
  for (DateMention& d : doc.dates) {
    if (hedged_at(d.begin, d.end)) d.hedged = true;
  }
  for (Figure& f : doc.figures) {
    if (hedged_at(f.begin, f.end)) f.hedged = true;
  }
}

std::optional<std::string> CreditedSource(const std::vector<Claim>& claims, uint32_t begin,
                                          uint32_t end) {
  const Claim* best = nullptr;
  for (const Claim& c : claims) {
    if (!c.source || begin < c.begin || end > c.end) continue;
    if (!best || c.end - c.begin < best->end - best->begin) best = &c;
  }
  if (!best) return std::nullopt;
  return best->source;
}

}  // namespace recoupe
