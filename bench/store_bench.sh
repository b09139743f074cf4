#!/usr/bin/env bash
# Cost of the store's incremental strategy (docs/store.md): the corpus stage
# is re-run over every stored document's annotations after each change.
# For each size N: ingest N generated articles into a fresh store, then add
# one more article (the re-run over N + 1 documents), then render the whole
# dossier and one event's from the store. Prints wall times, the breakdown
# `ingest --timings` gives, peak memory and the database size. Asserts
# nothing.
#
#   bench/store_bench.sh [BUILD_DIR] [N ...]      (default: build 1000 10000)
#   COPIED=1: keep make_corpus's articles as generated. They are built from
#   a few hundred sources, so each shares passages with dozens of others:
#   the worst case for the copied-text step. By default the words of each
#   article's body are shuffled within runs of ten, differently per article,
#   so that articles seldom share passages, as in real coverage; entities,
#   numbers and dates are still there for the other steps.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
shift || true
sizes=("$@")
((${#sizes[@]})) || sizes=(1000 10000)
cmake --build "$build" -j2 --target recoupe make_corpus >/dev/null
out=bench/out/store
mkdir -p "$out"

seconds() { /usr/bin/time -f '%e s, %M KB peak' "$@"; }

for n in "${sizes[@]}"; do
  corpus=$out/corpus-$n${COPIED:+-copied}.jsonl
  if [ ! -f "$corpus" ]; then
    # About 3.5 KB of text per generated article; keep the first N.
    "$build/bench/make_corpus" --out "$corpus.all" --bytes $((n * 6000)) --seed 7 2>/dev/null
    if [ "${COPIED:-0}" = 1 ]; then
      head -n "$n" "$corpus.all" >"$corpus"
    else
      # Split the "text" value at spaces (JSON escapes stay inside their
      # word), keep its first 12 words (the title), shuffle the rest in runs
      # of ten with a seed of the line's number.
      head -n "$n" "$corpus.all" | awk '{
        at = index($0, "\"text\":\""); if (at == 0) { print; next }
        head = substr($0, 1, at + 7); rest = substr($0, at + 8)
        close_at = match(rest, /[^\\]"}$/); body = substr(rest, 1, close_at)
        n = split(body, w, " "); srand(NR)
        for (i = 13; i <= n; i += 10) {
          last = (i + 9 < n) ? i + 9 : n
          for (j = last; j > i; j--) { k = i + int(rand() * (j - i + 1)); t = w[j]; w[j] = w[k]; w[k] = t }
        }
        out = w[1]; for (i = 2; i <= n; i++) out = out " " w[i]
        print head out "\"}"
      }' >"$corpus"
    fi
    rm -f "$corpus.all"
  fi
  db=$out/store-$n${COPIED:+-copied}.db
  rm -f "$db" "$db-wal" "$db-shm"
  echo "== $n documents ($(wc -l <"$corpus") in $(du -h "$corpus" | cut -f1))"
  echo "-- ingest all (-j2)"
  seconds "$build/recoupe" ingest --db "$db" -j 2 -q --timings "$corpus" >/dev/null
  printf 'Une dépêche de plus, le 3 mars 2016 à Palmyre, selon l%sOSDH.\n' "'" >"$out/one-more.txt"
  echo "-- add one article: re-run over $((n + 1)) stored documents"
  seconds "$build/recoupe" ingest --db "$db" -q --timings "$out/one-more.txt" >/dev/null
  rm -f "$out/one-more.txt"
  echo "-- analyze --db (whole dossier, JSON)"
  seconds "$build/recoupe" analyze --db "$db" >"$out/dossier-$n.json"
  event=$(sqlite3 "$db" "SELECT id FROM events ORDER BY position LIMIT 1")
  echo "-- analyze --db --event $event (JSON)"
  seconds "$build/recoupe" analyze --db "$db" --event "$event" >/dev/null
  echo "-- store: $(du -h "$db" | cut -f1), $(sqlite3 "$db" 'SELECT count(*) FROM events') events"
done
