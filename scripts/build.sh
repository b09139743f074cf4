#!/usr/bin/env bash
# Configures and builds recoupe in build/ (Release with debug info), then the
# web page in web/dist (scripts/web-build.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" >/dev/null
cmake --build build -j"$(nproc)"
bash scripts/web-build.sh
