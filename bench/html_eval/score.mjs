// Scores extracted main texts against gold.
//
//   node score.mjs zyte GROUND_TRUTH.json NAME=OUT.json [NAME=OUT.json ...]
//     Token-level precision, recall and F1 per page, averaged over pages.
//     Tokens: maximal runs of letters and digits, lower-cased; a page's
//     tokens are a multiset and the overlap is the multiset intersection.
//     A page with no extracted text counts as P = R = F1 = 0.
//   node score.mjs snippets EVALDATA.json NAME=OUT.json [...]
//     Fraction of "with" snippets found and of "without" snippets absent in
//     the extracted text (white space collapsed on both sides).
//   node score.mjs meta EVALDATA.json recoupe=META.json
//     Metadata against the gold title, author and date of the French pages:
//     title equal (case and white space ignored), gold author among the
//     bylines (same normalisation), published date's first 10 characters equal
//     to the gold date. Only pages whose gold has a non-empty value count.
//   Add --per-page FILE.tsv to write each page's figures for the first system.
import { readFileSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
let perPage = null;
const perPageAt = args.indexOf('--per-page');
if (perPageAt >= 0) {
  perPage = args[perPageAt + 1];
  args.splice(perPageAt, 2);
}
const [mode, goldPath, ...systems] = args;
if (!['zyte', 'snippets', 'meta'].includes(mode) || !goldPath || systems.length === 0) {
  console.error('usage: node score.mjs zyte|snippets|meta GOLD.json NAME=OUT.json ... ' +
    '[--per-page F]');
  process.exit(2);
}
const gold = JSON.parse(readFileSync(goldPath, 'utf8'));

function tokens(text) {
  return (text || '').toLowerCase().match(/[\p{L}\p{N}]+/gu) || [];
}

function counts(list) {
  const m = new Map();
  for (const t of list) m.set(t, (m.get(t) || 0) + 1);
  return m;
}

function prf(extracted, expected) {
  const a = tokens(extracted);
  const b = tokens(expected);
  if (a.length === 0 || b.length === 0) return { p: 0, r: 0, f: 0 };
  const cb = counts(b);
  let common = 0;
  for (const [t, n] of counts(a)) common += Math.min(n, cb.get(t) || 0);
  const p = common / a.length;
  const r = common / b.length;
  return { p, r, f: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

const squeeze = (s) => (s || '').replace(/\s+/g, ' ').trim();

const fmt = (x) => x.toFixed(3);
const rows = [];
for (const [index, spec] of systems.entries()) {
  const [name, path] = spec.split('=');
  const out = JSON.parse(readFileSync(path, 'utf8'));
  const lines = [];
  if (mode === 'zyte') {
    let p = 0, r = 0, f = 0, n = 0;
    for (const [id, entry] of Object.entries(gold)) {
      const s = prf(out[id], entry.articleBody);
      p += s.p; r += s.r; f += s.f; n += 1;
      lines.push(`${id}\t${fmt(s.p)}\t${fmt(s.r)}\t${fmt(s.f)}`);
    }
    rows.push(`| ${name} | ${n} | ${fmt(p / n)} | ${fmt(r / n)} | ${fmt(f / n)} |`);
  } else if (mode === 'meta') {
    const norm = (s) => squeeze(s).toLowerCase();
    const tally = { title: [0, 0], author: [0, 0], date: [0, 0] };
    for (const entry of Object.values(gold)) {
      const id = entry.file.replace(/\.html?$/, '');
      const meta = out[id] || {};
      const check = (field, ok) => { tally[field][1] += 1; if (ok) tally[field][0] += 1; };
      if (entry.title) check('title', norm(meta.title) === norm(entry.title));
      if (entry.author) {
        check('author', (meta.bylines || []).some((b) => norm(b) === norm(entry.author)));
      }
      if (entry.date) check('date', (meta.published || '').slice(0, 10) === entry.date);
      lines.push(`${id}\t${meta.title}\t${(meta.bylines || []).join('; ')}\t${meta.published}`);
    }
    const cell = ([ok, n]) => `${ok}/${n} (${fmt(ok / n)})`;
    rows.push(`| ${name} | ${cell(tally.title)} | ${cell(tally.author)} | ${cell(tally.date)} |`);
  } else {
    let withOk = 0, withN = 0, withoutOk = 0, withoutN = 0;
    for (const entry of Object.values(gold)) {
      const id = entry.file.replace(/\.html?$/, '');
      const text = squeeze(out[id]);
      let ok = 0, bad = 0;
      for (const s of entry.with || []) { withN += 1; if (text.includes(squeeze(s))) { withOk += 1; ok += 1; } }
      for (const s of entry.without || []) { withoutN += 1; if (!text.includes(squeeze(s))) withoutOk += 1; else bad += 1; }
      lines.push(`${id}\twith_ok=${ok}/${(entry.with || []).length}\twithout_present=${bad}`);
    }
    const all = (withOk + withoutOk) / (withN + withoutN);
    rows.push(`| ${name} | ${withOk}/${withN} (${fmt(withOk / withN)}) | ` +
      `${withoutOk}/${withoutN} (${fmt(withoutOk / withoutN)}) | ${fmt(all)} |`);
  }
  if (index === 0 && perPage) writeFileSync(perPage, lines.join('\n') + '\n');
}
if (mode === 'zyte') {
  console.log('| system | pages | precision | recall | F1 |\n|---|---:|---:|---:|---:|');
} else if (mode === 'meta') {
  console.log('| system | title | author | date |\n|---|---:|---:|---:|');
} else {
  console.log('| system | "with" found | "without" absent | all snippets correct |\n|---|---:|---:|---:|');
}
console.log(rows.join('\n'));
