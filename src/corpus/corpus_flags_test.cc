#include "corpus/corpus_flags.h"

#include <gtest/gtest.h>

namespace recoupe::corpus {
namespace {

FactReport Report(const std::string& document, uint32_t begin, std::optional<std::string> source) {
  FactReport r;
  r.document = document;
  r.begin = begin;
  r.end = begin + 2;
  r.low = r.high = 73;
  r.source = std::move(source);
  return r;
}

// "Au moins 73 soldats tués" in the lead, "73 soldats ont été tués, selon
// le ministère" in the body: the lead's figure is credited by its own text.
TEST(DocumentFlags, AFigureTheSameDocumentCreditsElsewhereIsNotUnattributed) {
  Dossier dossier;
  Document doc;
  doc.id = "lead-and-body";
  doc.flags.push_back({"unattributed_figure", 10, 12, "no source"});   // credited in the body
  doc.flags.push_back({"unattributed_figure", 300, 302, "no source"});  // credited nowhere
  doc.flags.push_back({"weekday_mismatch", 50, 58, "Tuesday is not 12 May"});
  dossier.documents.push_back(doc);
  Fact credited;
  credited.reports = {Report("lead-and-body", 10, std::nullopt),
                      Report("lead-and-body", 120, std::string("the ministry"))};
  Fact alone;
  alone.reports = {Report("lead-and-body", 300, std::nullopt),
                   Report("another-outlet", 40, std::string("the army"))};
  dossier.facts = {credited, alone};

  const std::vector<DossierFlag> flags = DocumentFlags(dossier);
  ASSERT_EQ(flags.size(), 2u);
  EXPECT_EQ(flags[0].kind, "unattributed_figure");
  EXPECT_EQ(flags[0].begin, 300u);  // another outlet's source does not credit this text
  EXPECT_EQ(flags[1].kind, "weekday_mismatch");
}

}  // namespace
}  // namespace recoupe::corpus
