#include "corpus/facts.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <tuple>

namespace recoupe::corpus {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

struct Interval {
  double low = 0, high = kInfinity;
};

// The values a figure allows, with room for the wording's vagueness.
Interval ToleranceInterval(const Figure& f, int leaning) {
  const double low = f.low.value_or(0);
  if (f.qualifier == "approx") {
    const double v = f.low ? *f.low : f.high.value_or(0);
    return {leaning > 0 ? v : v * (1 - kApproxTolerance),
            leaning < 0 ? v : v * (1 + kApproxTolerance)};
  }
  if (f.qualifier == "at_least" || f.qualifier == "more_than") return {low, kInfinity};
  if (f.qualifier == "up_to") return {0, f.high.value_or(low)};
  return {low, f.high.value_or(f.qualifier == "exact" ? low : kInfinity)};
}

// The single value that best stands for a figure, if it has one; vague
// counts have none.
std::optional<double> CentralValue(const Figure& f) {
  if (f.qualifier == "vague") return std::nullopt;
  if (f.qualifier == "up_to") return f.high;
  if (f.low && f.high) return (*f.low + *f.high) / 2;
  return f.low ? f.low : f.high;
}

// Where a figure sits for alignment: its central value, or for a vague
// count the geometric middle of its range ("des dizaines" 20–99 → 44).
std::optional<double> AlignmentValue(const Figure& f) {
  if (auto central = CentralValue(f)) return central;
  if (f.low && f.high && *f.low > 0) return std::sqrt(*f.low * *f.high);
  return std::nullopt;
}

bool IsExact(const Figure& f) { return f.qualifier == "exact" && f.low && f.high; }

// Whether two figures' tolerance intervals meet: values one source could
// give for the other's count.
bool Overlap(const Figure& a, int a_leaning, const Figure& b, int b_leaning) {
  const Interval x = ToleranceInterval(a, a_leaning), y = ToleranceInterval(b, b_leaning);
  return std::max(x.low, y.low) <= std::min(x.high, y.high);
}

double Median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const size_t n = values.size();
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

bool SameQuantity(double a, double b) {
  if (a == b) return true;
  if (a <= 0 || b <= 0) return false;
  return std::max(a, b) / std::min(a, b) < kSameQuantityRatio;
}

template <typename T>
bool Compatible(const std::optional<T>& a, const std::optional<T>& b) {
  return !a || !b || *a == *b;
}

// Figures being gathered into one fact.
struct Draft {
  uint32_t event = 0;
  std::string what, who_class;
  std::optional<std::string> actor, scope;
  double center = 0;
  std::vector<size_t> members;  // indexes into the FigureRef list
};

class Witnesses {
 public:
  explicit Witnesses(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  size_t Root(size_t i) {
    while (parent_[i] != i) i = parent_[i] = parent_[parent_[i]];
    return i;
  }
  void Join(size_t a, size_t b) { parent_[Root(a)] = Root(b); }

 private:
  std::vector<size_t> parent_;
};

// `copy_family[d]`: one id for all documents joined by copied text, directly
// or through other copies of the same dispatch.
Fact MakeFact(const Dossier& dossier, const std::vector<FigureRef>& refs, const Draft& draft,
              const std::vector<size_t>& copy_family, EstimateRule rule) {
  Fact fact;
  fact.event = dossier.events[draft.event].id;
  fact.what = draft.what;
  fact.who_class = draft.who_class;
  fact.who_actor = draft.actor;
  fact.scope = draft.scope;
  const size_t n = draft.members.size();
  std::vector<const Figure*> figures;
  Witnesses witnesses(n);
  for (size_t i = 0; i < n; ++i) {
    const FigureRef& ref = refs[draft.members[i]];
    const Figure& f = dossier.documents[ref.document].figures[ref.figure];
    figures.push_back(&f);
    for (size_t j = 0; j < i; ++j) {
      const FigureRef& other = refs[draft.members[j]];
      const Figure& g = *figures[j];
      const bool same_witness = copy_family[ref.document] == copy_family[other.document] ||
                                (f.source && g.source && *f.source == *g.source);
      if (same_witness) witnesses.Join(i, j);
    }
  }
  // Witness numbers in order of first report.
  std::map<size_t, uint32_t> witness_number;
  for (size_t i = 0; i < n; ++i) {
    const size_t root = witnesses.Root(i);
    witness_number.emplace(root, static_cast<uint32_t>(witness_number.size()));
    const FigureRef& ref = refs[draft.members[i]];
    const Figure& f = *figures[i];
    fact.reports.push_back({dossier.documents[ref.document].id, f.begin, f.end, f.low, f.high,
                            f.qualifier, f.source, f.hedged, witness_number[root]});
  }
  fact.independent_sources = static_cast<uint32_t>(witness_number.size());

  // Estimate.
  std::vector<double> witness_values;
  for (uint32_t w = 0; w < fact.independent_sources; ++w) {
    std::vector<double> exact, all;
    for (size_t i = 0; i < n; ++i) {
      if (fact.reports[i].witness != w) continue;
      if (auto c = CentralValue(*figures[i])) {
        all.push_back(*c);
        if (IsExact(*figures[i])) exact.push_back(*c);
      }
    }
    if (!all.empty()) witness_values.push_back(Median(exact.empty() ? all : exact));
  }
  std::optional<double> low, finite_high;
  double open_low = -kInfinity;
  for (const Figure* f : figures) {
    if (f->low) low = low ? std::min(*low, *f->low) : *f->low;
    if (f->high) finite_high = finite_high ? std::max(*finite_high, *f->high) : *f->high;
    else if (f->low) open_low = std::max(open_low, *f->low);
  }
  fact.estimate.low = low;
  fact.estimate.high = (finite_high && *finite_high > open_low) ? finite_high : std::nullopt;
  if (!witness_values.empty())
    fact.estimate.best = rule == EstimateRule::kConservative
                             ? *std::min_element(witness_values.begin(), witness_values.end())
                             : Median(witness_values);

  // Status.
  if (n == 1) {
    fact.status = "single";
  } else {
    const bool all_equal_exact = std::all_of(figures.begin(), figures.end(), [&](const Figure* f) {
      return IsExact(*f) && *f->low == *figures[0]->low && *f->high == *figures[0]->high &&
             IsExact(*figures[0]);
    });
    Interval common;
    for (size_t k = 0; k < n; ++k) {
      const Interval i = ToleranceInterval(*figures[k], refs[draft.members[k]].leaning);
      common.low = std::max(common.low, i.low);
      common.high = std::min(common.high, i.high);
    }
    fact.status = all_equal_exact ? "agree" : common.low <= common.high ? "compatible" : "conflict";
  }
  return fact;
}

}  // namespace

bool IsFactFigure(const Figure& figure) {
  return figure.what != "other" || figure.who_class != "other";
}

std::vector<Fact> ReconcileFacts(const Dossier& dossier, const std::vector<FigureRef>& refs,
                                 const std::vector<std::pair<uint32_t, uint32_t>>& linked,
                                 EstimateRule rule) {
  std::vector<Draft> drafts;
  // (event, what, class) → drafts of that kind, in order of creation.
  std::map<std::tuple<uint32_t, std::string, std::string>, std::vector<size_t>> by_kind;
  for (size_t r = 0; r < refs.size(); ++r) {
    const FigureRef& ref = refs[r];
    const Figure& f = dossier.documents[ref.document].figures[ref.figure];
    const std::optional<double> center = AlignmentValue(f);
    if (!center) continue;  // an open vague count says too little to align
    auto& kind = by_kind[{ref.event, f.what, f.who_class}];
    std::optional<size_t> best;
    double best_distance = kInfinity;
    for (size_t d : kind) {
      const Draft& draft = drafts[d];
      if (!Compatible(draft.actor, f.who_actor) || !Compatible(draft.scope, ref.scope)) continue;
      if (!SameQuantity(draft.center, *center)) continue;
      // One document giving two counts that cannot be the same (53 soldiers
      // killed at one camp, 38 at another a month before) reports two
      // happenings, not a disagreement; nor are two counts of one sentence
      // the same fact.
      const bool apart_in_one_document =
          std::any_of(draft.members.begin(), draft.members.end(), [&](size_t m) {
            if (refs[m].document != ref.document) return false;
            if (refs[m].sentence == ref.sentence) return true;
            const Figure& other = dossier.documents[refs[m].document].figures[refs[m].figure];
            return !Overlap(other, refs[m].leaning, f, ref.leaning);
          });
      if (apart_in_one_document) continue;
      const double distance = std::abs(std::log((*center + 1) / (draft.center + 1)));
      if (distance < best_distance) best = d, best_distance = distance;
    }
    if (!best) {
      best = drafts.size();
      kind.push_back(*best);
      drafts.push_back({ref.event, f.what, f.who_class, std::nullopt, std::nullopt, *center, {}});
    }
    Draft& draft = drafts[*best];
    if (!draft.actor) draft.actor = f.who_actor;
    if (!draft.scope) draft.scope = ref.scope;
    draft.members.push_back(r);
  }
  Witnesses families(dossier.documents.size());
  for (const auto& [a, b] : linked) families.Join(a, b);
  std::vector<size_t> copy_family(dossier.documents.size());
  for (size_t d = 0; d < copy_family.size(); ++d) copy_family[d] = families.Root(d);
  std::stable_sort(drafts.begin(), drafts.end(),
                   [](const Draft& a, const Draft& b) { return a.event < b.event; });
  std::vector<Fact> facts;
  for (const Draft& draft : drafts) {
    facts.push_back(MakeFact(dossier, refs, draft, copy_family, rule));
    facts.back().id = "f-" + std::to_string(facts.size());
  }
  return facts;
}

}  // namespace recoupe::corpus
