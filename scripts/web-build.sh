#!/usr/bin/env bash
# Builds the web page into web/dist (TypeScript checked, then bundled by
# Vite), which `recoupe serve` serves. Does nothing when web/dist is newer
# than every source of the page. Without Node.js it says so and leaves the
# page unbuilt: the command line does not need it.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "web-build: node and npm are missing (bash scripts/setup.sh installs them); the web page is not built" >&2
  exit 0
fi
bash scripts/web-deps.sh
cd web
if [ -f dist/index.html ] && [ -z "$(find index.html package-lock.json tsconfig.json vite.config.ts src \
      -newer dist/index.html -print -quit 2>/dev/null)" ]; then
  echo "web-build: web/dist is up to date"
  exit 0
fi
npm run build
