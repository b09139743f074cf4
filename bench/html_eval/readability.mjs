// Runs Mozilla Readability on every *.html page of a directory and writes
// {"<file name without .html>": text} to a JSON file, the same shape as
// `html_extract_main --batch`.
//
//   node readability.mjs PAGES_DIR OUT.json
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, basename } from 'node:path';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';

const [dir, outPath] = process.argv.slice(2);
if (!dir || !outPath) {
  console.error('usage: node readability.mjs PAGES_DIR OUT.json');
  process.exit(2);
}

// Text of the article element, one line per block-level element, so that
// words of adjacent paragraphs are not glued together.
function blockText(html) {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = 'p,h1,h2,h3,h4,h5,h6,li,blockquote,pre,td,th,figcaption,dt,dd,div,br,tr';
  for (const el of document.querySelectorAll(blocks)) {
    el.before(document.createTextNode('\n'));
    el.after(document.createTextNode('\n'));
  }
  return (document.body.textContent || '')
    .split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
}

const out = {};
let failed = 0;
for (const name of readdirSync(dir).filter((n) => n.endsWith('.html')).sort()) {
  const html = readFileSync(join(dir, name), 'utf8');
  let text = '';
  try {
    const { document } = parseHTML(html);
    const article = new Readability(document).parse();
    if (article && article.content) text = blockText(article.content);
  } catch (err) {
    failed += 1;
    console.error(`${name}: ${err.message}`);
  }
  out[basename(name, '.html')] = text;
}
writeFileSync(outPath, JSON.stringify(out, null, 1));
console.error(`${Object.keys(out).length} pages extracted to ${outPath} (${failed} failed)`);
