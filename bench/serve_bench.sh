#!/usr/bin/env bash
# Speed of `recoupe serve` (docs/performance.md):
#  1. from upload to dossier: the five seed articles (../shared/corpus/seeds,
#     else examples/) posted in one multipart request to an empty store, then
#     the dossier of each event they make fetched; wall times by curl;
#  2. wrk against GET /api/v1/events/{id} (the largest event's dossier);
#  3. wrk against POST /api/v1/documents: the same article again (answered
#     "unchanged"), then a new article each time (analysed, stored, corpus
#     re-run over a store that grows as the run goes).
# Prints requests/s and latency percentiles. Asserts nothing.
#
#   bench/serve_bench.sh [BUILD_DIR]     (default: build)
#   SECONDS_PER_RUN=20 THREADS=2 CONNECTIONS=8 SERVER_THREADS=8
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
duration=${SECONDS_PER_RUN:-20}
threads=${THREADS:-2}
connections=${CONNECTIONS:-8}
server_threads=${SERVER_THREADS:-8}
command -v wrk >/dev/null || { echo "serve_bench: wrk is missing (scripts/setup.sh)" >&2; exit 1; }
cmake --build "$build" -j2 --target recoupe >/dev/null

seeds=../shared/corpus/seeds
if [ ! -d "$seeds" ]; then seeds=examples; fi
work=$(mktemp -d "${TMPDIR:-/tmp}/recoupe-serve-bench.XXXXXX")
server=
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

"$build/recoupe" serve --db "$work/bench.db" --port 0 --threads "$server_threads" \
  --web "$work/no-web" >"$work/serve.out" 2>"$work/serve.err" &
server=$!
for _ in $(seq 1 100); do
  grep -q 'serving on' "$work/serve.out" 2>/dev/null && break
  sleep 0.1
done
base=$(sed -n 's/^recoupe: serving on //p' "$work/serve.out")
[ -n "$base" ] || { echo "serve_bench: the server did not start" >&2; cat "$work/serve.err" >&2; exit 1; }
echo "server: $base ($server_threads threads); client: wrk -t$threads -c$connections -d${duration}s"

echo "== upload to dossier: $(ls "$seeds" | wc -l) articles from $seeds"
forms=()
for f in "$seeds"/*; do forms+=(-F "files=@$f"); done
curl -s -o "$work/posted.json" -w 'POST /api/v1/documents: %{http_code} in %{time_total} s\n' \
  "${forms[@]}" "$base/api/v1/documents"
events=$(python3 -c 'import json,sys; print(" ".join(json.load(open(sys.argv[1]))["events"]))' \
  "$work/posted.json")
for e in $events; do
  curl -s -o /dev/null -w "GET /api/v1/events/$e: %{http_code} in %{time_total} s, %{size_download} bytes\n" \
    "$base/api/v1/events/$e"
done

# The event with the most documents.
event=$(curl -s "$base/api/v1/events" | python3 -c \
  'import json,sys; e=json.load(sys.stdin)["events"]; print(max(e, key=lambda x: len(x["documents"]))["id"])')
echo "== wrk GET /api/v1/events/$event"
wrk -t"$threads" -c"$connections" -d"${duration}s" --latency "$base/api/v1/events/$event" |
  grep -E 'Requests/sec|Latency|50%|90%|99%|requests in|Non-2xx'

export ARTICLE
ARTICLE=$(ls "$seeds"/* | head -1)
echo "== wrk POST /api/v1/documents, the same article (unchanged)"
wrk -t"$threads" -c"$connections" -d"${duration}s" --latency -s bench/wrk/post_same_article.lua \
  "$base" | grep -E 'Requests/sec|Latency|50%|90%|99%|requests in|Non-2xx'

before=$(curl -s "$base/healthz")
echo "== wrk POST /api/v1/documents, a new article each time (store at start: $before)"
wrk -t"$threads" -c"$connections" -d"${duration}s" --timeout 60s --latency \
  -s bench/wrk/post_new_article.lua "$base" |
  grep -E 'Requests/sec|Latency|50%|90%|99%|requests in|Non-2xx'
echo "store at the end: $(curl -s "$base/healthz")"
