#!/usr/bin/env bash
# Installs what the web page (web/) needs to build and test: Node.js and npm
# (Debian's nodejs and npm, only when `node` is absent: a newer Node already
# on the machine is kept), then the page's npm packages as package-lock.json
# pins them (`npm ci`), skipped when web/node_modules already matches it.
set -euo pipefail
cd "$(dirname "$0")/../web"

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "web-deps: node and npm are missing and installing them needs root" >&2
    exit 1
  fi
  echo "web-deps: installing Debian's nodejs and npm"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends nodejs npm
fi

stamp=node_modules/.recoupe-lock-sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  echo "web-deps: web/node_modules matches package-lock.json"
  exit 0
fi
echo "web-deps: npm ci in web/ (node $(node --version), npm $(npm --version))"
npm ci --no-audit --no-fund
echo "$want" >"$stamp"
