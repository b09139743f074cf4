// The dates of the five seed articles (../shared/corpus/seeds), as the
// shared SEEDS-READING.md resolves them: every listed date with its value,
// the inferred publication dates, and the three date flags where the page
// says and nowhere else. Skips when the shared corpus is absent.
#include <gtest/gtest.h>

#include <algorithm>

#include <memory>
#include <string>
#include <vector>

#include "dates/date_stage.h"
#include "dates/reanchor.h"
#include "recoupe/pipeline.h"
#include "test_support.h"

namespace recoupe {
namespace {

using recoupe::testing::SeedsDir;

class SeedDatesTest : public recoupe::testing::SeedsTestBase {
 protected:
  static const Document& Find(const std::string& prefix) {
    for (const Document& doc : dossier_->documents) {
      if (doc.id.rfind(prefix, 0) == 0) return doc;
    }
    ADD_FAILURE() << "no document " << prefix;
    static const Document empty;
    return empty;
  }
  // "text[value]" of every date mention, for messages.
  static std::string Rendering(const Document& doc) {
    std::string out;
    for (const DateMention& d : doc.dates) {
      out += std::string(doc.text({d.begin, d.end})) + "[" + d.value +
             (d.duration ? " " + *d.duration : "") + "] ";
    }
    return out;
  }
};


struct DateCase {
  const char* doc;
  const char* text;   // the mention's text, exactly
  const char* value;  // DateMention::value
};

TEST_F(SeedDatesTest, EveryListedDateHasItsValue) {
  const DateCase cases[] = {
      {"001", "le 7 mars", "2016-03-07"},
      {"004", "le 7 mars dernier", "2016-03-07"},
      {"001", "en mai 2015", "2015-05"},
      {"002", "En mai 2015", "2015-05"},
      {"001", "Ce dimanche 27", "2016-03-27"},
      {"004", "samedi dernier", "2016-03-26"},
      {"003", "le 14 mars", "2016-03-14"},
      {"004", "voici deux semaines", "2016-03-13"},  // 14 days before publication
      {"003", "le 15 mars", "2016-03-15"},
      {"003", "le 17 mars", "2016-03-17"},
      {"002", "le 8 décembre", "2016-12-08"},
      {"002", "le 10 décembre", "2016-12-10"},
      {"002", "dans la matinée du 11 décembre", "2016-12-11"},
      {"002", "En mars dernier", "2016-03"},
      {"002", "Neuf mois plus tard", "2016-12"},
      {"003", "le 30 septembre 2016", "2016-09-30"},
      {"004", "en janvier 2015", "2015-01"},
      {"004", "le mois dernier", "2016-02"},
  };
  for (const DateCase& c : cases) {
    const Document& doc = Find(c.doc);
    bool found = false;
    for (const DateMention& d : doc.dates) {
      if (doc.text({d.begin, d.end}) == c.text) {
        found = true;
        EXPECT_EQ(d.value, c.value) << c.doc << ": " << c.text;
      }
    }
    EXPECT_TRUE(found) << c.doc << ": no mention '" << c.text << "' in " << Rendering(doc);
  }
}

TEST_F(SeedDatesTest, DurationsAreIsoDurations) {
  const DateCase cases[] = {
      {"000", "trois semaines", "P3W"},
      {"004", "trois semaines", "P3W"},
      {"004", "une vingtaine de jours", "P20D"},
      {"001", "24 heures", "PT24H"},
  };
  for (const DateCase& c : cases) {
    const Document& doc = Find(c.doc);
    bool found = false;
    for (const DateMention& d : doc.dates) {
      if (doc.text({d.begin, d.end}).find(c.text) != std::string_view::npos && d.duration) {
        found = true;
        EXPECT_EQ(*d.duration, c.value) << c.doc << ": " << c.text;
        EXPECT_EQ(d.kind, "duration");
      }
    }
    EXPECT_TRUE(found) << c.doc << ": no duration '" << c.text << "' in " << Rendering(doc);
  }
}

TEST_F(SeedDatesTest, PublicationDatesAreInferred) {
  struct PubCase {
    const char* doc;
    const char* earliest;  // "" = open
    const char* latest;
  };
  const PubCase cases[] = {
      {"001", "2016-03-27", "2016-03-28"},
      {"002", "2016-12-11", "2016-12-31"},
      {"003", "2016-03-17", "2016-04-14"},
      {"004", "2016-03-27", "2016-06-07"},
      {"000", "", "2018-11-22"},
  };
  for (const PubCase& c : cases) {
    const Document& doc = Find(c.doc);
    EXPECT_EQ(doc.published.basis, "inferred") << c.doc;
    EXPECT_EQ(doc.published.earliest.value_or(""), c.earliest) << c.doc << " " << Rendering(doc);
    EXPECT_EQ(doc.published.latest.value_or(""), c.latest) << c.doc;
  }
  const Document& d001 = Find("001");
  EXPECT_EQ(d001.published.value.value_or(""), "2016-03-27");
  const std::vector<std::string> evidence = d001.published.evidence;
  EXPECT_NE(std::find(evidence.begin(), evidence.end(), "Ce dimanche 27"), evidence.end());
  EXPECT_NE(std::find(evidence.begin(), evidence.end(), "en mai 2015"), evidence.end());
}

// Seed 000 says "dimanche" in the past but has no year anywhere: the stage
// leaves it unresolved, and the corpus stage resolves it once it learns the
// publication day from the other articles of the event.
TEST_F(SeedDatesTest, UndatedWeekdayReanchorsOnThePublicationDay) {
  const Document& doc = Find("000");
  bool found = false;
  for (const DateMention& d : doc.dates) {
    if (!doc.text({d.begin, d.end}).ends_with("dimanche")) continue;
    found = true;
    EXPECT_EQ(d.value, "");
    EXPECT_FALSE(d.approximate);
    EXPECT_EQ(ReanchorDate(d, "2016-03-27"), "2016-03-27");
    EXPECT_EQ(ReanchorDate(d, "2016-03-28"), "2016-03-27");
  }
  EXPECT_TRUE(found) << Rendering(doc);
}

// Wherever the stage resolved a relative mention, re-anchoring it on the
// day the stage anchored on gives the same value.
TEST_F(SeedDatesTest, ReanchoringReproducesTheStagesValues) {
  size_t checked = 0;
  for (const Document& doc : dossier_->documents) {
    if (!doc.published.value) continue;
    for (const DateMention& d : doc.dates) {
      if (d.relative.empty() || d.value.empty()) continue;
      EXPECT_EQ(ReanchorDate(d, *doc.published.value), d.value)
          << doc.id << ": " << doc.text({d.begin, d.end});
      ++checked;
    }
  }
  EXPECT_GT(checked, 10u);
}

TEST_F(SeedDatesTest, FlagsFireWhereTheReadingSaysAndNowhereElse) {
  struct FlagCase {
    const char* doc;
    const char* kind;
    const char* text;  // the flagged span starts with this
  };
  const FlagCase expected[] = {
      {"003", "date_anachronism", "le 30 septembre 2016"},
      {"004", "duration_mismatch", "trois mois à peine après"},
  };
  // The date stage's flags only: other stages flag other things
  // (unattributed_figure in 004, tests/corpus_figures_test.cc).
  auto is_date_flag = [](const Flag& f) {
    return f.kind == "weekday_mismatch" || f.kind == "date_anachronism" ||
           f.kind == "duration_mismatch";
  };
  size_t total = 0;
  for (const Document& doc : dossier_->documents) {
    total += std::count_if(doc.flags.begin(), doc.flags.end(), is_date_flag);
  }
  EXPECT_EQ(total, std::size(expected));
  for (const FlagCase& c : expected) {
    const Document& doc = Find(c.doc);
    bool found = false;
    for (const Flag& f : doc.flags) {
      if (f.kind == c.kind && doc.text({f.begin, f.end}).starts_with(c.text)) found = true;
    }
    EXPECT_TRUE(found) << c.doc << " " << c.kind;
  }
}

}  // namespace
}  // namespace recoupe
