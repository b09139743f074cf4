// What a reader should check, as schema.org ClaimReview (JSON-LD) that
// fact-checking sites and search engines read (docs/exports.md): one
// ClaimReview per fact whose reports conflict, and one per flag a reader
// should check (cross-source conflicts, dates the calendar contradicts,
// tolls no one is credited for). Each reviews a document's own words (the
// claim), names who it is credited to and where it appeared (the document's
// URL and outlet), and states the verdict in words in reviewRating
// (alternateName), with no numeric rating: recoupe compares sources, it
// does not rule on truth.
#pragma once

#include <string>

#include "recoupe/dossier.h"

namespace recoupe {

std::string RenderClaimReview(const Dossier& dossier);

}  // namespace recoupe
