// Flags the corpus stage raises between documents.
#pragma once

#include <vector>

#include "recoupe/dossier.h"

namespace recoupe::corpus {

// One copied_text flag per pair of documents sharing text, on the copy (the
// document that is not the likely original; when unknown, the one whose
// text hashes higher, never one chosen by input order), at its
// first shared passage.
std::vector<DossierFlag> CopiedTextFlags(const Dossier& dossier);

// One cross_source_conflict flag per fact in conflict, on the report
// furthest from the estimate, related to the other documents.
// Every document's own flags, but an `unattributed_figure` whose figure is a
// report of a fact that another report of the same document credits to a
// source (the lead gives the toll, the body says who counted it): the text
// does credit somebody.
std::vector<DossierFlag> DocumentFlags(const Dossier& dossier);

std::vector<DossierFlag> FactConflictFlags(const Dossier& dossier);

}  // namespace recoupe::corpus
