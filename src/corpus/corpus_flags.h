// Flags the corpus stage raises between documents.
#pragma once

#include <vector>

#include "recoupe/dossier.h"

namespace recoupe::corpus {

// One copied_text flag per pair of documents sharing text, on the copy (the
// document that is not the likely original; the second when unknown), at its
// first shared passage.
std::vector<DossierFlag> CopiedTextFlags(const Dossier& dossier);

// One cross_source_conflict flag per fact in conflict, on the report
// furthest from the estimate, related to the other documents.
std::vector<DossierFlag> FactConflictFlags(const Dossier& dossier);

}  // namespace recoupe::corpus
