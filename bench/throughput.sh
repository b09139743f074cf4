#!/usr/bin/env bash
# Throughput of `recoupe analyze` on a generated corpus of about 60 MB of
# article text (bench/make_corpus.cc): one run on one core (-j1), one on two
# (-j2). Prints input size, documents, wall time, MB/s per core, peak RSS and
# the per-stage times. Reports figures only; asserts nothing.
#
#   bench/throughput.sh [BUILD_DIR]        (default: build)
#   CORPUS_BYTES=N  size of the corpus to generate (default 62914560 = 60 MiB)
#   CORPUS_SEED=S   generator seed (default 1)
#   TXT=1           also measure the same corpus as one .txt file per document
#
# The corpus goes to bench/out/ (git-ignored) and is reused when present;
# delete bench/out/ to regenerate it.
set -euo pipefail

cd "$(dirname "$0")/.."
build=${1:-build}
bytes=${CORPUS_BYTES:-62914560}
seed=${CORPUS_SEED:-1}
out=bench/out
corpus=$out/corpus.jsonl

if [ ! -x /usr/bin/time ]; then
  echo "throughput: /usr/bin/time is missing (needed for peak memory);" \
       "run scripts/setup.sh, which installs the Debian package 'time'" >&2
  exit 1
fi

if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build" -j2 --target recoupe make_corpus >/dev/null

mkdir -p "$out"
if [ ! -f "$corpus" ]; then
  "$build/bench/make_corpus" --out "$corpus" --bytes "$bytes" --seed "$seed" \
    2> >(tee "$corpus.info" >&2)
fi
if [ "${TXT:-0}" = 1 ] && [ ! -d "$out/corpus-txt" ]; then
  "$build/bench/make_corpus" --format txt --out "$out/corpus-txt" --bytes "$bytes" \
    --seed "$seed" 2>/dev/null
fi

# Article text bytes, as counted by the generator (the JSON framing is not
# text the pipeline analyses); the file size when the summary is missing.
text_bytes=$(sed -n 's/.* \([0-9][0-9]*\) bytes of text.*/\1/p' "$corpus.info" 2>/dev/null || true)
[ -n "$text_bytes" ] || text_bytes=$(stat -c %s "$corpus")
docs=$(wc -l < "$corpus")

echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
echo "load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
awk -v c="$corpus" -v b="$text_bytes" -v f="$(stat -c %s "$corpus")" -v d="$docs" 'BEGIN {
  printf "corpus: %s, %.1f MB of article text (%.1f MB file), %d documents\n", c, b / 1e6, f / 1e6, d }'

# run JOBS LABEL INPUT: one measured run, then its summary.
run() {
  local jobs=$1 label=$2 input=$3
  local log=$out/time-$label.txt err=$out/stderr-$label.txt
  /usr/bin/time -v -o "$log" "$build/recoupe" analyze "$input" -j"$jobs" -q --timings \
    -o /dev/null 2>"$err" || true
  local wall rss cpu
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {
           n = split($2, p, ":"); s = 0; for (i = 1; i <= n; ++i) s = s * 60 + p[i]; print s }' "$log")
  cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ { print $2 / 1024 }' "$log")
  local stages
  stages=$(awk '/^recoupe: stage / { s += $4 } END { print s + 0 }' "$err")
  echo
  echo "== $label: recoupe analyze $input -j$jobs"
  awk -v b="$text_bytes" -v w="$wall" -v j="$jobs" -v r="$rss" -v st="$stages" -v c="$cpu" 'BEGIN {
    mb = b / 1e6
    printf "input %.1f MB, wall %.2f s, %.2f MB/s, %.2f MB/s per core (end to end)\n", mb, w, mb / w, mb / w / j
    printf "CPU (user + system) %.2f s: %.2f MB/s per CPU second\n", c, mb / c
    printf "stages (summed over threads) %.2f s: %.2f MB/s per core\n", st, mb / st
    printf "peak RSS %.0f MB\n", r
  }'
  awk -v st="$stages" '/^recoupe: stage / {
    printf "  %-10s %8.3f s  %5.1f%%\n", $3, $4, (st > 0 ? 100 * $4 / st : 0) }' "$err"
  grep -v '^recoupe: stage ' "$err" | head -5 || true
  echo "load average after: $(cut -d" " -f1-3 /proc/loadavg)"
}

run 1 j1 "$corpus"
run 2 j2 "$corpus"
if [ "${TXT:-0}" = 1 ]; then run 1 txt-j1 "$out/corpus-txt"; fi
