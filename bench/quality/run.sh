#!/usr/bin/env bash
# Quality of recoupe on the development corpus (../shared/corpus/dev): the
# corpus analysed in two modes and scored with ../shared/eval/score.py.
#   text  the scraped text files alone (docs/*.txt)
#   meta  the same texts as JSONL with `url` and `published` where the index
#         gives them, the way a crawler feeds recoupe (make_jsonl.py)
# Prints one table (metric, text, meta) and the misses counted by kind.
#
#   bench/quality/run.sh [BUILD_DIR] [--check] [--misses]
#     BUILD_DIR  where build/recoupe is (default: build)
#     --check    compare each metric with its floor in bench/quality/floors.tsv;
#                exit 1 when one falls below (or above a ceiling)
#     --misses   also print every missed gold item, by mode
#   RECOUPE_SHARED_DIR  the shared folder (default: ../shared beside the project)
#
# Outputs go to BUILD_DIR/quality/: dossiers, warnings, scores (JSON) and misses.
# Exit 77 when the shared corpus or python3 is absent (the corpus CTest skips).
set -euo pipefail

cd "$(dirname "$0")/../.."
build=build
check=0
show_misses=0
for arg in "$@"; do
  case "$arg" in
    --check) check=1 ;;
    --misses) show_misses=1 ;;
    -*) echo "quality: unknown option $arg" >&2; exit 2 ;;
    *) build=$arg ;;
  esac
done

shared=${RECOUPE_SHARED_DIR:-../shared}
corpus=$shared/corpus/dev
scorer=$shared/eval/score.py
if [ ! -d "$corpus/docs" ] || [ ! -f "$scorer" ]; then
  echo "quality: skipped: no development corpus at $corpus (or no $scorer)" >&2
  exit 77
fi
if ! command -v python3 >/dev/null; then
  echo "quality: skipped: python3 is needed to run the scorer" >&2
  exit 77
fi
recoupe=$build/recoupe
if [ ! -x "$recoupe" ]; then
  echo "quality: $recoupe not found: build first (scripts/build.sh)" >&2
  exit 2
fi

out=$build/quality
mkdir -p "$out"
python3 "$shared/eval/make_jsonl.py" "$corpus" "$out/dev.jsonl" >/dev/null

for mode in text meta; do
  input=$corpus/docs
  [ "$mode" = meta ] && input=$out/dev.jsonl
  "$recoupe" analyze "$input" -q -o "$out/dev-$mode.json" 2>"$out/warnings-$mode.txt"
  python3 "$scorer" "$out/dev-$mode.json" --set "$corpus" --json --misses \
    >"$out/score-$mode.json" 2>"$out/misses-$mode.txt"
done

args=("$out/score-text.json" "$out/score-meta.json"
      --misses-text "$out/misses-text.txt" --misses-meta "$out/misses-meta.txt")
[ "$check" = 1 ] && args+=(--floors bench/quality/floors.tsv)
[ "$show_misses" = 1 ] && args+=(--list-misses)
python3 bench/quality/table.py "${args[@]}"
