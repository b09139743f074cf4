// Container choice on small pages built to trip one rule each.
#include <gtest/gtest.h>

#include <string>

#include "html/html_extractor.h"

namespace recoupe {
namespace {

std::string Paragraph(const std::string& words) {
  return "<p>" + words +
         ", puis la suite du propos, avec des chiffres et des noms, "
         "comme le veut un article ordinaire sur ce sujet.</p>";
}

// The main text, each block cut to its first three words, blocks joined by " | ".
std::string Main(const std::string& html) {
  auto page = ExtractHtml(html);
  if (!page.ok()) return "error: " + page.status().message();
  std::string out;
  for (const auto& block : page->blocks) {
    if (!IsBodyKind(block.kind)) continue;
    if (!out.empty()) out += " | ";
    size_t end = 0;
    for (int words = 0; words < 3 && end != std::string::npos; ++words) {
      end = block.text.find(' ', end == 0 ? 0 : end + 1);
    }
    out += block.text.substr(0, end);
  }
  return out;
}

struct Case {
  const char* name;
  std::string html;
  std::string expected;
};

TEST(HtmlContentTest, ChoosesTheArticleContainer) {
  const std::string kArticle = "<article><div class=\"story\">" +
                               Paragraph("Premier paragraphe du texte") +
                               Paragraph("Second paragraphe du texte") + "</div></article>";
  const Case kCases[] = {
      {"a comment thread longer than the article stays out",
       "<body>" + kArticle + "<div class=\"comments\">" + Paragraph("Commentaire un") +
           Paragraph("Commentaire deux") + Paragraph("Commentaire trois") +
           Paragraph("Commentaire quatre") + "</div></body>",
       "Premier paragraphe du | Second paragraphe du"},
      {"teasers with summaries, each in its own wrapper, stay out",
       "<body><main>" + kArticle + "</main><div class=\"below\">" + "<div><div>" +
           Paragraph("Résumé d'un autre article") + "</div></div>" + "<div><div>" +
           Paragraph("Résumé d'un troisième") + "</div></div>" + "<div><div>" +
           Paragraph("Résumé d'un quatrième") + "</div></div></div></body>",
       "Premier paragraphe du | Second paragraphe du"},
      {"a link list inside the body does not cut the article short",
       "<body><div class=\"entry\">" + Paragraph("Début de l'article") +
           "<ul><li><a href=\"/a\">http://lien.example/un</a></li>"
           "<li><a href=\"/b\">http://lien.example/deux</a></li>"
           "<li><a href=\"/c\">http://lien.example/trois</a></li></ul>" +
           Paragraph("Fin de l'article") + "</div></body>",
       "Début de l'article, | Fin de l'article,"},
      {"a wrapper with a cookie class around the article is not a cookie banner",
       "<body><div class=\"has-cookie-notice\"><main>" + kArticle + "</main></div></body>",
       "Premier paragraphe du | Second paragraphe du"},
      {"a standfirst in its own element just before the article is kept",
       "<body><div class=\"page\"><div class=\"chapo\">" + Paragraph("Le chapeau") +
           "</div><div class=\"texte\">" + Paragraph("Corps un") + Paragraph("Corps deux") +
           Paragraph("Corps trois") + "</div></div></body>",
       "Le chapeau, puis | Corps un, puis | Corps deux, puis | Corps trois, puis"},
      {"a quoted post in a social wrapper is kept, the share bar beside it is not",
       "<body><article>" + Paragraph("Le maire a réagi") +
           "<div class=\"social-embed\"><blockquote class=\"post\"><p>Merci aux "
           "secours pour leur travail cette nuit.</p></blockquote></div>" +
           "<div class=\"social-share\"><a href=\"#\">Partager</a></div>" +
           Paragraph("Le préfet a répondu") + "</article></body>",
       "Le maire a | Merci aux secours | Le préfet a"},
      {"an aside full of prose stays out",
       "<body><div>" + kArticle + "<aside>" + Paragraph("Encadré un") + Paragraph("Encadré deux") +
           Paragraph("Encadré trois") + "</aside></div></body>",
       "Premier paragraphe du | Second paragraphe du"},
  };
  for (const Case& c : kCases) EXPECT_EQ(Main(c.html), c.expected) << c.name;
}

TEST(HtmlContentTest, DeepNestingKeepsItsText) {
  std::string html = "<html><body>";
  for (int i = 0; i < 5000; ++i) html += "<div>";
  html += "texte tout au fond";
  for (int i = 0; i < 5000; ++i) html += "</div>";
  html += "<p>après</p></body></html>";
  auto page = ExtractHtml(html);
  ASSERT_TRUE(page.ok());
  std::string all;
  for (const auto& block : page->blocks) all += block.text + "|";
  EXPECT_EQ(all, "texte tout au fond|après|");
}

}  // namespace
}  // namespace recoupe
