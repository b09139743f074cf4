#include "html/html_extractor.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "html/html_hints.h"

namespace recoupe {
namespace {

// A French news page written for this test: menu, cookie banner, JSON-LD and
// OpenGraph metadata, a figure with caption and credit, related links inside
// the article, a share bar, comments and a footer.
constexpr char kNewsPage[] = R"html(<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="utf-8">
<title>Crue de la Loire : trois communes évacuées - Le Courrier du Val</title>
<meta property="og:title" content="Crue de la Loire : trois communes évacuées">
<meta property="og:site_name" content="Le Courrier du Val">
<meta property="og:url" content="https://courrier-du-val.example/loire/crue-2024">
<meta property="article:published_time" content="2024-03-12T07:45:00+01:00">
<link rel="canonical" href="https://courrier-du-val.example/loire/crue-trois-communes">
<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "WebPage", "name": "ignored"},
  {"@type": "NewsArticle", "headline": "Crue de la Loire : trois communes évacuées",
   "datePublished": "2024-03-12T07:45:00+01:00",
   "author": [{"@type": "Person", "name": "Claire Dumont"},
              {"@type": "Person", "name": "Hugo Lefèvre"}],
   "publisher": {"@type": "Organization", "name": "Courrier du Val SA"}}]}
</script>
<style>.cookie-banner { position: fixed; }</style>
</head>
<body class="single-article">
<div id="cookie-banner" class="cookie-banner">
  <p>Nous utilisons des traceurs pour mesurer l'audience.
     <a href="/vie-privee">En savoir plus</a></p>
  <button>Accepter</button>
</div>
<header class="site-header">
  <nav class="main-menu"><ul>
    <li><a href="/">Accueil</a></li><li><a href="/loire">Loire</a></li>
    <li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li>
  </ul></nav>
</header>
<main>
<article class="article">
  <h1>Crue de la Loire : trois communes évacuées</h1>
  <p class="byline">Par <a href="/auteurs/cd">Claire Dumont</a> et Hugo Lefèvre</p>
  <time datetime="2024-03-12T07:45">12 mars 2024</time>
  <div class="article-body">
    <p>La préfecture a ordonné mardi matin l'évacuation de trois communes riveraines de la Loire,
       où le fleuve a atteint 5,20&nbsp;mètres à l'échelle de Saumur, un niveau inédit
       depuis 1982.</p>
    <p>Près de 1&nbsp;200 habitants de Varennes, Montsoreau et Turquant ont été accueillis dans des
       gymnases. «&nbsp;Nous avons anticipé le pic de crue attendu dans la nuit&nbsp;», a indiqué le
       préfet lors d'un point presse.</p>
    <figure>
      <img src="/img/crue.jpg" alt="">
      <figcaption>Les quais de Saumur sous les eaux, mardi 12 mars.</figcaption>
      <span class="credit">Photo J. Martin</span>
    </figure>
    <h2>Des routes coupées &amp; des écoles fermées</h2>
    <p>Une quinzaine de routes départementales restaient fermées à la circulation en fin de matinée,
       et les écoles des trois communes n'ouvriront pas avant jeudi, selon le rectorat.</p>
    <div class="related-articles">
      <p>Lire aussi</p>
      <ul><li><a href="/loire/crue-1982">Il y a quarante ans, la grande crue de 1982</a></li>
          <li><a href="/loire/assurances">Inondations : comment se faire indemniser</a></li></ul>
    </div>
    <p>Météo-France maintient la vigilance orange pour les crues jusqu'à mercredi soir. Les services
       de l'État estiment que la décrue ne devrait pas commencer avant le week-end.</p>
    <script>window.trackArticle("crue");</script>
    <div style="display: none">Texte masqué qui ne doit pas apparaître.</div>
  </div>
  <div class="share-bar"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Courriel</a></div>
</article>
<section id="comments" class="comments">
  <h3>3 commentaires</h3>
  <div class="comment"><p>J'habite à Turquant, l'eau est montée très vite dans la nuit, merci aux
     pompiers pour leur aide précieuse et leur calme.</p></div>
</section>
</main>
<footer class="site-footer"><p>© 2024 Le Courrier du Val. Tous droits réservés.</p></footer>
</body>
</html>
)html";

HtmlPage Extract(std::string_view html) {
  auto page = ExtractHtml(html);
  EXPECT_TRUE(page.ok()) << page.status().message();
  return page.ok() ? std::move(page).value() : HtmlPage();
}

// "kind: text" for each block, texts cut at 40 bytes (\u escapes keep the table readable).
std::vector<std::string> Render(const HtmlPage& page) {
  std::vector<std::string> out;
  for (const auto& block : page.blocks) {
    out.push_back(std::string(BlockKindName(block.kind)) + ": " + block.text.substr(0, 40));
  }
  return out;
}

TEST(HtmlExtractorTest, ClassifiesEveryBlockOfANewsPage) {
  HtmlPage page = Extract(kNewsPage);
  std::vector<std::string> expected = {
      "cookie: Nous utilisons des traceurs pour mesurer",
      "cookie: Accepter",
      "navigation: Accueil",
      "navigation: Loire",
      "navigation: Sport",
      "navigation: Culture",
      "title: Crue de la Loire : trois communes \u00e9vacu",
      "byline: Par Claire Dumont et Hugo Lef\u00e8vre",
      "other: 12 mars 2024",
      "body: La pr\u00e9fecture a ordonn\u00e9 mardi matin l'",
      "body: Pr\u00e8s de 1\u00a0200 habitants de Varennes, M",
      "caption: Les quais de Saumur sous les eaux, mardi",
      "credit: Photo J. Martin",
      "heading: Des routes coup\u00e9es & des \u00e9coles ferm\u00e9",
      "body: Une quinzaine de routes d\u00e9partementales",
      "related: Lire aussi",
      "related: Il y a quarante ans, la grande crue de 1",
      "related: Inondations : comment se faire indemnise",
      "body: M\u00e9t\u00e9o-France maintient la vigilance or",
      "navigation: Facebook X Courriel",
      "comments: 3 commentaires",
      "comments: J'habite \u00e0 Turquant, l'eau est mont\u00e9e ",
      "other: \u00a9 2024 Le Courrier du Val. Tous droits ",
  };
  EXPECT_EQ(Render(page), expected);
}

TEST(HtmlExtractorTest, MainTextJoinsBodyBlocksAndDecodesEntities) {
  std::string text = MainText(Extract(kNewsPage));
  EXPECT_NE(text.find("à l'échelle de Saumur"), std::string::npos);
  EXPECT_NE(text.find("5,20\u00a0mètres"), std::string::npos);  // &nbsp; is kept as U+00A0
  EXPECT_NE(text.find("\nDes routes coupées & des écoles fermées\n"), std::string::npos);
  EXPECT_EQ(text.find("traceurs"), std::string::npos);
  EXPECT_EQ(text.find("trackArticle"), std::string::npos);  // script content
  EXPECT_EQ(text.find("masqué"), std::string::npos);        // display: none
  EXPECT_EQ(text.find("Turquant, l'eau"), std::string::npos);
}

TEST(HtmlExtractorTest, ReadsMetadataFromOpenGraphJsonLdAndHtml) {
  HtmlPage page = Extract(kNewsPage);
  const Metadata& m = page.meta;
  std::string bylines;
  for (const auto& b : m.bylines) bylines += (bylines.empty() ? "" : ";") + b;
  std::string line = "title=" + m.title.value_or("-") + " | outlet=" + m.outlet.value_or("-") +
                     " (" + m.outlet_basis + ") | published=" + m.published.value_or("-") +
                     " | lang=" + m.language.value_or("-") + " | bylines=" + bylines +
                     " | url=" + page.url.value_or("-");
  EXPECT_EQ(line,
            "title=Crue de la Loire : trois communes évacuées | outlet=Le Courrier du Val "
            "(html_meta) | published=2024-03-12T07:45:00+01:00 | lang=fr-FR | "
            "bylines=Claire Dumont;Hugo Lefèvre | "
            "url=https://courrier-du-val.example/loire/crue-trois-communes");
}

TEST(HtmlExtractorTest, MetadataFallsBackToTitleTagJsonLdAndTimeElement) {
  constexpr char kPage[] = R"html(<html><head><title> Un titre
    seul </title>
    <meta name="author" content="https://example.org/auteur/x">
    <script type="application/ld+json">{"@type": "Article", "author": "Léa Roux",
      "publisher": {"name": "Gazette"}}</script>
    <script type="application/ld+json">{ not json</script>
    </head><body><p>Texte <time datetime="2023-11-05">5 novembre</time>.</p></body></html>)html";
  HtmlPage page = Extract(kPage);
  EXPECT_EQ(page.meta.title.value_or("-"), "Un titre seul");
  EXPECT_EQ(page.meta.outlet.value_or("-"), "Gazette");
  EXPECT_EQ(page.meta.published.value_or("-"), "2023-11-05");
  ASSERT_EQ(page.meta.bylines.size(), 1u);  // the URL-valued author meta is not a name
  EXPECT_EQ(page.meta.bylines[0], "Léa Roux");
  EXPECT_FALSE(page.meta.language.has_value());
  EXPECT_FALSE(page.url.has_value());
}

TEST(HtmlExtractorTest, TitleDropsTheSiteNameAndDatesMustBeIso) {
  constexpr char kPage[] = R"html(<html><head>
    <title>Grève des contrôleurs : le trafic perturbé jeudi | La Dépêche du Sud</title>
    <meta name="date" content="12 mars 2024">
    </head><body><h1>Grève des contrôleurs : le trafic perturbé jeudi</h1>
    <p>Texte <time datetime="mardi">mardi</time> <time datetime="2024-03-12 08:00">8 h</time>.</p>
    </body></html>)html";
  HtmlPage page = Extract(kPage);
  EXPECT_EQ(page.meta.title.value_or("-"), "Grève des contrôleurs : le trafic perturbé jeudi");
  EXPECT_EQ(page.meta.published.value_or("-"), "2024-03-12 08:00");
}

TEST(HtmlExtractorTest, OffsetsPointAtTheFirstTextNodeOfEachBlock) {
  std::string_view html = kNewsPage;
  HtmlPage page = Extract(html);
  ASSERT_FALSE(page.blocks.empty());
  for (const auto& block : page.blocks) {
    ASSERT_LT(block.html_offset, html.size());
    // The text node may start with white space or an entity; its first word is there.
    std::string_view first_word = std::string_view(block.text).substr(0, block.text.find(' '));
    if (first_word.find('&') != std::string_view::npos ||
        first_word.find("\u00a0") != std::string_view::npos) {
      continue;
    }
    std::string_view at = html.substr(block.html_offset, 400);
    EXPECT_NE(at.find(first_word), std::string_view::npos) << block.text;
    EXPECT_EQ(block.text.find('\n'), std::string::npos);
  }
}

// <br> ends a block; inline tags and soft hyphens leave no trace in the text.
TEST(HtmlExtractorTest, BreaksSplitBlocksAndInlineTagsJoinText) {
  HtmlPage page =
      Extract("<div>Ligne une<br>ligne <b>deux</b>, <em>sui&shy;te</em>\n\n de la ligne</div>");
  std::vector<std::string> texts;
  for (const auto& b : page.blocks) texts.push_back(b.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"Ligne une", "ligne deux, suite de la ligne"}));
}

TEST(HtmlExtractorTest, EmptyAndBrokenPagesGiveNoBlocks) {
  EXPECT_TRUE(Extract("").blocks.empty());
  EXPECT_TRUE(Extract("<html><head><script>var x = '<p>no</p>';</script></head>").blocks.empty());
  HtmlPage broken = Extract("<p>Paragraphe non fermé <div>et un autre &amp; encore");
  ASSERT_EQ(broken.blocks.size(), 2u);
  EXPECT_EQ(broken.blocks[1].text, "et un autre & encore");
}

TEST(HtmlHintsTest, MatchesClassTokensAndReportsKinds) {
  HtmlHints hints;
  ASSERT_TRUE(hints
                  .Parse("recoupe-html-hints 1\n[content]\narticle-body\n[kind comments]\n"
                         "comment\n[kind other]\nad\n",
                         "hints.txt")
                  .ok());
  auto render = [&](std::string_view classes) {
    HintMatch m = hints.Match(classes);
    return std::string(m.content ? "content " : "") +
           (m.kind ? std::string(BlockKindName(*m.kind)) : "none") + " " + m.word;
  };
  EXPECT_EQ(render("js-comments-list"), "comments comment");
  EXPECT_EQ(render("post article-body"), "content none articlebody");
  EXPECT_EQ(render("ad-slot"), "other ad");
  EXPECT_EQ(render("header shadow"), "none ");  // "ad" is short: whole tokens only
}

TEST(HtmlHintsTest, ParseErrorsNameFileAndLine) {
  HtmlHints hints;
  Status status = hints.Parse("[content]\narticle\n", "h.txt");
  EXPECT_EQ(status.message(), "h.txt:1: expected the version line 'recoupe-html-hints 1'");
  status = hints.Parse("recoupe-html-hints 1\n[kind gossip]\nx\n", "h.txt");
  EXPECT_EQ(status.message(),
            "h.txt:2: unknown block kind 'gossip' (expected a name such as 'navigation' or "
            "'comments')");
  status = hints.Parse("recoupe-html-hints 1\nword\n", "h.txt");
  EXPECT_EQ(status.message(), "h.txt:2: expected a section header before the first word");
}

TEST(HtmlHintsTest, DefaultFileLoads) {
  const auto& hints = HtmlHints::Default();
  ASSERT_TRUE(hints.ok()) << hints.status().message();
  EXPECT_GT(hints.value().size(), 50u);
}

}  // namespace
}  // namespace recoupe
