#include "segment/tokenizer.h"

#include <string>

#include <gtest/gtest.h>

#include "segment/normalizer.h"

namespace recoupe {
namespace {

const Abbreviations& French() {
  static const Abbreviations kFrench = [] {
    Result<Abbreviations> loaded = Abbreviations::LoadFile(
        std::string(RECOUPE_SOURCE_DIR) + "/data/fr/abbreviations.txt");
    EXPECT_TRUE(loaded.ok()) << loaded.status().message();
    return loaded.ok() ? loaded.value() : Abbreviations();
  }();
  return kFrench;
}

// "norm|norm|..." of the tokens.
std::string Render(const std::vector<Token>& tokens) {
  std::string out;
  for (const Token& token : tokens) {
    if (!out.empty()) out += '|';
    out += token.norm;
  }
  return out;
}

// Each token with its shape, value and flags: "27#27", "l'/E", "Ki-moon/CH".
std::string RenderDetailed(const std::vector<Token>& tokens) {
  std::string out;
  for (const Token& token : tokens) {
    if (!out.empty()) out += ' ';
    out += token.norm;
    if (token.number) {
      char buffer[32];
      std::snprintf(buffer, sizeof(buffer), "#%g", *token.number);
      out += buffer;
    }
    std::string flags;
    if (token.shape == TokenShape::kPunct) flags += 'P';
    if (token.shape == TokenShape::kSymbol) flags += 'S';
    if (token.has(kCapitalized)) flags += 'C';
    if (token.has(kAllCaps)) flags += 'A';
    if (token.has(kElided)) flags += 'E';
    if (token.has(kHyphenated)) flags += 'H';
    if (!flags.empty()) out += "/" + flags;
  }
  return out;
}

struct Case {
  const char* input;
  const char* expected;
};

TEST(TokenizerTest, SplitsWordsElisionsAndPunctuation) {
  const Case kCases[] = {
      {"Ce dimanche 27, le régime", "Ce|dimanche|27|,|le|régime"},
      {"l'aviation russe d'Assad", "l'|aviation|russe|d'|Assad"},
      {"l\u2019aviation qu\u2019il jusqu\u2019à", "l'|aviation|qu'|il|jusqu'|à"},
      {"L'EI s'était emparé, lorsqu'elle puisqu'on",
       "L'|EI|s'|était|emparé|,|lorsqu'|elle|puisqu'|on"},
      {"aujourd'hui et d'aujourd'hui", "aujourd'hui|et|d'|aujourd'hui"},
      {"presqu'île et presqu'entière", "presqu'île|et|presqu'|entière"},
      {"Ban Ki-moon, Bachar al-Assad, anti-terroriste, vingt-cinq",
       "Ban|Ki-moon|,|Bachar|al-Assad|,|anti-terroriste|,|vingt-cinq"},
      {"a-t-il dit ; semble-t-il, a-t-elle ajouté, dit-il, est-ce",
       "a|-t-il|dit|;|semble|-t-il|,|a|-t-elle|ajouté|,|dit|-il|,|est|-ce"},
      {"\u00ab Les unit\u00e9s \u00bb (OSDH).", "«|Les|unités|»|(|OSDH|)|."},
      {"\"le bilan\" \u201cclos\u201d", "\"|le|bilan|\"|\"|clos|\""},
      {"Attendez\u2026 non... vraiment", "Attendez|...|non|...|vraiment"},
      {"M. Poutine, M.Peskov, Mme Bokova", "M.|Poutine|,|M.|Peskov|,|Mme|Bokova"},
      {"le 3 janv. et p. 12, etc. Fin", "le|3|janv.|et|p.|12|,|etc.|Fin"},
      {"J. Smith et l'O.N.U. ici", "J.|Smith|et|l'|O.N.U.|ici"},
      {"le 1er mars, 24h sur 24, la 2e fois", "le|1er|mars|,|24|h|sur|24|,|la|2e|fois"},
      {"© Omar Sanadiki / 50 % de 20 €", "©|Omar|Sanadiki|/|50|%|de|20|€"},
      {"dun coup lagence", "dun|coup|lagence"},
      {"le 27/03/2016 et le 27.03.2016", "le|27|/|03|/|2016|et|le|27|.|03|.|2016"},
      {"", ""},
      {"  \n ", ""},
  };
  for (const Case& c : kCases) {
    EXPECT_EQ(Render(TokenizeText(c.input, 0, &French())), c.expected) << c.input;
  }
}

TEST(TokenizerTest, ReadsNumbersAndFlags) {
  const Case kCases[] = {
      {"10 000 morts", "10 000#10000 morts"},
      {"10\u00a0000 et 2\u202f500\u202f000", "10 000#10000 et 2 500 000#2.5e+06"},
      {"2,5 % puis 4.000 et 1,500 ou 1.500,25", "2,5#2.5 %/S puis 4.000#4000 et 1,500#1500 ou "
                                                "1.500,25#1500.25"},
      {"en 2000, 400 djihadistes", "en 2000#2000 ,/P 400#400 djihadistes"},
      {"en 2015 200 morts", "en 2015#2015 200#200 morts"},
      {"les 40 sorties, 158 objectifs", "les 40#40 sorties ,/P 158#158 objectifs"},
      {"3,14159 et 12 34", "3,14159#3.14159 et 12#12 34#34"},
      {"L'EI et Daech", "L'/CE EI/CA et Daech/C"},
      {"À LIRE AUSSI", "À/C LIRE/CA AUSSI/CA"},
      {"Ki-moon Gardiens", "Ki-moon/CH Gardiens/C"},
  };
  for (const Case& c : kCases) {
    EXPECT_EQ(RenderDetailed(TokenizeText(c.input, 0, &French())), c.expected) << c.input;
  }
}

TEST(TokenizerTest, LowerAndFoldForms) {
  const std::vector<Token> tokens =
      TokenizeText("Ça FÉVRIER Œuvre Choïgou naïve", 0, &French());
  std::string rendered;
  for (const Token& token : tokens) rendered += token.lower + "/" + token.fold + " ";
  EXPECT_EQ(rendered, "ça/ca février/fevrier œuvre/oeuvre choïgou/choigou naïve/naive ");
}

TEST(TokenizerTest, SpansAreRawBytesPlusOffset) {
  // U+202F thousands separator, curly apostrophe, ellipsis, decomposed accent.
  const std::string raw =
      "Selon l\u2019ONG, 10\u202f000 civils\u2026 Ce\u0301sar \u00ab\u00a0oui\u00a0\u00bb.";
  const uint32_t kOffset = 1000;
  const std::vector<Token> tokens = TokenizeText(raw, kOffset, &French());
  EXPECT_EQ(Render(tokens), "Selon|l'|ONG|,|10 000|civils|...|César|«|oui|»|.");
  uint32_t previous_end = kOffset;
  for (const Token& token : tokens) {
    ASSERT_LE(previous_end, token.span.begin) << token.norm;
    ASSERT_LT(token.span.begin, token.span.end) << token.norm;
    const std::string raw_text = raw.substr(token.span.begin - kOffset, token.span.size());
    // The raw text of the token normalises to the token's norm.
    EXPECT_EQ(Normalize(raw_text).text, token.norm) << token.norm;
    previous_end = token.span.end;
  }
  EXPECT_EQ(raw.substr(tokens[1].span.begin - kOffset, tokens[1].span.size()), "l\u2019");
  EXPECT_EQ(raw.substr(tokens[4].span.begin - kOffset, tokens[4].span.size()),
            "10\u202f000");
  EXPECT_EQ(raw.substr(tokens[7].span.begin - kOffset, tokens[7].span.size()), "Ce\u0301sar");
}

// An ellipsis right after an initial or an abbreviation: the word must not
// take the first of its dots, whose raw character is the whole '…' (found by
// fuzz_segment: the spans overlapped).
TEST(TokenizerTest, EllipsisAfterAnInitialOrAbbreviationStaysWhole) {
  const std::string raw = "M\u2026 etc\u2026 U.S\u2026 M. J.";
  const std::vector<Token> tokens = TokenizeText(raw, 0, &French());
  EXPECT_EQ(Render(tokens), "M|...|etc|...|U.|S|...|M.|J.");
  uint32_t previous_end = 0;
  for (const Token& token : tokens) {
    ASSERT_LE(previous_end, token.span.begin) << token.norm;
    EXPECT_EQ(Normalize(raw.substr(token.span.begin, token.span.size())).text, token.norm);
    previous_end = token.span.end;
  }
}

TEST(TokenizerTest, SpaceBeforeFlag) {
  const std::vector<Token> tokens = TokenizeText("Il dit : « non ».", 0, &French());
  std::string rendered;
  for (const Token& token : tokens) rendered += token.has(kSpaceBefore) ? "_" : "^";
  EXPECT_EQ(rendered, "^_____^");
}

TEST(TokenizerTest, DefaultLexiconIsFrenchAndEnglish) {
  EXPECT_EQ(Render(TokenizeText("l'armée de Mr. Smith")), "l'|armée|de|Mr.|Smith");
}

}  // namespace
}  // namespace recoupe
