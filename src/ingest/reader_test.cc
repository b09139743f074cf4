#include "ingest/reader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace recoupe {
namespace {

namespace fs = std::filesystem;

class ReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("recoupe-reader-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& bytes) {
    const fs::path path = dir_ / name;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << bytes;
    return path.string();
  }
  // Reads `path` and renders documents and errors on one line each.
  std::vector<std::string> ReadAll(const std::string& path, IngestOptions options = {}) {
    std::vector<std::string> out;
    InputFile input{path, FormatFromExtension(path)};
    ReadInputFile(
        input, options,
        [&](Document d) {
          out.push_back("doc " + d.id + (d.line ? ":" + std::to_string(*d.line) : "") + " " +
                        (d.kind == InputKind::kHtml ? "html" : "text") + " " + d.source_encoding);
        },
        [&](IngestError e) {
          out.push_back("error " + (e.line ? std::to_string(*e.line) : std::string("-")) + " " +
                        e.message);
        });
    return out;
  }
  fs::path dir_;
};

TEST_F(ReaderTest, ListsDirectoriesRecursivelyInStableOrder) {
  Write("b/2.txt", "deux");
  Write("a.html", "<p>un</p>");
  Write("b/1.jsonl", "{}");
  Write("notes.md", "ignored");
  const InputListing listing = ListInputs({dir_.string(), (dir_ / "absent.txt").string()});
  std::vector<std::string> names;
  for (const InputFile& f : listing.files) names.push_back(fs::relative(f.path, dir_).string());
  EXPECT_EQ(names, (std::vector<std::string>{"a.html", "b/1.jsonl", "b/2.txt"}));
  ASSERT_EQ(listing.missing.size(), 1u);
  EXPECT_NE(listing.missing[0].ToString().find("absent.txt: no such file"), std::string::npos);
}

TEST_F(ReaderTest, JsonlBadLinesAreReportedAndTheRestGoesOn) {
  const std::string path = Write("batch.jsonl",
                                 "{\"id\":\"a\",\"text\":\"Texte un.\"}\n"
                                 "{\"id\":\"b\",\"text\":\"cass\xC3\n"
                                 "[1,2]\n"
                                 "\n"
                                 "{\"id\":\"d\"}\n"
                                 "{\"id\":\"e\",\"html\":\"<p>Page</p>\",\"url\":\"http://x.fr/a\"}\n");
  EXPECT_EQ(ReadAll(path), (std::vector<std::string>{
                               "doc a:1 text utf-8",
                               "error 2 not valid JSON (expected one JSON object per line)",
                               "error 3 expected a JSON object with \"id\" and \"text\" or \"html\"",
                               "error 5 expected a string field \"text\" or \"html\"",
                               "doc e:6 html utf-8",
                           }));
}

TEST_F(ReaderTest, DeeplyNestedJsonlLinesAreRefused) {
  const std::string path =
      Write("deep.jsonl", "{\"id\":\"a\",\"text\":\"Texte.\",\"x\":" + std::string(5000, '[') +
                              std::string(5000, ']') + "}\n{\"id\":\"b\",\"text\":\"Deux.\"}\n");
  EXPECT_EQ(ReadAll(path), (std::vector<std::string>{"error 1 JSON nested deeper than 64 levels",
                                                     "doc b:2 text utf-8"}));
}

TEST(RenameDuplicateIds, LaterDocumentsTakeTheNextFreeSuffix) {
  std::vector<Document> docs(4);
  const char* ids[] = {"article", "article", "article-2", "article"};
  const char* paths[] = {"a/article.txt", "b/article.txt", "c/article-2.txt", "d/article.txt"};
  for (size_t i = 0; i < docs.size(); ++i) {
    docs[i].id = ids[i];
    docs[i].path = paths[i];
  }
  RenameDuplicateIds(docs);
  EXPECT_EQ(docs[0].id, "article");
  EXPECT_EQ(docs[1].id, "article-3");  // article-2 is c's own id
  EXPECT_EQ(docs[2].id, "article-2");
  EXPECT_EQ(docs[3].id, "article-4");
  EXPECT_TRUE(docs[0].warnings.empty());
  ASSERT_EQ(docs[1].warnings.size(), 1u);
  EXPECT_EQ(docs[1].warnings[0].code, "duplicate_id");
  EXPECT_NE(docs[1].warnings[0].message.find("a/article.txt"), std::string::npos);
}

TEST_F(ReaderTest, EmptyBinaryAndOversizedFilesAreErrors) {
  EXPECT_EQ(ReadAll(Write("empty.txt", "")),
            (std::vector<std::string>{"error - empty document (no text)"}));
  EXPECT_EQ(ReadAll(Write("blank.txt", " \n\t\n")),
            (std::vector<std::string>{"error - empty document (no text)"}));
  EXPECT_EQ(ReadAll(Write("image.txt", std::string("\x89PNG\r\n\x1a\n\0\0", 10))),
            (std::vector<std::string>{"error - binary data, not text (NUL byte at offset 8)"}));
  IngestOptions small;
  small.max_document_bytes = 1024;
  const auto big = ReadAll(Write("big.txt", std::string(4096, 'a')), small);
  ASSERT_EQ(big.size(), 1u);
  EXPECT_NE(big[0].find("is 4.0 KiB, over the 1.0 KiB limit"), std::string::npos) << big[0];
}

TEST_F(ReaderTest, Windows1252FallsBackWithAWarning) {
  Result<Document> doc = MakeDocument("x", "x.txt", "L'arm\xE9" "e syrienne", InputKind::kText, {});
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->raw, "L'armée syrienne");
  EXPECT_EQ(doc->source_encoding, "windows-1252");
  ASSERT_EQ(doc->warnings.size(), 1u);
  EXPECT_EQ(doc->warnings[0].code, "encoding_fallback");
}

TEST(SniffFormat, FromContent) {
  EXPECT_EQ(SniffFormat("<!DOCTYPE html><html>"), FileFormat::kHtml);
  EXPECT_EQ(SniffFormat("\xEF\xBB\xBF  <html lang=fr>"), FileFormat::kHtml);
  EXPECT_EQ(SniffFormat("{\"id\":\"1\",\"text\":\"t\"}\n{\"id\":2}"), FileFormat::kJsonl);
  EXPECT_EQ(SniffFormat("{ pas du json"), FileFormat::kText);
  EXPECT_EQ(SniffFormat("<3 Palmyre"), FileFormat::kText);
}

}  // namespace
}  // namespace recoupe
