// Table tests of the attribution stage: each text goes through the pipeline
// (clean, segment), then the stage; its claims are rendered on one line as
//   [text] <- source (cue) ~hedge,hedge Q
// and joined with " | ". Also runs the pattern self-test files.
#include "attribution/attribution_stage.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ingest/reader.h"
#include "pattern/pattern_selftest.h"
#include "recoupe/pipeline.h"
#include "segment/tokenizer.h"

namespace recoupe {
namespace {

const std::string kDataDir = std::string(RECOUPE_SOURCE_DIR) + "/data";

const Pipeline& TestPipeline() {
  static const Pipeline* pipeline = [] {
    PipelineOptions options;
    options.data_dir = kDataDir;
    options.keep_tokens = true;
    options.jobs = 1;
    auto loaded = Pipeline::Load(options);
    EXPECT_TRUE(loaded.ok()) << loaded.status().message();
    return loaded.value().release();
  }();
  return *pipeline;
}

const AttributionStage& Stage() {
  static const AttributionStage* stage = [] {
    auto loaded = AttributionStage::Load(kDataDir);
    EXPECT_TRUE(loaded.ok()) << loaded.status().message();
    return loaded.value().release();
  }();
  return *stage;
}

Document Analyse(const std::string& text, const std::string& language) {
  Result<Document> doc = MakeDocument("t", "t.txt", text, InputKind::kText, IngestOptions{});
  EXPECT_TRUE(doc.ok()) << doc.status().message();
  Document d = std::move(doc).value();
  TestPipeline().Analyze(d);
  d.entities.clear();  // sources as phrases: these cases test the stage alone
  d.language = language;
  Stage().Annotate(d);
  return d;
}

std::string Render(const Document& doc) {
  std::string out;
  for (const Claim& c : doc.claims) {
    if (!out.empty()) out += " | ";
    // The claim's first 24 characters.
    std::string text(doc.text(Span{c.begin, c.end}));
    size_t cut = 0;
    for (int chars = 0; cut < text.size() && chars < 24; ++chars) {
      ++cut;
      while (cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) ++cut;
    }
    if (cut < text.size()) text = text.substr(0, cut) + "…";
    out += "[" + text + "] <- " + c.source.value_or("-");
    if (!c.cue.empty()) out += " (" + c.cue + ")";
    if (c.hedged) {
      out += " ~";
      for (size_t i = 0; i < c.hedge_cues.size(); ++i) {
        out += (i ? "," : "") + c.hedge_cues[i];
      }
    }
    if (c.quote) out += " Q";
  }
  return out;
}

struct Case {
  const char* lang;
  const char* text;
  const char* expected;
};

class AttributionTableTest : public ::testing::TestWithParam<Case> {};

TEST_P(AttributionTableTest, Claims) {
  const Case& c = GetParam();
  Document doc = Analyse(c.text, c.lang);
  EXPECT_EQ(Render(doc), c.expected) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    French, AttributionTableTest,
    ::testing::Values(
        Case{"fr", "La bataille a coûté la vie à 400 djihadistes, selon l'OSDH.",
             "[La bataille a coûté la v…] <- OSDH (selon)"},
        Case{"fr",
             "Le bilan est de 400 morts, selon l'Observatoire syrien des droits de l'homme (OSDH). "
             "On compterait 190 victimes, selon l'ONG.",
             "[Le bilan est de 400 mort…] <- Observatoire syrien des droits de l'homme (OSDH) "
             "(selon) | [On compterait 190 victim…] <- Observatoire syrien des droits de l'homme "
             "(OSDH) (selon) ~compterait"},
        // An organisation phrase with nothing before it to stand for is
        // credited as written.
        Case{"en", "The ministry said 40 raids were carried out on Sunday.",
             "[The ministry said 40 rai…] <- The ministry (said)"},
        Case{"fr", "Elles seraient entrées dans la ville le 17 mars.",
             "[Elles seraient entrées d…] <- - ~seraient"},
        Case{"fr", "Les troupes tiennent la ville, malgré, semble-t-il, des combats.",
             "[Les troupes tiennent la …] <- - ~semble-t-il"},
        Case{"fr", "Il a reconnu que la victoire aurait été impossible sans ce soutien.", ""},
        Case{"fr",
             "«Les opérations militaires à Raqqa sont terminées», a déclaré à l'ALP Talal Silo, "
             "porte-parole des FDS.",
             "[«Les opérations militair…] <- Talal Silo (a déclaré) | [«Les opérations "
             "militair…] <- Talal Silo (a déclaré) Q"},
        Case{"fr",
             "Le ministère de la Défense russe a déclaré que son aviation avait effectué 40 "
             "sorties.",
             "[Le ministère de la Défen…] <- ministère de la Défense russe (a déclaré)"},
        Case{"fr",
             "Selon le ministère russe de la Défense, 20 hélicoptères ont pris part à "
             "l'opération. De plus, des missiles ont frappé. Au total, l'aviation a effectué 64 "
             "frappes.",
             "[Selon le ministère russe…] <- ministère russe de la Défense (Selon) | [De "
             "plus, des missiles on…] <- ministère russe de la Défense (Selon) | [Au total, "
             "l'aviation a e…] <- ministère russe de la Défense (Selon)"},
        Case{"fr", "Des sources ont affirmé à l'agence que Damas avait envoyé des troupes.",
             "[Des sources ont affirmé …] <- sources (ont affirmé) ~ont affirmé"},
        Case{"fr", "Le présumé auteur de l'attaque a été arrêté.",
             "[Le présumé auteur de l'a…] <- - ~présumé"},
        Case{"fr",
             "Selon les pompiers, 2000 habitants ont fui. Trois personnes seraient disparues. "
             "La pluie cesse.",
             "[Selon les pompiers, 2000…] <- pompiers (Selon) | [Trois personnes seraient…] "
             "<- pompiers (Selon) ~seraient"},
        // The source inside its phrase: no document in front of it, no day
        // after it; a name after a title or a comma stands for the title.
        Case{"fr", "Au moins 35 morts, selon un nouveau bilan du ministère de la Santé mardi.",
             "[Au moins 35 morts, selon…] <- ministère de la Santé (selon)"},
        Case{"fr",
             "Le bilan atteint 50 morts, a écrit le chef de l'administration militaire Ivan "
             "Petrenko.",
             "[Le bilan atteint 50 mort…] <- Ivan Petrenko (a écrit)"},
        Case{"fr", "Il y a 27 morts, selon le ministre de la Santé, Karim Haddad.",
             "[Il y a 27 morts, selon l…] <- Karim Haddad (selon)"},
        Case{"fr", "Le Figaro a révélé que 40 chars avaient été livrés.",
             "[Le Figaro a révélé que 4…] <- Le Figaro (a révélé)"},
        Case{"fr", "Selon l'armée, 12 soldats ont été blessés.",
             "[Selon l'armée, 12 soldat…] <- l'armée (Selon)"},
        // A title with no name stands for the holder named with it before.
        Case{"fr",
             "Ivan Petrenko, gouverneur de la région, est arrivé sur place. Le bilan atteint 50 "
             "morts, selon le gouverneur de la région.",
             "[Le bilan atteint 50 mort…] <- Ivan Petrenko (selon)"},
        Case{"fr", "La ville a été reprise dimanche par l'armée.", ""},
        // A reporting verb in the present leaves the conditional a hedge; in
        // a past tense the conditional is the future in the past.
        Case{"fr", "Le quotidien rapporte qu'il s'agirait d'un homme de 31 ans.",
             "[Le quotidien rapporte qu…] <- quotidien (rapporte) ~agirait"},
        Case{"fr", "Le préfet a annoncé que les écoles rouvriraient lundi.",
             "[Le préfet a annoncé que …] <- préfet (a annoncé)"},
        // A modal conditional is a possibility even in a reported clause.
        Case{"fr", "L'ONG a indiqué que ces frappes pourraient constituer des crimes de guerre.",
             "[L'ONG a indiqué que ces …] <- ONG (a indiqué) ~pourraient"}));

INSTANTIATE_TEST_SUITE_P(
    English, AttributionTableTest,
    ::testing::Values(
        Case{"en", "At least 3,250 people were killed, according to the Observatory.",
             "[At least 3,250 people we…] <- the Observatory (according to)"},
        Case{"en",
             "\"Our forces have ended all military operations in the city,\" Talal Silo, an SDF "
             "spokesman, told reporters.",
             "[\"Our forces have ended a…] <- Talal Silo (told) | [\"Our forces have ended "
             "a…] <- Talal Silo (told) Q"},
        Case{"en", "Dozens of militants are believed to be hiding in the ruins.",
             "[Dozens of militants are …] <- - ~are believed to"},
        Case{"en", "Abu Bakr al-Baghdadi reportedly left Raqqa months ago.",
             "[Abu Bakr al-Baghdadi rep…] <- - ~reportedly"},
        Case{"en", "State media reported that 40 soldiers died.",
             "[State media reported tha…] <- State media (reported)"},
        // A pronoun opening a paragraph: the person named in the sentence before.
        Case{"en",
             "Paris prosecutor Jean Dupont said three groups attacked.\n\nHe said 89 people "
             "died.",
             "[Paris prosecutor Jean Du…] <- Jean Dupont (said) | [He said 89 people died.] <- "
             "Jean Dupont (said)"},
        Case{"en", "Two security sources said 30 soldiers were unaccounted for.",
             "[Two security sources sai…] <- security sources (said)"},
        Case{"en", "The army's statement said 51 people were arrested.",
             "[The army's statement sai…] <- The army (said)"},
        Case{"en", "Some 300,000 people are homeless, according to Beirut Governor Omar Saleh.",
             "[Some 300,000 people are …] <- Omar Saleh (according to)"},
        Case{"en", "The toll could not be independently verified.",
             "[The toll could not be in…] <- - ~could not be independently verified"},
        Case{"en", "Rescuers feared that dozens of people had died.",
             "[Rescuers feared that doz…] <- - ~feared that"}));

TEST(AttributionStageTest, FiguresInsideClaimsTakeSourceAndHedge) {
  Document doc;
  Result<Document> made = MakeDocument("t", "t.txt",
                                       "Du côté des forces loyalistes, on dénombrerait près de 190 "
                                       "victimes, selon l'OSDH. La ville est tombée le 27 mars.",
                                       InputKind::kText, IngestOptions{});
  ASSERT_TRUE(made.ok());
  doc = std::move(made).value();
  TestPipeline().Analyze(doc);
  doc.entities.clear();
  const std::string_view raw = doc.raw;
  Figure figure;
  figure.begin = static_cast<uint32_t>(raw.find("près"));
  figure.end = static_cast<uint32_t>(raw.find(" victimes") + 9);
  doc.figures = {figure};
  DateMention outside;  // "27 mars", in the sentence that is not hedged
  outside.begin = static_cast<uint32_t>(raw.find("27 mars"));
  outside.end = outside.begin + 7;
  doc.dates = {outside};
  doc.language = "fr";
  Stage().Annotate(doc);
  ASSERT_EQ(doc.claims.size(), 1u);
  EXPECT_EQ(CreditedSource(doc.claims, figure.begin, figure.end).value_or("-"), "OSDH");
  EXPECT_TRUE(doc.figures[0].hedged);
  EXPECT_FALSE(doc.dates[0].hedged);
}

// The innermost claim that names a source credits the words: a quotation's
// speaker inside a hedged sentence that credits nobody; nothing outside.
TEST(AttributionStageTest, CreditedSourceIsTheInnermostNamedClaim) {
  Claim sentence;
  sentence.begin = 0;
  sentence.end = 100;
  sentence.hedged = true;
  Claim quote;
  quote.begin = 20;
  quote.end = 60;
  quote.source = "Talal Silo";
  quote.quote = true;
  Claim later;
  later.begin = 101;
  later.end = 150;
  later.source = "Syrian Observatory for Human Rights";
  const std::vector<Claim> claims = {sentence, quote, later};
  EXPECT_EQ(CreditedSource(claims, 30, 40).value_or("-"), "Talal Silo");
  EXPECT_EQ(CreditedSource(claims, 5, 10), std::nullopt);
  EXPECT_EQ(CreditedSource(claims, 110, 120).value_or("-"), "Syrian Observatory for Human Rights");
  EXPECT_EQ(CreditedSource(claims, 55, 70), std::nullopt);  // runs out of the quotation
}

TEST(AttributionStageTest, LoadNamesTheMissingDirectory) {
  auto loaded = AttributionStage::Load("/nonexistent-recoupe-data");
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.status().message().find("/nonexistent-recoupe-data"), std::string::npos);
}

TEST(AttributionStageTest, PatternSelftests) {
  auto tokenize = [](std::string_view text) { return TokenizeText(text); };
  for (const char* lang : {"fr", "en"}) {
    for (const char* part : {"sources", "hedges"}) {
      const std::string path = kDataDir + "/" + lang + "/attribution-" + part + ".selftest";
      Result<pattern::SelftestReport> report = pattern::RunSelftestFile(path, tokenize);
      ASSERT_TRUE(report.ok()) << report.status().message();
      EXPECT_GT(report->cases, 3) << path;
      for (const std::string& failure : report->failures) ADD_FAILURE() << failure;
    }
  }
}

}  // namespace
}  // namespace recoupe
