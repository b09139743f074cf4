#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ (clang, ASan + UBSan) in build-fuzz/
# and runs each one in turn for a set time, at the lowest priority, one
# process at a time. Not part of CI. Results: docs/robustness.md.
#
#   bash scripts/fuzz.sh [TARGET ...]      # default: every target
#   FUZZ_SECONDS=600 (per target, default 10 minutes)
#
# Each target's corpus grows in build-fuzz/corpus/<target>/ (seeded from
# examples/, data/ and fuzz/seeds/<target>/); crashing, leaking, slow or
# memory-hungry inputs land in build-fuzz/artifacts/<target>/, and one line
# per run is appended to build-fuzz/fuzz-summary.tsv (target, seconds,
# executions, executions per second, outcome). Exit status 1 when a run found
# a problem. Keep a found input as a regression test under
# tests/regressions/<target>/ once it is fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
seconds=${FUZZ_SECONDS:-600}
all_targets=(fuzz_ingest fuzz_encoding fuzz_html fuzz_clean fuzz_segment fuzz_numbers
             fuzz_dates fuzz_pattern fuzz_data_files fuzz_document fuzz_http)
targets=("$@")
((${#targets[@]})) || targets=("${all_targets[@]}")

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
nice cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DRECOUPE_FUZZ=ON \
  -DRECOUPE_BUILD_TESTS=OFF -DRECOUPE_BUILD_BENCH=OFF "${launcher[@]}" >/dev/null
nice cmake --build build-fuzz -j2 --target "${targets[@]}"

# Copies `file` into directory `dir`, with the byte `prefix` (octal escape,
# e.g. '\001') in front when given: targets whose first byte picks a mode.
add_seed() {
  local dir=$1 file=$2 prefix=${3:-}
  local name
  name=$(basename "$file")
  if [ -n "$prefix" ]; then
    { printf "$prefix"; cat "$file"; } >"$dir/${prefix//\\/}-$name"
  else
    cp "$file" "$dir/$name"
  fi
}

seed_corpus() {
  local target=$1 dir=$2
  mkdir -p "$dir"
  if [ -d "fuzz/seeds/$target" ]; then
    for f in "fuzz/seeds/$target"/*; do [ -f "$f" ] && add_seed "$dir" "$f"; done
  fi
  case $target in
    fuzz_ingest|fuzz_encoding|fuzz_html|fuzz_clean|fuzz_segment|fuzz_numbers)
      for f in examples/* fuzz/seeds/fuzz_segment/*; do add_seed "$dir" "$f"; done ;;
    fuzz_dates)
      for f in examples/*.txt; do add_seed "$dir" "$f" '\000'; add_seed "$dir" "$f" '\003'; done ;;
    fuzz_document)
      for f in examples/*.txt; do add_seed "$dir" "$f" '\000'; done
      add_seed "$dir" examples/04_northern-ledger.html '\001' ;;
    fuzz_pattern)
      for f in data/*/*.patterns data/common/selftest-patterns/*.patterns; do
        grep -q '^%include' "$f" || add_seed "$dir" "$f"
      done ;;
    fuzz_data_files)
      for f in data/*/abbreviations.txt; do add_seed "$dir" "$f" '\000'; done
      for f in data/*/clean-cues.txt; do add_seed "$dir" "$f" '\001'; done
      add_seed "$dir" data/common/outlets.tsv '\002'
      add_seed "$dir" data/common/html_hints.txt '\003'
      for f in data/kb/*.tsv; do add_seed "$dir" "$f" '\004'; done
      add_seed "$dir" data/common/outlets.tsv '\005' ;;
  esac
}

summary=$root/build-fuzz/fuzz-summary.tsv
status=0
for target in "${targets[@]}"; do
  corpus=$root/build-fuzz/corpus/$target
  artifacts=$root/build-fuzz/artifacts/$target
  run_dir=$root/build-fuzz/runs/$target
  seed_corpus "$target" "$corpus"
  mkdir -p "$artifacts" "$run_dir"
  dict=()
  [ -f "fuzz/$target.dict" ] && dict=(-dict="$root/fuzz/$target.dict")
  echo "fuzz: $target for ${seconds}s"
  rm -f "$run_dir"/fuzz-*.log
  # -jobs=1 runs one worker (log in $run_dir/fuzz-0.log) that stops at the
  # first problem; -timeout flags any input slower than 60 s of wall time
  # (wall time: at nice 19 on a busy machine a 50 ms input can wait 10 s
  # for the CPU; replay a timeout alone before believing it).
  (cd "$run_dir" && nice -n 19 "$root/build-fuzz/fuzz/$target" "$corpus" "${dict[@]}" \
     -jobs=1 -max_total_time="$seconds" -timeout=60 -rss_limit_mb=2048 -max_len=16384 \
     -artifact_prefix="$artifacts/" -print_final_stats=1 >/dev/null 2>&1) || true
  log=$run_dir/fuzz-0.log
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  elapsed=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | awk '{print $5}' || true)
  outcome=ok
  if grep -qE '^==[0-9]+==ERROR|^SUMMARY: |contract broken|ALARM: working on the last Unit|out-of-memory' "$log"; then
    outcome="found: $(grep -m1 -oE 'ERROR: [A-Za-z]+: [a-z-]+|contract broken: .*|timeout|out-of-memory' "$log")"
    status=1
  fi
  printf '%s\t%s\t%s\t%s\t%s\n' "$target" "${elapsed:-?}" "$execs" "$rate" "$outcome" | tee -a "$summary"
done
exit $status
