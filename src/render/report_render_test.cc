// The report on a dossier built here as the corpus stage would fill it:
// two events, facts that agree, are compatible or conflict, a passage copied
// between two documents, and flags.
#include <gtest/gtest.h>

#include "framing/framing.h"
#include "render/render.h"
#include "render/report_markup.h"
#include "render/report_sections.h"

namespace recoupe {
namespace {

const std::string kDataDir = std::string(RECOUPE_SOURCE_DIR) + "/data";

const FramingLexicon& Lexicon() {
  static const FramingLexicon lexicon = FramingLexicon::LoadDir(kDataDir).value();
  return lexicon;
}

const std::string kWire =
    "Les opérations de déminage se poursuivent dans la cité antique, a précisé l'agence.";

// A document whose body is `paragraphs`, after a title line.
Document MakeDocument(const std::string& id, std::optional<std::string> outlet,
                      const std::string& title, const std::vector<std::string>& paragraphs) {
  Document doc;
  doc.id = id;
  doc.path = id + ".txt";
  doc.language = "fr";
  doc.meta.title = title;
  doc.meta.outlet = outlet;
  doc.meta.outlet_basis = outlet ? "text" : "";
  doc.raw = title;
  doc.blocks.push_back({{0, static_cast<uint32_t>(title.size())}, BlockKind::kTitle, "", {}});
  for (const std::string& paragraph : paragraphs) {
    doc.raw += "\n";
    const auto begin = static_cast<uint32_t>(doc.raw.size());
    doc.raw += paragraph;
    doc.blocks.push_back({{begin, static_cast<uint32_t>(doc.raw.size())}, BlockKind::kBody, "", {}});
  }
  return doc;
}

Span SpanOf(const Document& doc, std::string_view text) {
  const size_t begin = doc.raw.find(text);
  EXPECT_NE(begin, std::string::npos) << text;
  return {static_cast<uint32_t>(begin), static_cast<uint32_t>(begin + text.size())};
}

FactReport Report(const Document& doc, std::string_view text, std::optional<double> low,
                  std::optional<double> high, std::string qualifier,
                  std::optional<std::string> source, bool hedged, uint32_t witness) {
  const Span span = SpanOf(doc, text);
  return {doc.id, span.begin, span.end, low, high, std::move(qualifier), std::move(source),
          hedged, witness};
}

Dossier PalmyraDossier() {
  Dossier d;
  d.documents = {
      MakeDocument("000", "franceinfo", "La cité de Palmyre reprise par l'armée syrienne",
                   {"Les djihadistes ont quitté la ville dimanche : le régime a annoncé la reprise "
                    "de Palmyre, au moins 12 civils ont été tués."}),
      MakeDocument("001", "France-Soir", "Syrie : le régime affirme avoir repris Palmyre",
                   {"Selon l'OSDH, 400 djihadistes ont été tués et on dénombrerait près de 190 "
                    "soldats tués. Ce dimanche 27, le régime a repris la ville.",
                    "Le ministère russe de la Défense fait état de 40 sorties en 24 heures. " +
                        kWire}),
      MakeDocument("002", "RT France", "Les terroristes de Daech de retour à Palmyre",
                   {"Plus de 300 terroristes ont été tués selon le ministère russe ; le "
                    "gouvernement syrien dément <script>alert('x')</script> & « R&D »."}),
      MakeDocument("004", std::nullopt, "Palmyre entièrement libérée",
                   {"La ville a été libérée samedi dernier. 400 terroristes ont été tués et 188 "
                    "soldats. Plus de 40 raids en une seule journée, 30 civils tués. " + kWire}),
  };
  const Document& d000 = d.documents[0];
  const Document& d001 = d.documents[1];
  const Document& d002 = d.documents[2];
  const Document& d004 = d.documents[3];
  for (Document& doc : d.documents) doc.events = {doc.id == "002" ? "ev-2" : "ev-1"};
  d.events = {{"ev-1", "Palmyra, March 2016", "2016-03-07", "2016-03-27",
               {{"Palmyra", 34.5514, 38.2684, 9}}, {"Syrian Army", "Islamic State"},
               {"000", "001", "004"}},
              {"ev-2", "Palmyra, December 2016", "2016-12-10", "2016-12-11",
               {{"Palmyra", 34.5514, 38.2684, 3}}, {"Islamic State"}, {"002"}}};
  const std::string osdh = "Syrian Observatory for Human Rights";
  const std::string mod = "Russian Ministry of Defence";
  d.facts = {
      {"f-1", "ev-1", "killed", "fighters", "Islamic State", std::nullopt,
       {Report(d001, "400 djihadistes", 400, 400, "exact", osdh, false, 0),
        Report(d004, "400 terroristes", 400, 400, "exact", std::nullopt, false, 0)},
       {400, 400, 400}, "agree", 1},
      {"f-2", "ev-1", "killed", "soldiers", "Syrian Army", std::nullopt,
       {Report(d001, "près de 190", 190, 190, "approx", osdh, true, 0),
        Report(d004, "188", 188, 188, "exact", std::nullopt, false, 0)},
       {188, 190, 190}, "compatible", 1},
      {"f-3", "ev-1", "air_raids", "aircraft", "Russia", "P1D",
       {Report(d001, "40 sorties", 40, 40, "exact", mod, false, 0),
        Report(d004, "Plus de 40 raids", 40, std::nullopt, "more_than", "Sputnik", false, 1)},
       {40, 40, std::nullopt}, "compatible", 2},
      {"f-4", "ev-1", "killed", "civilians", std::nullopt, std::nullopt,
       {Report(d000, "au moins 12 civils", 12, std::nullopt, "at_least", std::nullopt, false, 0),
        Report(d004, "30 civils", 30, 30, "exact", std::nullopt, false, 1)},
       {12, 30, 30}, "conflict", 2},
      {"f-5", "ev-2", "killed", "fighters", "Islamic State", std::nullopt,
       {Report(d002, "Plus de 300 terroristes", 300, std::nullopt, "more_than", mod, false, 0)},
       {300, 300, std::nullopt}, "single", 1},
  };
  const Span saturday = SpanOf(d004, "samedi dernier");
  const Span markup = SpanOf(d002, "<script>alert('x')</script> & « R&D »");
  const Span wire001 = SpanOf(d001, kWire);
  const Span wire004 = SpanOf(d004, kWire);
  d.flags = {
      {"cross_source_conflict", "004", saturday.begin, saturday.end,
       "the battle ended on Saturday here, on Sunday in 000 and 001", {"000", "001"}},
      {"copied_text", "004", wire004.begin, wire004.end, "text shared with 001", {"001"}},
      {"other", "002", markup.begin, markup.end, "markup in the text", {}},
  };
  d.reuse = {{"001", "004", {{wire001, wire004}}, 0.31, "001"}};
  d.timeline = {
      {"2015-05", "ev-1", "Daech avait pris la ville en mai 2015.", {"001"}, {}, false, true},
      {"2016-03-26", "ev-1", "La ville a été libérée samedi dernier.", {"004"}, {}, false},
      {"2016-03-27", "ev-1", "Ce dimanche 27, le régime a repris la ville.", {"000", "001"}, {}, false},
      {"2016-12-10", "ev-2", "Les terroristes de Daech de retour à Palmyre", {"002"}, {}, false},
  };
  return d;
}

const ReportOptions kOptions{.framing = &Lexicon()};

// The text of the first row of `table` whose first cell says `fact_id`.
const report::Row* RowOf(const report::Table& table, const std::string& fact_id) {
  for (const report::Row& row : table.rows)
    for (const std::string& note : row.cells.front().notes)
      if (note == fact_id) return &row;
  return nullptr;
}

TEST(Report, FactsTableHasOneColumnPerDocument) {
  const Dossier d = PalmyraDossier();
  const report::ReportContext ctx(d, Lexicon());
  const report::Table table = report::FactsTable(ctx, d.events[0]);
  // Fact, 000, 001, 004, estimate, status, independent sources.
  ASSERT_EQ(table.header.size(), 7u);
  EXPECT_EQ(table.header[1].text, "franceinfo");
  EXPECT_EQ(table.header[2].text, "France-Soir");
  EXPECT_EQ(table.header[3].text, "004");  // no outlet known: the id
  ASSERT_EQ(table.rows.size(), 4u);        // ev-2's fact is not here
  for (const report::Row& row : table.rows) EXPECT_EQ(row.cells.size(), 7u);
  const report::Row* tolls = RowOf(table, "f-2");
  ASSERT_NE(tolls, nullptr);
  EXPECT_EQ(tolls->cells[1].text, "—");
  EXPECT_EQ(tolls->cells[2].text, "≈190");
  EXPECT_EQ(tolls->cells[3].text, "188");
  EXPECT_NE(std::find(tolls->cells[2].notes.begin(), tolls->cells[2].notes.end(),
                      "source: Syrian Observatory for Human Rights · hedged · witness A"),
            tolls->cells[2].notes.end());
  EXPECT_EQ(RowOf(table, "f-3")->cells[3].text, ">40");
  EXPECT_EQ(RowOf(table, "f-4")->cells[1].text, "≥12");
  // 001 and 004 relay one underlying source for the 400.
  const report::Cell& independent = RowOf(table, "f-1")->cells[6];
  EXPECT_EQ(independent.text, "1");
  ASSERT_EQ(independent.notes.size(), 1u);
  EXPECT_EQ(independent.notes[0],
            "witness A: one underlying source relayed by France-Soir (001), 004");
}

TEST(Report, ConflictRowIsMarkedInMarkdownAndHtml) {
  const Dossier d = PalmyraDossier();
  const std::string md = RenderMarkdown(d, kOptions);
  const size_t row = md.find("| **killed** · civilians · f-4 |");
  ASSERT_NE(row, std::string::npos) << md;
  const std::string line = md.substr(row, md.find('\n', row) - row);
  EXPECT_NE(line.find("✘ CONFLICT"), std::string::npos) << line;
  EXPECT_NE(md.find("✔ agree"), std::string::npos);
  EXPECT_NE(md.find("≈ compatible"), std::string::npos);

  const std::string html = RenderHtml(d, kOptions);
  const size_t tr = html.find("<tr class=\"tone-conflict\">");
  ASSERT_NE(tr, std::string::npos);
  const std::string html_row = html.substr(tr, html.find("</tr>", tr) - tr);
  EXPECT_NE(html_row.find("f-4"), std::string::npos) << html_row;
  EXPECT_NE(html_row.find("<td class=\"tone-conflict strong\">✘ CONFLICT</td>"),
            std::string::npos)
      << html_row;
}

TEST(Report, HtmlEscapesEveryText) {
  const std::string html = RenderHtml(PalmyraDossier(), kOptions);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_NE(html.find("<blockquote>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; « R&amp;D »"
                      "</blockquote>"),
            std::string::npos);
  EXPECT_EQ(html.find("http"), std::string::npos);  // nothing to fetch
}

TEST(Report, MarkdownMakesArticleMarkupInert) {
  const std::string md = RenderMarkdown(PalmyraDossier(), kOptions);
  // Every < of the page's words comes escaped: no raw HTML reaches a renderer.
  for (size_t at = md.find('<'); at != std::string::npos; at = md.find('<', at + 1))
    EXPECT_TRUE(at > 0 && md[at - 1] == '\\') << md.substr(at, 40);
  EXPECT_NE(md.find("\\<script\\>alert('x')\\</script\\> & « R&D »"), std::string::npos);
}

TEST(Report, MarkdownEscapesLinksAndCodeSpans) {
  auto markdown = report::MakeMarkdownMarkup();
  std::string out;
  markdown->Paragraph(out, "voir [ici](javascript:alert(1)) et <javascript:alert(2)>");
  markdown->ListItem(out, report::Item("a`b", "`code` \\ fin"));
  EXPECT_EQ(out,
            "voir \\[ici\\](javascript:alert(1)) et \\<javascript:alert(2)\\>\n\n"
            "- `a'b` \\`code\\` \\\\ fin\n");
}

TEST(Report, CopiedPassageShownInBothColumns) {
  const Dossier d = PalmyraDossier();
  const std::string html = RenderHtml(d, kOptions);
  EXPECT_NE(html.find("<table class=\"side-by-side\">\n<thead><tr><th>France-Soir (001)</th>"
                      "<th>004</th></tr></thead>\n<tbody>\n<tr><td>" +
                      report::EscapeHtml(kWire) + "</td><td>" + report::EscapeHtml(kWire) +
                      "</td></tr>"),
            std::string::npos);
  const std::string md = RenderMarkdown(d, kOptions);
  EXPECT_NE(md.find("| France-Soir (001) | 004 |\n|---|---|\n| " + kWire + " | " + kWire + " |"),
            std::string::npos);
  EXPECT_NE(md.find("likely original: France-Soir (001)"), std::string::npos);
}

TEST(Report, BackgroundDatesAreGreyedInTheTimeline) {
  const std::string html = RenderHtml(PalmyraDossier(), kOptions);
  const size_t background = html.find("<td class=\"tone-muted\">2015-05</td>");
  ASSERT_NE(background, std::string::npos);
  const size_t row_end = html.find("</tr>", background);
  EXPECT_NE(html.substr(background, row_end - background).find("background: outside the event"),
            std::string::npos);
  // The event's own dates stay in bold, with no background note.
  const size_t own = html.find("<td class=\"strong\">2016-03-27</td>");
  ASSERT_NE(own, std::string::npos);
  EXPECT_EQ(html.substr(own, html.find("</tr>", own) - own).find("background"), std::string::npos);
}

TEST(Report, FlagsQuoteTheTextThatRaisedThem) {
  const std::string md = RenderMarkdown(PalmyraDossier(), kOptions);
  EXPECT_NE(md.find("- `cross_source_conflict` the battle ended on Saturday here, on Sunday in "
                    "000 and 001\n  > «samedi dernier»\n  in 004; also involves franceinfo (000), "
                    "France-Soir (001)\n"),
            std::string::npos)
      << md;
}

TEST(Report, WordChoiceIsCountedPerOutlet) {
  const Dossier d = PalmyraDossier();
  const report::ReportContext ctx(d, Lexicon());
  const report::Table table = report::WordChoiceTable(ctx, d.events[0].documents);
  ASSERT_EQ(table.header.size(), 4u);  // referent, franceinfo, France-Soir, 004
  const report::Row* fighters = nullptr;
  for (const report::Row& row : table.rows)
    if (row.cells[0].text.starts_with("fighters of armed")) fighters = &row;
  ASSERT_NE(fighters, nullptr);
  EXPECT_EQ(fighters->cells[1].text, "djihadistes ×1");
  EXPECT_EQ(fighters->cells[2].text, "djihadistes ×1");
  EXPECT_EQ(fighters->cells[3].text, "terroristes ×1");
  const std::string html = RenderHtml(d, kOptions);
  EXPECT_NE(html.find("<table class=\"word-choice\">"), std::string::npos);
  EXPECT_NE(html.find("libération ×1 (libérée)"), std::string::npos);
}

TEST(Report, ValuesAndDurationsReadAsWritten) {
  EXPECT_EQ(report::FormatDuration("P1D"), "1 day");
  EXPECT_EQ(report::FormatDuration("PT24H"), "24 hours");
  EXPECT_EQ(report::FormatDuration("P3W"), "3 weeks");
  EXPECT_EQ(report::FormatDuration("soon"), "soon");
  EXPECT_EQ(report::FormatNumber(10000), "10\u202F000");
  EXPECT_EQ(report::FormatNumber(2.5), "2.5");
  FactReport range{"d", 0, 0, 20, 25, "exact", std::nullopt, false, 0};
  EXPECT_EQ(report::FormatReportValue(range), "20–25");
  Dossier d = PalmyraDossier();
  d.facts[2].scope = "R/P1D";
  const report::ReportContext ctx(d, Lexicon());
  const report::Table table = report::FactsTable(ctx, d.events[0]);
  const auto& notes = RowOf(table, "f-3")->cells[0].notes;
  EXPECT_NE(std::find(notes.begin(), notes.end(), "per 1 day"), notes.end());
}

TEST(Report, EventsComeBeforeTheDocumentsAsRead) {
  const std::string html = RenderHtml(PalmyraDossier(), kOptions);
  const size_t ev1 = html.find("<h2 id=\"ev-1\">ev-1 · Palmyra, March 2016</h2>");
  const size_t ev2 = html.find("<h2 id=\"ev-2\">ev-2 · Palmyra, December 2016</h2>");
  const size_t documents = html.find("<h2 id=\"documents\">");
  ASSERT_NE(ev1, std::string::npos);
  ASSERT_NE(ev2, std::string::npos);
  EXPECT_LT(ev1, ev2);
  EXPECT_LT(ev2, documents);
  EXPECT_NE(html.find("<a href=\"#ev-2\">"), std::string::npos);
  EXPECT_NE(html.find("<details><summary>Palmyre entièrement libérée</summary>"), std::string::npos);
  EXPECT_EQ(html.find("Documents in no event"), std::string::npos);
}

}  // namespace
}  // namespace recoupe
