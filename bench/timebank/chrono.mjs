// Runs chrono-node's French parser (chrono.fr) over the documents written by
// `timebank_eval --dump` ({"id","dct","text"} per line) and prints one
// prediction per line: {"id","begin","end","value"} with byte offsets into
// the text and a TIMEX3-style value (YYYY-MM-DD, YYYY-MM, YYYY, with
// "THH:MM" when chrono is certain of the hour).
//
//   node chrono.mjs docs.jsonl > chrono.jsonl
import * as chrono from 'chrono-node';
import { readFileSync } from 'node:fs';

const pad = (n, w = 2) => String(n).padStart(w, '0');

function timexValue(component) {
  const y = component.get('year');
  const m = component.get('month');
  const d = component.get('day');
  const certain = (k) => component.isCertain(k);
  let value;
  if (certain('day') || certain('weekday') || !certain('month')) {
    value = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  } else if (certain('month')) {
    value = `${pad(y, 4)}-${pad(m)}`;
  }
  if (certain('hour')) value += `T${pad(component.get('hour'))}:${pad(component.get('minute') ?? 0)}`;
  return value;
}

for (const line of readFileSync(process.argv[2], 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const doc = JSON.parse(line);
  const [y, m, d] = doc.dct.slice(0, 10).split('-').map(Number);
  const reference = new Date(y, m - 1, d, 12, 0, 0);
  for (const r of chrono.fr.parse(doc.text, reference)) {
    const begin = Buffer.byteLength(doc.text.slice(0, r.index), 'utf8');
    const end = begin + Buffer.byteLength(r.text, 'utf8');
    let value = timexValue(r.start);
    if (r.end) value += '/' + timexValue(r.end);
    process.stdout.write(JSON.stringify({ id: doc.id, begin, end, value }) + '\n');
  }
}
