// who.actor of a figure: the side the counted people belong to, or for raids
// and targets hit the side that struck (CONTRACT.md). It comes from the
// entities stage's mentions (doc.entities), the side words next to the
// figure's noun (<lang>/figure-sides.patterns), the national armies table
// (data/common/figure-armies.tsv) and the knowledge base's classes
// (data/kb). First that applies:
//
// 1. raids, targets hit: the nearest armed group named before the figure in
//    its sentence ("L'aviation russe a effectué 40 raids"), inferred;
// 2. an armed group or organisation named in the phrase or right after its
//    noun ("combattants de l'EI"); a government organisation stands for its
//    state's army ("troupes du régime syrien" → Syrian Arab Army);
// 3. side words next to the noun: for soldiers, a national adjective names
//    that state's army ("soldats syriens", "Syrian troops"); a government
//    word names the army of the article's state ("forces gouvernementales",
//    "Du côté des forces loyalistes", "pro-government fighters");
// 4. the context, marked actor_inferred: civilians and people have none;
//    soldiers belong to the army of the article's state; fighters to an
//    armed group of the kind their noun names ("djihadistes", "militants":
//    jihadist groups) named last before them in their paragraph, else the
//    one of that kind the article names most; fighters of no kind
//    ("combattants") to the armed group the article names most (at least
//    twice, and twice as often as any other).
//
// Materiel and aircraft: a national or military word next to the noun names
// a state's army ("16 véhicules militaires"), a kind of fighters the group
// ("deux véhicules kamikazes"); aircraft with neither belong to the army of
// the article's state, inferred.
//
// who.class is refined too: a count with no noun of its own (its class
// carried from further away, if any, yields) or of people with only a
// casualty noun ("12 were wounded", "quatre disparus"), right after soldiers
// or fighters in its sentence (or, for people with no noun, in its
// paragraph's previous sentence) counts the same side; people sheltering,
// fleeing, evacuated or rescued ("personnes qui s'y étaient réfugiées"), and
// hostages, are civilians.
//
// The article's state is the country most of its place mentions, state
// forces and national adjectives point to. Details: docs/figures.md.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "entities/knowledge_base.h"
#include "figures/figure_linker.h"
#include "recoupe/document.h"
#include "recoupe/status.h"

namespace recoupe {

struct SideData {
  entities::KnowledgeBase kb;
  std::map<std::string, std::string, std::less<>> armies;  // ISO country → canonical army
  std::map<std::string, uint32_t, std::less<>> by_name;    // canonical name → kb.entities()

  // The knowledge-base entity of a canonical name (EntityMention::name), or nullptr.
  const entities::Entity* Named(std::string_view name) const;

  // Reads <data_dir>/kb (no gazetteer) and <data_dir>/common/figure-armies.tsv;
  // an army the knowledge base does not hold as an armed group of its
  // country is an error naming the line.
  static Result<SideData> Load(const std::string& data_dir);
};

// The side resolution of one document. REQUIRES: doc and data outlive it.
class DocumentSides {
 public:
  DocumentSides(const Document& doc, const SideData& data) : doc_(doc), data_(data) {}

  // Sets figure->who_actor and figure->actor_inferred for the linked figure
  // `f` (its what and who_class already set) and refines who_class; `sides`
  // is the document language's figure-sides.patterns. Call it on the
  // document's figures in text order: a count may carry on the side of the
  // one before it.
  void Resolve(const LinkedFigure& f, const pattern::PatternSet& sides, Figure* figure);

 private:
  struct Group {  // an armed group mention with its knowledge-base class
    const EntityMention* mention;
    std::string_view klass;
  };
  struct Counted {  // the last figure resolved: where it is and whose side
    uint32_t sentence = 0;
    std::string who_class;
    std::optional<std::string> actor;
  };

  void ResolveActor(const LinkedFigure& f, const pattern::PatternSet& sides, Figure* figure);
  bool CarriesSideOn(const LinkedFigure& f, bool casualty_noun, Figure* figure) const;
  const std::string* ArmyOf(std::string_view country) const;
  const std::string* ArmyOfArticle(const pattern::PatternSet& sides);
  const std::vector<Group>& Groups();
  std::optional<std::string> GroupOfKind(std::string_view kind, uint32_t figure_begin);

  const Document& doc_;
  const SideData& data_;
  std::optional<std::string> country_;  // of the article, once computed
  bool country_known_ = false;
  std::vector<Group> groups_;
  bool groups_known_ = false;
  std::optional<Counted> previous_;
};

}  // namespace recoupe
