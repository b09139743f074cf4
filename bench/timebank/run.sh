#!/bin/sh
# Scores the dates stage and chrono-node (chrono.fr) on French TimeBank in
# one run (docs/dates.md).
#
#   bench/timebank/run.sh [BUILD_DIR]     (default /work/main/build)
#
# Builds nothing: BUILD_DIR must already hold bench/timebank_eval. Installs
# chrono-node from package.json into bench/timebank/node_modules (git-ignored).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
BUILD=${1:-/work/main/build}
DATA=${RECOUPE_SHARED_DATA:-/work/shared/data}/timebank-fr/Data
EVAL="$BUILD/bench/timebank_eval"
[ -x "$EVAL" ] || { echo "run.sh: $EVAL not found; build the timebank_eval target first" >&2; exit 1; }
[ -d "$DATA" ] || { echo "run.sh: $DATA not found" >&2; exit 1; }
command -v node >/dev/null 2>&1 || { echo "run.sh: node is required (apt-get install nodejs npm)" >&2; exit 1; }
if [ ! -d "$HERE/node_modules/chrono-node" ]; then
  (cd "$HERE" && npm install --no-audit --no-fund --silent)
fi

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
"$EVAL" "$DATA" --dump "$WORK/docs.jsonl" > /dev/null
node "$HERE/chrono.mjs" "$WORK/docs.jsonl" > "$WORK/chrono.jsonl"
echo "chrono-node $(node -p "require('$HERE/node_modules/chrono-node/package.json').version")"
shift 2>/dev/null || true
"$EVAL" "$DATA" --peer "chrono=$WORK/chrono.jsonl" "$@"
