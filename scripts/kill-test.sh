#!/usr/bin/env bash
# Crash safety of the store (docs/robustness.md): runs `recoupe ingest` on
# many small generated articles and kills it with SIGKILL at a random moment,
# KILLS times in a row. After each kill, every article the ingest had
# acknowledged (an "added ID" line on its standard output, printed once the
# batch is committed) must be in the database, and `PRAGMA integrity_check`
# must say ok. Once every article is stored (or an ingest ends before its
# kill), the store is started afresh, so that most kills land while batches
# are analysed and committed. Finally an ingest runs to its end and the
# dossier is read back.
#
#   bash scripts/kill-test.sh [KILLS] [BUILD_DIR]     # default: 50 build
#
# Exit status 0 when every check passed, 1 otherwise, 77 (skipped) without
# the sqlite3 command.
set -euo pipefail
cd "$(dirname "$0")/.."
kills=${1:-50}
build=${2:-build}
recoupe=$build/recoupe
[ -x "$recoupe" ] || { echo "kill-test: $recoupe not built" >&2; exit 1; }
command -v sqlite3 >/dev/null ||
  { echo "kill-test: skipped: needs the sqlite3 command (scripts/setup.sh)" >&2; exit 77; }

work=$(mktemp -d "${TMPDIR:-/tmp}/recoupe-kill-test.XXXXXX")
trap 'rm -rf "$work"' EXIT
db=$work/store.db
docs=$work/articles
mkdir -p "$docs"

# 240 small articles: the text examples, each made unique by a line of its own.
n=0
for round in $(seq 1 80); do
  for source in examples/01_courrier-du-levant.txt examples/02_radio-meridienne.txt \
                examples/03_voix-du-plateau.txt; do
    n=$((n + 1))
    { cat "$source"; printf '\nDépêche complémentaire n° %d, série %d.\n' "$n" "$round"; } \
      >"$docs/article-$(printf '%04d' "$n").txt"
  done
done

acknowledged=$work/acknowledged
: >"$acknowledged"
checked=0 restarts=0 failures=0 mid_batches=0

check_store() {
  local when=$1
  local integrity
  integrity=$(sqlite3 "$db" "PRAGMA integrity_check;" 2>&1 || true)
  if [ "$integrity" != "ok" ]; then
    echo "kill-test: $when: integrity_check says: $integrity" >&2
    failures=$((failures + 1))
  fi
  sqlite3 "$db" "SELECT id FROM documents;" | sort >"$work/stored"
  sort -u "$acknowledged" >"$work/expected"
  local missing
  missing=$(comm -23 "$work/expected" "$work/stored" | wc -l)
  if [ "$missing" -ne 0 ]; then
    echo "kill-test: $when: $missing acknowledged articles missing:" >&2
    comm -23 "$work/expected" "$work/stored" | head -5 >&2
    failures=$((failures + 1))
  fi
  checked=$((checked + $(wc -l <"$work/expected")))
}

for k in $(seq 1 "$kills"); do
  out=$work/out-$k
  "$recoupe" ingest --db "$db" --batch 2 -j 1 -q "$docs" >"$out" 2>"$work/err-$k" &
  pid=$!
  # Anywhere from loading the data files to the corpus re-run at the end.
  delay=$(awk -v seed="$RANDOM$k" 'BEGIN { srand(seed); printf "%.2f", 0.2 + rand() * 2.3 }')
  sleep "$delay"
  if kill -0 "$pid" 2>/dev/null; then
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    finished=0
    grep -q '^added ' "$out" && mid_batches=$((mid_batches + 1))
  else
    wait "$pid" || { echo "kill-test: ingest $k failed on its own:" >&2; cat "$work/err-$k" >&2; failures=$((failures + 1)); }
    finished=1
  fi
  sed -n 's/^added //p' "$out" >>"$acknowledged"
  check_store "kill $k after ${delay}s ($(grep -c '^added ' "$out" || true) acknowledged by it)"
  stored=$(sqlite3 "$db" "SELECT count(*) FROM documents;" 2>/dev/null || echo 0)
  if [ "$finished" -eq 1 ] || [ "$stored" -eq "$n" ]; then
    # Everything is stored: start afresh so that later kills land in batches.
    rm -f "$db" "$db-wal" "$db-shm"
    : >"$acknowledged"
    restarts=$((restarts + 1))
  fi
done

# One ingest to its end on whatever the kills left, then the dossier.
"$recoupe" ingest --db "$db" --batch 2 -j 1 -q "$docs" >"$work/final" 2>"$work/err-final"
sed -n 's/^added //p' "$work/final" >>"$acknowledged"
check_store "final ingest"
stored=$(sqlite3 "$db" "SELECT count(*) FROM documents;")
[ "$stored" -eq "$n" ] || { echo "kill-test: $stored of $n articles stored after the final ingest" >&2; failures=$((failures + 1)); }
"$recoupe" analyze --db "$db" --format json >"$work/dossier.json" ||
  { echo "kill-test: analyze --db failed" >&2; failures=$((failures + 1)); }

echo "kill-test: $kills kills ($mid_batches after the killed ingest had committed batches," \
  "store started afresh $restarts times), $checked acknowledged articles checked," \
  "$failures failures"
[ "$failures" -eq 0 ]
