// A batch-level guess of the outlet of documents that never name it, from
// house style: each outlet's pages share typographic habits (curly or straight
// apostrophes, « tight » or « spaced » guillemets, straight double quotes,
// blank lines between paragraphs). A document without an outlet takes the
// outlet of the batch documents whose style it matches exactly, when no other
// outlet comes close. The guess is marked (outlet basis "style").
#pragma once

#include <array>
#include <vector>

#include "recoupe/document.h"

namespace recoupe {

// Each feature is a small category; 0 means "no evidence" and never counts
// as a match or a mismatch.
struct HouseStyle {
  static constexpr size_t kFeatures = 4;
  std::array<int, kFeatures> feature{};
  int evidence() const;  // features with evidence
};

// REQUIRES: doc cleaned (blocks classified).
HouseStyle HouseStyleOf(const Document& doc);

// Features on which both styles have evidence and differ.
int StyleDistance(const HouseStyle& a, const HouseStyle& b);

// Fills meta.outlet (basis "style") of documents that have none, when the
// evidence is clear: an exact match on at least three features with the
// documents of one outlet, and every other outlet at distance two or more.
void GuessOutletsFromStyle(std::vector<Document>& docs);

}  // namespace recoupe
