#include "segment/segmenter.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "segment/normalizer.h"
#include "segment/tokenizer.h"

namespace recoupe {
namespace {

const Segmenter& TheSegmenter() {
  static const Segmenter kSegmenter = [] {
    Result<Segmenter> loaded = Segmenter::Load(std::string(RECOUPE_SOURCE_DIR) + "/data");
    EXPECT_TRUE(loaded.ok()) << loaded.status().message();
    return std::move(loaded).value();
  }();
  return kSegmenter;
}

// "[first sentence][second sentence]" for the raw text of each sentence.
std::string RenderSentences(std::string_view text, std::string_view language = "fr") {
  const Abbreviations& lexicon = TheSegmenter().LexiconFor(language);
  const std::vector<Token> tokens = TokenizeText(text, 0, &lexicon);
  std::string out;
  for (const SentenceBounds& s : SplitSentences(tokens, lexicon)) {
    const uint32_t begin = tokens[s.first_token].span.begin;
    out += "[" + std::string(text.substr(begin, tokens[s.end_token - 1].span.end - begin)) + "]";
  }
  return out;
}

struct Case {
  const char* text;
  const char* expected;
};

TEST(SegmenterTest, SplitsSentences) {
  const Case kCases[] = {
      {"Il est parti. Elle reste.", "[Il est parti.][Elle reste.]"},
      {"Vraiment ? Oui ! Non... Peut-\u00eatre.", "[Vraiment ?][Oui !][Non...][Peut-\u00eatre.]"},
      {"Il a dit non. puis il est parti.", "[Il a dit non. puis il est parti.]"},
      {"Le bilan est lourd. 400 morts selon l'OSDH.",
       "[Le bilan est lourd.][400 morts selon l'OSDH.]"},
      {"Il l'a dit. \u00ab Nous partons. \u00bb", "[Il l'a dit.][\u00ab Nous partons. \u00bb]"},
      {"Il l'a dit. L\u2019arm\u00e9e avance.", "[Il l'a dit.][L\u2019arm\u00e9e avance.]"},
      {"M. Poutine a appel\u00e9 M. Assad. Le Kremlin confirme.",
       "[M. Poutine a appel\u00e9 M. Assad.][Le Kremlin confirme.]"},
      {"Selon M.Peskov, tout va bien.", "[Selon M.Peskov, tout va bien.]"},
      {"J. Smith et Dr. Watson sont arriv\u00e9s le 3 janv. Ensuite ils repartent.",
       "[J. Smith et Dr. Watson sont arriv\u00e9s le 3 janv. Ensuite ils repartent.]"},
      {"Des chars, des avions, etc. Le reste suit.",
       "[Des chars, des avions, etc.][Le reste suit.]"},
      {"\u00ab Nous avons repris la ville. Les mines sont d\u00e9samorc\u00e9es \u00bb, "
       "explique l'OSDH. La suite.",
       "[\u00ab Nous avons repris la ville. Les mines sont d\u00e9samorc\u00e9es \u00bb, "
       "explique l'OSDH.][La suite.]"},
      {"Il d\u00e9clare : \"C'est fini. Nous rentrons.\" Puis il part.",
       "[Il d\u00e9clare : \"C'est fini. Nous rentrons.\"][Puis il part.]"},
      {"\u00ab C'est fini ! \u00bb a-t-il lanc\u00e9.",
       "[\u00ab C'est fini ! \u00bb a-t-il lanc\u00e9.]"},
      {"(Voir plus haut.) Le reste.", "[(Voir plus haut.)][Le reste.]"},
      {"Palmyre une cit\u00e9 vieille de 2000 ans", "[Palmyre une cit\u00e9 vieille de 2000 ans]"},
      {"", ""},
  };
  for (const Case& c : kCases) EXPECT_EQ(RenderSentences(c.text), c.expected) << c.text;
}

TEST(SegmenterTest, RunOnTextIsCutAtClauseBoundaries) {
  // 600 words and 60 commas with no full stop: cut into sentences of at most
  // kMaxSentenceTokens tokens, each ending on a comma, none of them empty.
  std::string text;
  for (int i = 0; i < 60; ++i) text += "les troupes avancent vers la ville selon les sources locales, ";
  const Abbreviations& lexicon = TheSegmenter().LexiconFor("fr");
  const std::vector<Token> tokens = TokenizeText(text, 0, &lexicon);
  const std::vector<SentenceBounds> sentences = SplitSentences(tokens, lexicon);
  ASSERT_GT(sentences.size(), 2u);
  uint32_t expected_first = 0;
  for (size_t s = 0; s < sentences.size(); ++s) {
    EXPECT_EQ(sentences[s].first_token, expected_first);
    EXPECT_LE(sentences[s].end_token - sentences[s].first_token, kMaxSentenceTokens);
    EXPECT_GT(sentences[s].end_token, sentences[s].first_token);
    if (s + 1 < sentences.size()) EXPECT_EQ(tokens[sentences[s].end_token - 1].norm, ",");
    expected_first = sentences[s].end_token;
  }
  EXPECT_EQ(expected_first, tokens.size());
  // Without any comma the cut falls at the limit.
  std::string words;
  for (int i = 0; i < 700; ++i) words += "mot ";
  const std::vector<Token> plain = TokenizeText(words, 0, &lexicon);
  const std::vector<SentenceBounds> cut = SplitSentences(plain, lexicon);
  ASSERT_EQ(cut.size(), 3u);
  EXPECT_EQ(cut[0].end_token, kMaxSentenceTokens);
}

TEST(SegmenterTest, EnglishAbbreviations) {
  EXPECT_EQ(RenderSentences("Mr. Smith met Gen. Lee in the U.S. capital. They talked.", "en"),
            "[Mr. Smith met Gen. Lee in the U.S. capital.][They talked.]");
}

Document MakeDocument(const std::string& raw) {
  Document doc;
  doc.raw = raw;
  doc.language = "fr";
  uint32_t begin = 0;
  while (begin < raw.size()) {
    size_t end = raw.find('\n', begin);
    if (end == std::string::npos) end = raw.size();
    Block block;
    block.span = {begin, static_cast<uint32_t>(end)};
    block.kind = doc.blocks.empty() ? BlockKind::kTitle : BlockKind::kBody;
    if (raw.compare(begin, 13, "\u00c0 LIRE AUSSI") == 0) block.kind = BlockKind::kRelated;
    if (block.span.size() > 0) doc.blocks.push_back(block);
    begin = static_cast<uint32_t>(end + 1);
  }
  doc.blocks.front().kind = BlockKind::kHeading;  // a heading is body text
  return doc;
}

// The document-level contract: spans point into raw, sentences partition the
// tokens of each body block, non-body blocks are skipped.
TEST(SegmenterTest, SegmentsBodyBlocksOfADocument) {
  Document doc = MakeDocument(
      "Syrie\u00a0: l\u2019arm\u00e9e reprend Palmyre\n"
      "\u00c0 LIRE AUSSI\n"
      "Ce dimanche 27, le r\u00e9gime a annonc\u00e9 la reprise. Selon l\u2019OSDH, "
      "10\u202f000 civils ont fui\u2026 Les combats continuent.\n"
      "Le bilan\u00a0? \u00ab\u00a0Lourd\u00a0\u00bb, dit-il.");
  TheSegmenter().Segment(doc);
  std::string rendered;
  for (const Sentence& sentence : doc.sentences) {
    rendered += std::to_string(sentence.block) + "[" + std::string(doc.text(sentence.span)) + "]";
  }
  EXPECT_EQ(rendered,
            "0[Syrie\u00a0: l\u2019arm\u00e9e reprend Palmyre]"
            "2[Ce dimanche 27, le r\u00e9gime a annonc\u00e9 la reprise.]"
            "2[Selon l\u2019OSDH, 10\u202f000 civils ont fui\u2026]"
            "2[Les combats continuent.]"
            "3[Le bilan\u00a0?]"
            "3[\u00ab\u00a0Lourd\u00a0\u00bb, dit-il.]");
  uint32_t expected_first = 0;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    EXPECT_EQ(sentence.first_token, expected_first);
    expected_first = sentence.end_token;
    for (uint32_t t = sentence.first_token; t < sentence.end_token; ++t) {
      EXPECT_EQ(doc.tokens[t].sentence, s);
      EXPECT_EQ(doc.tokens[t].has(kSentenceInitial), t == sentence.first_token);
    }
  }
  EXPECT_EQ(expected_first, doc.tokens.size());
  for (const Token& token : doc.tokens) {
    ASSERT_LE(token.span.end, doc.raw.size());
    EXPECT_EQ(Normalize(doc.text(token.span)).text, token.norm);
  }
}

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// THE OFFSET INVARIANT on real scraped articles: every token's raw text
// normalises to its norm, spans increase, stay in their block and on
// character boundaries.
TEST(SegmenterTest, OffsetInvariantOnSeedArticles) {
  const std::filesystem::path seeds = std::filesystem::path(RECOUPE_SOURCE_DIR) /
                                      ".." / "shared" / "corpus" / "seeds";
  if (!std::filesystem::is_directory(seeds)) GTEST_SKIP() << "no seed corpus at " << seeds;
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(seeds)) {
    if (entry.path().extension() != ".txt") continue;
    ++files;
    Document doc = MakeDocument(ReadFile(entry.path()));
    TheSegmenter().Segment(doc);
    ASSERT_FALSE(doc.tokens.empty()) << entry.path();
    uint32_t previous_end = 0;
    for (const Token& token : doc.tokens) {
      const Block& block = doc.blocks[doc.sentences[token.sentence].block];
      ASSERT_LE(previous_end, token.span.begin) << entry.path() << " " << token.norm;
      ASSERT_LE(block.span.begin, token.span.begin);
      ASSERT_LE(token.span.end, block.span.end);
      ASSERT_NE(static_cast<unsigned char>(doc.raw[token.span.begin]) & 0xC0, 0x80);
      EXPECT_EQ(Normalize(doc.text(token.span)).text, token.norm) << entry.path();
      previous_end = token.span.end;
    }
  }
  EXPECT_GT(files, 0);
}

TEST(SegmenterTest, SentencesOfASeedParagraph) {
  const std::filesystem::path path = std::filesystem::path(RECOUPE_SOURCE_DIR) / ".." /
                                     "shared" / "corpus" / "seeds" /
                                     "001_4cb14d4706432b3e.txt";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "no seed article at " << path;
  const std::string text = ReadFile(path);
  // The paragraph about the Russian army: three sentences.
  const size_t begin = text.find("Les troupes fid");
  ASSERT_NE(begin, std::string::npos);
  const std::string paragraph = text.substr(begin, text.find('\n', begin) - begin);
  const Abbreviations& lexicon = TheSegmenter().LexiconFor("fr");
  const std::vector<Token> tokens = TokenizeText(paragraph, 0, &lexicon);
  EXPECT_EQ(SplitSentences(tokens, lexicon).size(), 3u);
}

TEST(SegmenterTest, LoadReportsMissingDirectory) {
  Result<Segmenter> loaded = Segmenter::Load("/nonexistent/recoupe-data");
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.status().message().find("/nonexistent/recoupe-data"), std::string::npos);
}

TEST(AbbreviationsTest, ParseErrorsNameFileAndLine) {
  const Case kCases[] = {
      {"wrong header\n", "f.txt:1: expected the version line 'recoupe-abbreviations 1'"},
      {"recoupe-abbreviations 1\n[abbreviations]\nM\n", "f.txt:3: expected one word ending"},
      {"recoupe-abbreviations 1\nM.\n", "f.txt:2: expected an entry inside a known section"},
      {"recoupe-abbreviations 1\n[elisions]\nl\n", "f.txt:3: expected an elision"},
  };
  for (const Case& c : kCases) {
    Result<Abbreviations> parsed = Abbreviations::Parse(c.text, "f.txt");
    ASSERT_FALSE(parsed.ok()) << c.text;
    EXPECT_EQ(parsed.status().message().rfind(c.expected, 0), 0u) << parsed.status().message();
  }
}

}  // namespace
}  // namespace recoupe
