// The entities stage: person, organisation, armed group, place and media
// mentions of a document's body, resolved to canonical entities of the
// knowledge base and places of the gazetteer. Rules: docs/entities.md.
//
// Thread safety: immutable after Load; Annotate is const and may run on many
// documents at once.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "entities/knowledge_base.h"
#include "pattern/pattern_set.h"
#include "recoupe/document.h"
#include "recoupe/status.h"

namespace recoupe::entities {

class EntityStage {
 public:
  // Reads the knowledge base (<data_dir>/kb, <data_dir>/common/outlets.tsv),
  // the cue rules <data_dir>/<lang>/entities.patterns, and the gazetteer:
  // $RECOUPE_GAZETTEER, else <data_dir>/../build-data/gazetteer.tsv; without
  // a gazetteer the stage runs on the knowledge base alone.
  static Result<std::unique_ptr<EntityStage>> Load(const std::string& data_dir);
  // Same with an explicit gazetteer path ("" = none).
  static Result<std::unique_ptr<EntityStage>> Load(const std::string& data_dir,
                                                   const std::string& gazetteer_path);

  // Fills doc.entities from doc.tokens and doc.sentences (body tokens), in
  // text order, replacing what was there. Every mention has a type and a
  // name: the canonical name when resolved (kb_id set), else the normalised
  // surface.
  void Annotate(Document& doc) const;

  const KnowledgeBase& kb() const { return kb_; }

 private:
  EntityStage(KnowledgeBase kb, std::map<std::string, pattern::PatternSet, std::less<>> rules)
      : kb_(std::move(kb)), rules_(std::move(rules)) {}
  const pattern::PatternSet& RulesFor(std::string_view language) const;

  KnowledgeBase kb_;
  std::map<std::string, pattern::PatternSet, std::less<>> rules_;  // by language
};

}  // namespace recoupe::entities
