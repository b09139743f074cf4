#!/usr/bin/env bash
# Installs every Debian package recoupe needs to build, test and benchmark,
# then Node.js (when absent) and the web page's npm packages (web-deps.sh).
# Run as root on Debian 12 (bookworm). Safe to run again: it installs only
# what is missing, and does nothing when everything is there.
set -euo pipefail

packages=(
  build-essential cmake pkg-config git
  libicu-dev            # Unicode normalisation, case folding
  libcld2-dev           # language identification
  libgumbo-dev          # HTML5 parsing
  nlohmann-json3-dev    # JSON reading and writing
  libcli11-dev          # command line
  libsqlite3-dev sqlite3  # the store (WAL, FTS5); sqlite3 for scripts/kill-test.sh
  libcpp-httplib-dev    # recoupe serve (HTTP API), API tests
  wrk                   # HTTP benchmark (bench/serve_bench.sh)
  libgtest-dev libgmock-dev googletest  # tests
  libbenchmark-dev      # benchmarks
  hunspell-fr hunspell-en-us  # word lists: common words, first names, surnames (entities)
  python3               # bench/quality/run.sh runs the development corpus's scorer
  time                  # /usr/bin/time for peak memory in bench scripts
  chromium              # headless browser check of the HTML report (scripts/report-screenshot.sh)
  clang libclang-rt-14-dev  # fuzz targets (libFuzzer) and the sanitizer build
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup: these packages are missing and installing them needs root: ${missing[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends "${missing[@]}"
else
  echo "setup: all Debian packages present"
fi
bash "$(dirname "$0")/gazetteer.sh" || echo "setup: gazetteer not built; the entities stage runs on the knowledge base alone" >&2
bash "$(dirname "$0")/web-deps.sh"
