// The dates stage on one-sentence documents: each case renders the date
// mentions as `text[value]` (plus time or duration), given a stated
// publication date; and the pattern self-tests of data/<lang>/dates.selftest.
#include "dates/date_stage.h"

#include <gtest/gtest.h>

#include "dates/reanchor.h"
#include "pattern/pattern_selftest.h"
#include "segment/segmenter.h"
#include "segment/tokenizer.h"

namespace recoupe {
namespace {

const std::string kDataDir = std::string(RECOUPE_SOURCE_DIR) + "/data";

const DateStage& Stage() {
  static const DateStage* stage = [] {
    Result<std::unique_ptr<DateStage>> loaded = DateStage::Load(kDataDir);
    if (!loaded.ok()) {
      ADD_FAILURE() << loaded.status().message();
      std::abort();
    }
    return std::move(loaded).value().release();
  }();
  return *stage;
}

const Segmenter& Segment() {
  static const Segmenter* segmenter = new Segmenter(Segmenter::Load(kDataDir).value());
  return *segmenter;
}

Document Analyse(const std::string& text, const std::string& language,
                 const std::optional<std::string>& published,
                 const std::optional<std::string>& reference = std::nullopt) {
  Document doc;
  doc.raw = text;
  doc.language = language;
  doc.meta.published = published;
  doc.blocks.push_back({{0, static_cast<uint32_t>(text.size())}, BlockKind::kBody, "", {}});
  Segment().Segment(doc);
  Stage().Annotate(doc, reference);
  return doc;
}

// A page of lines, each a block of the given kind.
Document AnalyseLines(const std::vector<std::pair<std::string, BlockKind>>& lines,
                      const std::string& language) {
  Document doc;
  for (const auto& [line, kind] : lines) {
    if (!doc.raw.empty()) doc.raw += "\n\n";
    const uint32_t begin = static_cast<uint32_t>(doc.raw.size());
    doc.raw += line;
    doc.blocks.push_back({{begin, static_cast<uint32_t>(doc.raw.size())}, kind, "", {}});
  }
  doc.language = language;
  Segment().Segment(doc);
  Stage().Annotate(doc, std::nullopt);
  return doc;
}

// "Ce dimanche 27[2016-03-27] trois semaines[P3W]": every mention in order.
std::string Render(const Document& doc) {
  std::string out;
  for (const DateMention& d : doc.dates) {
    if (!out.empty()) out += " ";
    out += std::string(doc.text({d.begin, d.end})) + "[";
    out += d.duration ? *d.duration : d.value;
    if (d.time) out += " T" + *d.time;
    out += "]";
  }
  for (const Flag& f : doc.flags) out += " !" + f.kind;
  return out;
}

struct Case {
  const char* language;
  const char* published;
  const char* text;
  const char* expected;
};

TEST(DateStageTest, ResolvesAgainstTheStatedPublicationDate) {
  const Case cases[] = {
      {"fr", "2016-03-28", "Ce dimanche 27, le régime a annoncé la reprise.",
       "Ce dimanche 27[2016-03-27]"},
      {"fr", "2016-03-28", "L'offensive s'est achevée samedi dernier.",
       "samedi dernier[2016-03-26]"},
      {"fr", "2016-03-27", "Le ministre a parlé dimanche.", "dimanche[2016-03-27]"},
      {"fr", "2016-03-28", "Le ministre parlera dimanche.", "dimanche[2016-04-03]"},
      {"fr", "2016-03-28", "Il est arrivé hier soir, à 22 h 15.",
       "hier soir[2016-03-27 TEV] à 22 h 15[2016-03-27 T22:15]"},
      {"fr", "2016-03-28", "Ils avaient lancé le 7 mars une offensive.", "le 7 mars[2016-03-07]"},
      {"fr", "2016-01-10", "Ils avaient lancé le 28 décembre une offensive.",
       "le 28 décembre[2015-12-28]"},
      {"fr", "2016-12-11", "En mars dernier, ils étaient partis. Neuf mois plus tard, le 8 décembre, ils revenaient.",
       "En mars dernier[2016-03] Neuf mois plus tard[P9M] le 8 décembre[2016-12-08]"},
      {"fr", "1999-07-29", "Deux ruptures en 97 (en janvier rue Saint-Dizier, en octobre rue de Metz).",
       "en 97[1997] en janvier[1997-01] en octobre[1997-10]"},
      {"en", "2017-10-20", "The group held it since 2014, and the loss follows the fall of Mosul in July.",
       "since 2014[2014] in July[2017-07]"},
      {"fr", "2016-03-28", "Il y a neuf jours et voici deux semaines.",
       "Il y a neuf jours[2016-03-19] voici deux semaines[2016-03-14]"},
      {"fr", "2016-03-28", "La semaine dernière, le mois dernier, l'an dernier.",
       "La semaine dernière[2016-W12] le mois dernier[2016-02] l'an dernier[2015]"},
      {"fr", "2016-03-28", "Le festival aura lieu du 13 au 21 mai.",
       "du 13 au 21 mai[2016-05-13/2016-05-21]"},
      {"fr", "2016-03-28", "Il a été blessé dans la nuit de samedi à dimanche.",
       "dans la nuit de samedi à dimanche[2016-03-26/2016-03-27]"},
      {"fr", "2016-03-28", "Ils se retrouveront à la Pentecôte et à Pâques 2017.",
       "à la Pentecôte[2016-05-15] à Pâques 2017[2017-04-16]"},
      {"fr", "2016-03-28", "Le combat a duré trois semaines, une vingtaine de jours, 24 heures.",
       "trois semaines[P3W] une vingtaine de jours[P20D] 24 heures[PT24H]"},
      {"fr", "2017-01-02", "Le dimanche 12 décembre 2016, il a parlé.",
       "Le dimanche 12 décembre 2016[2016-12-12] !weekday_mismatch"},
      {"fr", "2016-03-25", "Son opération lancée le 30 septembre 2016 a atteint ses objectifs.",
       "le 30 septembre 2016[2016-09-30] !date_anachronism"},
      {"fr", "2016-03-25", "Son opération lancera le 30 septembre 2016.",
       "le 30 septembre 2016[2016-09-30]"},
      {"fr", "2016-03-28", "Elle a été libérée trois mois à peine après celle de Kobané, en janvier 2015.",
       "trois mois à peine après[P3M] en janvier 2015[2015-01] !duration_mismatch"},
      {"fr", "2015-04-20", "Elle a été libérée trois mois à peine après celle de Kobané, en janvier 2015.",
       "trois mois à peine après[P3M] en janvier 2015[2015-01]"},
      {"fr", "2016-03-28", "Une cité vieille de 2000 ans, où vivent 1500 habitants.", "2000 ans[P2000Y]"},
      {"en", "2016-03-28", "The army entered the city on Sunday, two days ago.",
       "on Sunday[2016-03-27] two days ago[2016-03-26]"},
      {"en", "2016-03-28", "It was taken on March 27, 2016 and lost in May 2015.",
       "on March 27, 2016[2016-03-27] in May 2015[2015-05]"},
  };
  for (const Case& c : cases) {
    const Document doc = Analyse(c.text, c.language, std::string(c.published));
    EXPECT_EQ(Render(doc), c.expected) << c.text;
    EXPECT_EQ(doc.published.basis, "stated");
  }
}

TEST(DateStageTest, InfersPublicationFromTheText) {
  const Document doc = Analyse(
      "Ce dimanche 27, le régime a annoncé la reprise. Les troupes avaient lancé le 7 mars une "
      "offensive. L'EI s'était emparé en mai 2015 de la ville.",
      "fr", std::nullopt);
  EXPECT_EQ(doc.published.basis, "inferred");
  EXPECT_EQ(doc.published.value.value_or(""), "2016-03-27");
  EXPECT_EQ(doc.published.earliest.value_or(""), "2016-03-27");
  EXPECT_EQ(doc.published.latest.value_or(""), "2016-03-28");
  EXPECT_EQ(Render(doc), "Ce dimanche 27[2016-03-27] le 7 mars[2016-03-07] en mai 2015[2015-05]");
}

// A line above the text with a date and nothing else is the page's stamp;
// a header line with other words, or a date line below the start of the
// text, is not.
TEST(DateStageTest, ADateAloneAboveTheTextIsThePublicationStamp) {
  const auto analyse = AnalyseLines;
  const std::string body_en = "Iraqi forces on Thursday recaptured the mosque.";
  Document doc = analyse({{"Mosul mosque retaken", BlockKind::kTitle},
                          {"June 29, 2017", BlockKind::kNavigation},
                          {body_en, BlockKind::kBody}},
                         "en");
  EXPECT_EQ(doc.published.basis, "stated");
  EXPECT_EQ(doc.published.value.value_or(""), "2017-06-29");
  EXPECT_EQ(Render(doc), "on Thursday[2017-06-29]");

  doc = analyse({{"Mardi 12 mars 2019, 14h05", BlockKind::kOther},
                 {"L'armée a repris la ville dimanche.", BlockKind::kBody}},
                "fr");
  EXPECT_EQ(doc.published.basis, "stated");
  EXPECT_EQ(doc.published.value.value_or(""), "2019-03-12");

  doc = analyse({{"Archives du 29 juin 2017 et plus", BlockKind::kNavigation},
                 {body_en, BlockKind::kBody}},
                "en");
  EXPECT_NE(doc.published.basis, "stated");
  doc = analyse({{body_en, BlockKind::kBody}, {"June 29, 2017", BlockKind::kNavigation}}, "en");
  EXPECT_NE(doc.published.basis, "stated");
}

// Stamps with a cue: on the page's first line ("date 2023-10-18 ...", even
// glued to the title), after "Last Updated:" with a weekday, and a date line
// with a zoned clock time; an ISO month alone bounds publication to the month.
TEST(DateStageTest, PageStampsStateOrBoundPublication) {
  struct Case {
    std::vector<std::pair<std::string, BlockKind>> lines;
    const char* published;
    const char* rendering;
  };
  const Case cases[] = {
      {{{"date 2023-10-18 Blast at a Gaza hospital", BlockKind::kTitle},
        {"Officials said the hospital was hit on Tuesday.", BlockKind::kBody}},
       "2023-10-18", "on Tuesday[2023-10-17]"},
      {{{"Reuters| Last Updated: Sunday, July 9, 2017 - 18:06", BlockKind::kNotice},
        {"The army said it had retaken the old city.", BlockKind::kBody}},
       "2017-07-09", ""},
      {{{"Port blast toll rises", BlockKind::kTitle},
        {"Aug 07 2020, 16:05 IST", BlockKind::kOther},
        {"The minister said on Friday that 154 people had died.", BlockKind::kBody}},
       "2020-08-07", "on Friday[2020-08-07]"},
  };
  for (const Case& c : cases) {
    const Document stamped = AnalyseLines(c.lines, "en");
    EXPECT_EQ(stamped.published.value.value_or(""), c.published) << c.lines[0].first;
    EXPECT_EQ(Render(stamped), c.rendering) << c.lines[0].first;
  }

  Document doc = AnalyseLines({{"date 2022-04 Frappe sur une gare", BlockKind::kTitle},
                      {"La gare a été frappée le 8 avril 2022, selon les autorités.", BlockKind::kBody}},
                     "fr");
  EXPECT_EQ(doc.published.basis, "inferred");
  EXPECT_EQ(doc.published.earliest.value_or(""), "2022-04-08");
  EXPECT_EQ(doc.published.latest.value_or(""), "2022-04-30");
}

// A wire dateline's day ("BEIRUT, Oct 15 (Reuters)") is the publication day;
// with nothing that pins a day, the text's latest past date bounds
// publication from below and today from above.
TEST(DateStageTest, DatelinesPinAndPastDatesBoundPublication) {
  Document doc = Analyse("BEIRUT, Oct 15 (Reuters) - The fighters, who took the city in 2014, left.",
                         "en", std::nullopt, std::string("2026-11-23"));
  EXPECT_EQ(doc.published.value.value_or(""), "2015-10-15");

  doc = Analyse("Le pont, construit en 1889, a été détruit par la crue.", "fr", std::nullopt,
                std::string("2026-11-23"));
  EXPECT_FALSE(doc.published.value.has_value());
  EXPECT_EQ(doc.published.earliest.value_or(""), "1889-01-01");
  EXPECT_EQ(doc.published.latest.value_or(""), "2026-11-23");
}

TEST(DateStageTest, ReferenceDateIsOnlyAFallback) {
  Document doc = Analyse("Il est arrivé hier.", "fr", std::nullopt, std::string("2020-05-06"));
  EXPECT_EQ(doc.published.basis, "reference");
  EXPECT_EQ(Render(doc), "hier[2020-05-05]");
  doc = Analyse("Il est arrivé hier.", "fr", std::nullopt);
  EXPECT_EQ(doc.published.basis, "unknown");
  EXPECT_EQ(Render(doc), "hier[]");
}

// The only mention of `doc` whose text is `text`.
const DateMention& MentionOf(const Document& doc, std::string_view text) {
  for (const DateMention& d : doc.dates) {
    if (doc.text({d.begin, d.end}) == text) return d;
  }
  ADD_FAILURE() << "no mention '" << text << "' in " << Render(doc);
  static const DateMention none;
  return none;
}

TEST(DateStageTest, RelativeMentionsResolveLaterAgainstAnAnchorDay) {
  // No publication date and no reference: the stage cannot resolve them.
  const Document past = Analyse("Le ministre a parlé dimanche.", "fr", std::nullopt);
  const DateMention& sunday = MentionOf(past, "dimanche");
  EXPECT_EQ(sunday.value, "");
  EXPECT_FALSE(sunday.relative.empty());
  EXPECT_EQ(ReanchorDate(sunday, "2016-03-27"), "2016-03-27");
  EXPECT_EQ(ReanchorDate(sunday, "2016-03-29"), "2016-03-27");
  EXPECT_EQ(ReanchorDate(sunday, "not a day"), "");

  const Document future = Analyse("Le ministre parlera dimanche.", "fr", std::nullopt);
  EXPECT_EQ(ReanchorDate(MentionOf(future, "dimanche"), "2016-03-28"), "2016-04-03");

  const Document last = Analyse("L'offensive s'est achevée samedi dernier.", "fr", std::nullopt);
  EXPECT_EQ(ReanchorDate(MentionOf(last, "samedi dernier"), "2016-03-28"), "2016-03-26");
  EXPECT_EQ(ReanchorDate(MentionOf(last, "samedi dernier"), "2016-03-26"), "2016-03-19");

  const Document mixed = Analyse(
      "Il est arrivé hier soir, à 22 h 15, il y a deux jours, le 7 mars, la semaine dernière.",
      "fr", std::nullopt);
  EXPECT_EQ(ReanchorDate(MentionOf(mixed, "hier soir"), "2016-03-28"), "2016-03-27");
  EXPECT_EQ(ReanchorDate(MentionOf(mixed, "à 22 h 15"), "2016-03-28"), "2016-03-27");
  EXPECT_EQ(ReanchorDate(MentionOf(mixed, "il y a deux jours"), "2016-03-28"), "2016-03-26");
  EXPECT_EQ(ReanchorDate(MentionOf(mixed, "le 7 mars"), "2016-03-28"), "2016-03-07");
  EXPECT_EQ(ReanchorDate(MentionOf(mixed, "la semaine dernière"), "2016-03-28"), "2016-W12");
}

TEST(DateStageTest, AbsoluteAndChainedMentionsHaveNoRecipe) {
  const Document doc = Analyse("Le 7 mars 2016, ils sont partis. Le lendemain, ils sont arrivés.",
                               "fr", std::nullopt);
  EXPECT_EQ(MentionOf(doc, "Le 7 mars 2016").relative, "");
  EXPECT_EQ(MentionOf(doc, "Le lendemain").relative, "");
  EXPECT_EQ(ReanchorDate(MentionOf(doc, "Le 7 mars 2016"), "2016-03-28"), "");
}

TEST(DateStageTest, ReanchoringAgreesWithTheStage) {
  const Document doc = Analyse(
      "Ce dimanche 27, hier, samedi dernier, le 7 mars et il y a neuf jours, la semaine "
      "dernière, en mars dernier, à la Pentecôte, du 13 au 21 mai, ils ont parlé.",
      "fr", std::string("2016-03-28"));
  size_t relative = 0;
  for (const DateMention& d : doc.dates) {
    if (d.relative.empty()) continue;
    ++relative;
    EXPECT_EQ(ReanchorDate(d, "2016-03-28"), d.value) << doc.text({d.begin, d.end});
  }
  EXPECT_EQ(relative, doc.dates.size());
}

TEST(DateStageTest, ApproximateMentionsAreMarked) {
  const Document doc = Analyse(
      "Voici deux semaines, il y a un mois, ces dernières semaines et récemment, mais "
      "dimanche, hier, il y a deux jours et le 7 mars, ils ont parlé.",
      "fr", std::string("2016-03-28"));
  for (const char* rough : {"Voici deux semaines", "il y a un mois", "ces dernières semaines",
                            "récemment"}) {
    EXPECT_TRUE(MentionOf(doc, rough).approximate) << rough;
  }
  for (const char* exact : {"dimanche", "hier", "il y a deux jours", "le 7 mars"}) {
    EXPECT_FALSE(MentionOf(doc, exact).approximate) << exact;
  }
}

TEST(DateStageTest, PatternSelftests) {
  pattern::Tokenizer tokenize = [](std::string_view text) { return TokenizeText(text); };
  for (const char* lang : {"fr", "en"}) {
    Result<pattern::SelftestReport> report =
        pattern::RunSelftestFile(kDataDir + "/" + lang + "/dates.selftest", tokenize);
    ASSERT_TRUE(report.ok()) << report.status().message();
    EXPECT_GT(report.value().cases, 10);
    for (const std::string& failure : report.value().failures) ADD_FAILURE() << failure;
  }
}

}  // namespace
}  // namespace recoupe
