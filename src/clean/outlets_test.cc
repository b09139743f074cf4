#include "clean/outlets.h"

#include <gtest/gtest.h>

namespace recoupe {
namespace {

OutletTable SmallTable() {
  OutletTable table;
  const Status s = table.Parse(
      "# recoupe-outlets 1\n"
      "franceinfo\tfranceinfo|France Info\tfrancetvinfo.fr\tRadio France\toutlet\n"
      "Radio France\tRadio France\tradiofrance.fr\t\toutlet\n"
      "RT France\tRT France\tfrancais.rt.com|rt.com/fr\tRT\toutlet\n"
      "RT\tRT|Russia Today\trt.com\t\toutlet\n",
      "test.tsv");
  EXPECT_TRUE(s.ok()) << s.message();
  return table;
}

TEST(OutletTable, FromUrlPrefersTheLongestDomain) {
  const OutletTable table = SmallTable();
  EXPECT_EQ(table.FromUrl("https://www.francetvinfo.fr/monde/syrie.html")->name, "franceinfo");
  EXPECT_EQ(table.FromUrl("https://francais.rt.com/international/1234")->name, "RT France");
  EXPECT_EQ(table.FromUrl("https://www.rt.com/fr/article")->name, "RT France");
  EXPECT_EQ(table.FromUrl("https://www.rt.com/news/1")->name, "RT");
  EXPECT_EQ(table.FromUrl("https://notrt.com/x"), nullptr);
}

TEST(OutletTable, MentionsAreWholeWordsAndTheChildWins) {
  const OutletTable table = SmallTable();
  const auto found = table.MentionedIn("Radio France ... votre compte franceinfo pour participer");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(table.MostSpecific(found)->name, "franceinfo");
  EXPECT_TRUE(table.MentionedIn("Le courtier a parlé de ARTS et de l'art").empty());
  const auto rt = table.MentionedIn("imputés à RT. ... de la part de RT France et de tiers");
  EXPECT_EQ(table.MostSpecific(rt)->name, "RT France");
}

TEST(OutletTable, ErrorsNameTheLine) {
  OutletTable table;
  EXPECT_EQ(table.Parse("franceinfo\tx\n", "o.tsv").message(),
            "o.tsv:1: expected the version line '# recoupe-outlets 1' first");
  EXPECT_EQ(table.Parse("# recoupe-outlets 1\n\tno name\n", "o.tsv").message(),
            "o.tsv:2: expected 'name<TAB>aliases<TAB>domains<TAB>parent<TAB>kind'");
}

}  // namespace
}  // namespace recoupe
