#!/usr/bin/env bash
# Renders the HTML report of the shared seed corpus and checks it in headless
# Chromium: a screenshot of the whole page, the rendered DOM must hold what
# the report's summary counts (the events with their facts tables, the
# flags), and what a careful reading of the seeds finds must be on the page:
# two events, the 400 toll agreed on by one underlying source, the flags
# (anachronism, duration mismatch, the Saturday/Sunday conflict, copied text).
#
#   bash scripts/report-screenshot.sh [BUILD_DIR] [OUT_DIR]
#
# BUILD_DIR defaults to build/, OUT_DIR to BUILD_DIR/report-check; writes
# seeds-report.html, seeds-report.png and seeds-report.dom.html there.
# Exit 0 when the checks pass, 1 when one fails, 77 (skipped) when the shared
# corpus or chromium is absent.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
out_dir=${2:-$build/report-check}
seeds=${RECOUPE_SHARED_DIR:-$root/../shared}/corpus/seeds

if [ ! -d "$seeds" ]; then
  echo "report-screenshot: SKIPPED: no shared seed corpus at $seeds"
  exit 77
fi
chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ]; then
  echo "report-screenshot: SKIPPED: chromium is not installed (bash scripts/setup.sh installs it)"
  exit 77
fi

mkdir -p "$out_dir"
out_dir=$(cd "$out_dir" && pwd)
html=$out_dir/seeds-report.html
png=$out_dir/seeds-report.png
dom=$out_dir/seeds-report.dom.html
rm -f "$html" "$png" "$dom"
"$build/recoupe" analyze "$seeds" --format html -o "$html" -q

# A fresh profile each run; nothing reaches the network.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
browser=("$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run
         --disable-background-networking --disable-component-update --disable-sync
         --user-data-dir="$profile")
# Headless Chromium shoots the window, not the page: the window is taller
# than the seeds' report (about 7,000 pixels at this width).
timeout 180 "${browser[@]}" --screenshot="$png" --window-size=1400,9000 "file://$html" \
  >"$out_dir/chromium.log" 2>&1 || true
timeout 180 "${browser[@]}" --dump-dom "file://$html" >"$dom" 2>>"$out_dir/chromium.log" || true

failed=0
fail() { echo "report-screenshot: FAIL: $*"; failed=1; }

# The screenshot: a PNG, and not a blank page (a blank 1400x3000 PNG
# compresses to a few kilobytes).
if [ ! -s "$png" ]; then
  fail "no screenshot written (see $out_dir/chromium.log)"
elif [ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" != "89504e470d0a1a0a" ]; then
  fail "$png is not a PNG"
elif [ "$(stat -c %s "$png")" -lt 40000 ]; then
  fail "$png is only $(stat -c %s "$png") bytes: a blank page?"
fi

# The DOM as Chromium built it must hold what the summary counts.
count() { grep -o "$1" "$dom" | wc -l; }
summary=$(grep -o '[0-9]* events, [0-9]* facts ([0-9]* in conflict), [0-9]* flags' "$dom" | head -1 || true)
if [ -z "$summary" ]; then
  fail "the rendered DOM has no report summary (see $dom)"
else
  read -r events facts flags < <(echo "$summary" | sed -E 's/([0-9]+) events, ([0-9]+) facts \([0-9]+ in conflict\), ([0-9]+) flags/\1 \2 \3/')
  echo "report-screenshot: the report counts $events events, $facts facts, $flags flags"
  [ "$(count '<section class="event">')" -eq "$events" ] || fail "expected $events event sections"
  if [ "$facts" -gt 0 ]; then
    [ "$(count '<table class="facts">')" -ge 1 ] || fail "no facts table"
    [ "$(count '<tr class="tone-')" -ge "$facts" ] || fail "fewer fact rows than $facts facts"
  fi
  [ "$(count '<div class="item tone-\(flag\|conflict\)">')" -ge "$flags" ] || fail "fewer flag items than $flags flags"
  [ "$(count '<h3>Flags</h3>')" -ge 1 ] || fail "no Flags section"
  [ "$(count '<h3>Word choice</h3>')" -ge 1 ] || fail "no Word choice section"
  [ "$(count '<details>')" -ge 5 ] || fail "fewer than 5 documents shown as read"
fi

# What the seeds hold (SEEDS-READING.md): the recapture of March 2016 and its
# December sequel; 400 killed Islamic State fighters agreed on by 001 and
# 004, which relay one underlying source; the flags of the reading.
[ "${events:-0}" -eq 2 ] || fail "expected the seeds' 2 events, the report counts ${events:-none}"
grep -q 'ev-1 · Palmyra, March 2016' "$dom" || fail "no 'Palmyra, March 2016' event"
grep -q 'ev-2 · Palmyra, December 2016' "$dom" || fail "no 'Palmyra, December 2016' event"
agreed_toll=$(awk 'BEGIN { RS = "</tr>" }
  index($0, "<tr class=\"tone-agree\"><td class=\"strong\">killed<div class=\"note\">fighters · Islamic State</div>") { print; exit }' "$dom")
[[ "$agreed_toll" == *'>400<'* ]] || fail "no agreed row for 400 killed Islamic State fighters"
[[ "$agreed_toll" == *'one underlying source'* ]] || fail "the 400 toll is not shown as one underlying source"
for kind in date_anachronism duration_mismatch cross_source_conflict copied_text; do
  [ "$(count "class=\"badge\">$kind<")" -ge 1 ] || fail "no $kind flag"
done
grep -q "'samedi dernier' dates" "$dom" || fail "the Saturday/Sunday conflict is not told"
[ "$(count '<table class="side-by-side">')" -ge 1 ] || fail "no copied passage shown side by side"

if [ "$failed" -ne 0 ]; then exit 1; fi
echo "report-screenshot: ok: $png ($(stat -c %s "$png") bytes), DOM checked"
