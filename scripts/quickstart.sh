#!/usr/bin/env bash
# Installs what is missing, builds, and analyses the project's own examples.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
build/recoupe analyze examples --format md -o examples.report.md
echo "quickstart: report written to examples.report.md (JSON: build/recoupe analyze examples)"
