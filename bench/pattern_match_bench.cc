// Tokens per second of the token-pattern matcher: ~50 rules (dates, figures,
// attribution, named groups) over the tokens of the seed articles, or over
// generated French sentences when the shared corpus is absent.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "pattern/pattern_set.h"
#include "segment/tokenizer.h"

namespace {

using recoupe::Token;
using recoupe::pattern::PatternSet;

std::string RuleText() {
  std::string text = R"(recoupe-patterns 1
lexicon month
  janvier | janv. => 1
  février | févr. => 2
  mars => 3
  avril | avr. => 4
  mai => 5
  juin => 6
  juillet | juil. => 7
  août => 8
  septembre | sept. => 9
  octobre | oct. => 10
  novembre | nov. => 11
  décembre | déc. => 12
lexicon weekday
  lundi | mardi | mercredi | jeudi | vendredi | samedi | dimanche
lexicon group
  Etat islamique | EI | Daech | organisation Etat islamique => ISIS
  Front al-Nosra => Nusra
lexicon say_verb
  a déclaré | a affirmé | a indiqué | a annoncé | selon | a précisé | estime
define day
  [NUM num>=1 num<=31] | "1er"
define approx
  "plus" "de" | "au" "moins" | "environ" | "près" "de" | "quelque"
rule absolute_date kind=absolute_date
  (@weekday)? day:<day> month:@month year:[NUM num>=1000 num<=2100]?
rule month_year kind=absolute_date
  month:@month year:[NUM num>=1000 num<=2100]
rule weekday kind=relative_date
  ("ce" | "le")? @weekday ("dernier" | "prochain")?
rule group kind=organisation
  ("l'" | "le" | "du" | "de")? @group
rule according kind=attribution
  "selon" ("le" | "la" | "les" | "des" | "l'")? who:(WORD | CAP){1,4}
rule said kind=attribution
  who:CAP+ @say_verb
)";
  const char* nouns[] = {"morts",    "blessés",    "soldats",     "civils",      "personnes",
                         "réfugiés", "habitants",  "combattants", "djihadistes", "victimes",
                         "otages",   "militaires", "hommes",      "enfants",     "femmes"};
  int k = 0;
  for (const char* noun : nouns) {
    for (int bound : {1, 100, 1000}) {
      text += "rule figure_" + std::to_string(k++) +
              " kind=figure\n  <approx>? count:[NUM num>=" + std::to_string(bound) + "] what:\"" +
              noun + "\"\n";
    }
  }
  // 6 + 45 = 51 rules.
  return text;
}

std::vector<Token> BenchTokens() {
  std::string text;
  std::filesystem::path seeds =
      std::filesystem::path(RECOUPE_SOURCE_DIR) / ".." / "shared" / "corpus" / "seeds";
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(seeds, error)) {
    std::ifstream in(entry.path());
    std::ostringstream buffer;
    buffer << in.rdbuf();
    text += buffer.str() + "\n";
  }
  if (text.empty()) {
    for (int i = 0; i < 200; ++i) {
      text +=
          "Selon des sources militaires, plus de 200 soldats ont été tués le dimanche "
          "27 mars 2016 lors des combats contre l'organisation Etat islamique. ";
    }
  }
  std::vector<Token> tokens = recoupe::TokenizeText(text);
  uint32_t sentence = 0;
  for (Token& token : tokens) {
    token.sentence = sentence;
    if (token.norm == "." || token.norm == "!" || token.norm == "?") ++sentence;
  }
  return tokens;
}

void BM_MatchLongest(benchmark::State& state) {
  recoupe::Result<PatternSet> set = PatternSet::Parse(RuleText(), "bench.patterns");
  if (!set.ok()) {
    state.SkipWithError(set.status().message().c_str());
    return;
  }
  std::vector<Token> tokens = BenchTokens();
  size_t matches = 0;
  for (auto _ : state) {
    auto result = set->Match(tokens);
    matches = result.size();
    benchmark::DoNotOptimize(result);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * tokens.size()));
  state.counters["tokens"] = static_cast<double>(tokens.size());
  state.counters["rules"] = static_cast<double>(set->rule_count());
  state.counters["matches"] = static_cast<double>(matches);
  state.counters["program"] = static_cast<double>(set->program_size());
}
BENCHMARK(BM_MatchLongest);

}  // namespace

BENCHMARK_MAIN();
