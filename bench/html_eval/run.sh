#!/bin/sh
# Scores recoupe's HTML main-content extraction and Mozilla Readability on the
# shared extraction benchmarks (docs/html-extraction.md).
#
#   bench/html_eval/run.sh [BUILD_DIR]     (default /work/main/build)
#
# Builds nothing: BUILD_DIR must already hold bench/html_extract_main.
# Installs node/npm with apt-get if missing (needs root), and the npm
# packages of package.json into bench/html_eval/node_modules.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
BUILD=${1:-/work/main/build}
DATA=${RECOUPE_SHARED_DATA:-/work/shared/data}/article-extraction
EXTRACT="$BUILD/bench/html_extract_main"
[ -x "$EXTRACT" ] || { echo "run.sh: $EXTRACT not found; build the html_extract_main target first" >&2; exit 1; }
[ -f "$DATA/ground-truth.json" ] || { echo "run.sh: $DATA/ground-truth.json not found" >&2; exit 1; }

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "run.sh: installing nodejs and npm with apt-get" >&2
  apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null
fi
if [ ! -d "$HERE/node_modules/@mozilla/readability" ] || [ ! -d "$HERE/node_modules/linkedom" ]; then
  (cd "$HERE" && npm install --no-audit --no-fund --silent)
fi

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/zyte" "$WORK/fr"
for f in "$DATA"/html/*.html.gz; do
  gunzip -c "$f" > "$WORK/zyte/$(basename "$f" .gz)"
done
for f in "$DATA"/trafilatura-fr/html/*.gz; do
  name=$(basename "$f" .gz)
  gunzip -c "$f" > "$WORK/fr/${name%.htm*}.html"
done

"$EXTRACT" --batch "$WORK/zyte" "$WORK/zyte-recoupe.json"
"$EXTRACT" --batch "$WORK/fr" "$WORK/fr-recoupe.json"
"$EXTRACT" --batch-meta "$WORK/fr" "$WORK/fr-recoupe-meta.json"
node "$HERE/readability.mjs" "$WORK/zyte" "$WORK/zyte-readability.json"
node "$HERE/readability.mjs" "$WORK/fr" "$WORK/fr-readability.json"
if [ -n "${RECOUPE_EVAL_KEEP:-}" ]; then
  mkdir -p "$RECOUPE_EVAL_KEEP" && cp "$WORK"/*.json "$RECOUPE_EVAL_KEEP"/
fi

echo "Zyte article-extraction benchmark (181 pages), token P/R/F1 averaged per page:"
node "$HERE/score.mjs" zyte "$DATA/ground-truth.json" \
  recoupe="$WORK/zyte-recoupe.json" readability="$WORK/zyte-readability.json"
echo
echo "trafilatura French pages (26), snippets:"
node "$HERE/score.mjs" snippets "$DATA/trafilatura-fr/evaldata-fr.json" \
  recoupe="$WORK/fr-recoupe.json" readability="$WORK/fr-readability.json"
echo
echo "trafilatura French pages, metadata against gold title / author / date:"
node "$HERE/score.mjs" meta "$DATA/trafilatura-fr/evaldata-fr.json" recoupe="$WORK/fr-recoupe-meta.json"
