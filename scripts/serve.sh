#!/usr/bin/env bash
# Installs what is missing, builds, loads the project's examples into a
# store and serves it: the JSON API and, when built, the web page
# (docs/api.md). Stop with Ctrl-C.
#
#   bash scripts/serve.sh [recoupe serve options, e.g. --port 9000]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
db=${RECOUPE_DB:-recoupe.db}
build/recoupe ingest --db "$db" examples
exec build/recoupe serve --db "$db" "$@"
