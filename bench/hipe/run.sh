#!/usr/bin/env bash
# Scores the entities stage on the CLEF-HIPE-2020 French dev and test sets in
# ../shared/data/ner-fr (evaluation only, never training). Usage:
#   bash bench/hipe/run.sh [BUILD_DIR]   (default: build)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
hipe=../shared/data/ner-fr
if [ ! -d "$hipe" ]; then
  echo "hipe: $hipe not found; nothing to score" >&2
  exit 0
fi
"$build/bench/hipe_eval" data "$hipe/HIPE-data-v1.4-dev-fr.tsv" "$hipe/HIPE-data-v1.4-test-fr.tsv"
