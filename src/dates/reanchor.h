// Re-anchoring: resolving a relative date mention again once its
// publication day is known, without the document's tokens. The dates stage
// stores in DateMention::relative a recipe (what the expression says that
// the anchor day decides: weekday, day offset, period, tense, ...); the
// corpus stage, when it learns a document's publication day from other
// documents, calls ReanchorDate. Pure functions, thread-safe.
//
// Recipe format (internal, stable within one build): the resolution op,
// then `;key=value` fields, e.g. "weekday;wd=7;tense=past" (a bare
// "dimanche" told in the past), "offset;n=2;unit=D;sign=-1" ("il y a deux
// jours"), "abs;d=7;m=3;tense=past" ("le 7 mars" without a year).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "dates/date_resolve.h"
#include "recoupe/annotations.h"

namespace recoupe {
namespace dates {

// True when the value of `spec` depends on the anchor (publication) day:
// weekdays, "hier", offsets, periods, vague spans, and day-month dates,
// months and feasts said without a year. Chained expressions ("le
// lendemain") depend on another mention and are not anchor-dependent here.
bool DependsOnAnchor(const DateSpec& spec);

// The recipe of `spec` (see above); "" when !DependsOnAnchor(spec).
std::string RelativeRecipe(const DateSpec& spec);

// The DateSpec a recipe describes; nullopt for "" or a malformed recipe.
std::optional<DateSpec> SpecFromRecipe(std::string_view recipe);

}  // namespace dates

// The value `mention` takes when its document was published on
// `anchor_day` (YYYY-MM-DD): the same value the dates stage would give with
// that publication date. "" when the mention has no recipe, the anchor is
// not a valid day, or the expression names no real day from that anchor.
std::string ReanchorDate(const DateMention& mention, std::string_view anchor_day);

}  // namespace recoupe
