// Reading back the corpus stage's pieces of the JSON dossier, as the store
// keeps them (render/json_parts.h writes them). The quoted texts ("text",
// "text_a", ...) are not read: they are spans of the documents.
#pragma once

#include "recoupe/dossier.h"
#include "recoupe/status.h"
#include "render/json_parts.h"

namespace recoupe::store {

Result<Event> ReadEvent(const json::Json& event);
Result<Fact> ReadFact(const json::Json& fact);
Result<DossierFlag> ReadFlag(const json::Json& flag);
Result<Reuse> ReadReuse(const json::Json& reuse);
Result<TimelineEntry> ReadTimelineEntry(const json::Json& entry);

}  // namespace recoupe::store
