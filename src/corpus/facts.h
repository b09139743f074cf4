// Facts: the figures of one event that count the same thing, reconciled.
//
// Alignment: figures of one event with the same `what` and `who.class`,
// compatible sides (one may be unknown) and compatible scopes (one may be
// unstated) join one fact when their central values are within a factor of
// kSameQuantityRatio; a figure joins the nearest such fact, but never one
// holding a figure of the same sentence (the items of an enumeration, "quatre
// chars, trois systèmes d'artillerie", are different things).
// Witnesses: reports from one document, naming the same source, or from
// documents that share copied text, go back to one witness.
// Estimate: low = the least lower bound, high = the greatest upper bound
// (open when a witness gives only a lower bound above every upper bound),
// best = the median (or, conservatively, the least) of the witnesses'
// central values, each witness's central value preferring its exact figures.
// Status: single (one report), agree (every report exact and equal),
// compatible (the reports' tolerance intervals share a value: approximate
// counts ±kApproxTolerance, or on one side when the wording leans, lower
// bounds open above), conflict otherwise.
// Vague counts ("des dizaines") align by the geometric middle of their
// range and widen low/high, but never make the best value.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "recoupe/crosscheck.h"
#include "recoupe/dossier.h"

namespace recoupe::corpus {

inline constexpr double kSameQuantityRatio = 2.0;
inline constexpr double kApproxTolerance = 0.1;

// One figure to align, with the event it belongs to and the time it covers.
struct FigureRef {
  uint32_t document = 0;  // index in the dossier
  uint32_t figure = 0;    // index in Document::figures
  uint32_t event = 0;     // index in Dossier::events
  std::optional<std::string> scope;  // "P1D", "R/P1D" or unstated
  uint32_t sentence = 0;  // raw offset where the figure's sentence begins
  // For an approximate figure: -1 when its wording puts the value a little
  // under the number ("près de 190", "nearly"), +1 a little over, 0 either.
  int leaning = 0;
};

// Whether a figure says something a fact can be made of: it counts people,
// aircraft or things something happened to (not a distance or an area).
bool IsFactFigure(const Figure& figure);

// Aligns and reconciles `figures`, in the order given. `linked_documents`:
// pairs of documents that share copied text; documents joined by such pairs,
// directly or through other copies, count as one witness. Fact ids are "f-1", ... in
// order of event, then of first report.
std::vector<Fact> ReconcileFacts(const Dossier& dossier, const std::vector<FigureRef>& figures,
                                 const std::vector<std::pair<uint32_t, uint32_t>>& linked_documents,
                                 EstimateRule rule);

}  // namespace recoupe::corpus
