#!/usr/bin/env node
// A stand-in for `recoupe serve` while working on the page: the same routes
// (scripts/mock-api.mjs), the built page from dist/, and articles kept as
// files in a temporary folder that `recoupe analyze` reads again after each
// upload or deletion. Raw text is exact for text and JSONL "text" articles;
// for HTML the service returns the page's visible text, which this mock
// does not reproduce.
//
//   node scripts/mock-server.mjs [--port 8080] [--host 127.0.0.1]
//        [--recoupe ../build/recoupe] [--reference-date 2026-11-23]
//        [--dist dist] [--load DIR]
//
// Prints "listening on http://HOST:PORT" once it accepts requests.

import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiHandler } from './mock-api.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

function options(argv) {
  const o = {
    port: 8080,
    host: '127.0.0.1',
    recoupe: resolve(here, '../../build/recoupe'),
    referenceDate: '2026-11-23',
    dist: resolve(here, '../dist'),
    load: [],
  };
  for (let i = 0; i < argv.length; i += 2) {
    const [key, value] = [argv[i], argv[i + 1]];
    if (key === '--port') o.port = Number(value);
    else if (key === '--host') o.host = value;
    else if (key === '--recoupe') o.recoupe = resolve(value);
    else if (key === '--reference-date') o.referenceDate = value;
    else if (key === '--dist') o.dist = resolve(value);
    else if (key === '--load') o.load.push(resolve(value));
    else throw new Error(`unknown option ${key}`);
  }
  return o;
}

const EMPTY = { documents: [], events: [], facts: [], flags: [], reuse: [], timeline: [], skipped: [] };
const KINDS = /\.(txt|html?|jsonl)$/i;
const sha = (data) => createHash('sha256').update(data).digest('hex');

/** Splits a multipart/form-data body into its files. */
export function multipartFiles(contentType, body) {
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (!boundary) return [];
  const files = [];
  const delimiter = Buffer.from(`--${boundary}`);
  let at = body.indexOf(delimiter);
  while (at >= 0) {
    const next = body.indexOf(delimiter, at + delimiter.length);
    if (next < 0) break;
    const part = body.subarray(at + delimiter.length + 2, next - 2);  // CRLF after the delimiter and before the next
    const headerEnd = part.indexOf('\r\n\r\n');
    const headers = part.subarray(0, headerEnd).toString('utf8');
    const filename = /filename="([^"]*)"/i.exec(headers)?.[1];
    if (filename !== undefined) files.push({ name: basename(filename), content: part.subarray(headerEnd + 4) });
    at = next;
  }
  return files;
}

class RecoupeStore {
  constructor(o) {
    this.o = o;
    this.dir = mkdtempSync(join(tmpdir(), 'recoupe-mock-'));
    this.dossier = EMPTY;
    this.raw = (id) => this.rawOf(id);
  }

  async analyze() {
    const files = readdirSync(this.dir).filter((f) => KINDS.test(f));
    if (files.length === 0) {
      this.dossier = EMPTY;
      return;
    }
    const stdout = await new Promise((ok, fail) =>
      execFile(this.o.recoupe, ['analyze', this.dir, '--reference-date', this.o.referenceDate, '-q'],
        { maxBuffer: 1 << 30 }, (error, out, err) => (out ? ok(out) : fail(new Error(err || error?.message)))),
    );
    this.dossier = JSON.parse(stdout);
  }

  rawOf(id) {
    const doc = this.dossier.documents.find((d) => d.id === id);
    if (!doc || !existsSync(doc.path)) return null;
    const content = readFileSync(doc.path, 'utf8');
    if (doc.line == null) return content;
    const entry = JSON.parse(content.split('\n')[doc.line - 1]);
    return entry.text ?? entry.html ?? '';
  }

  /** Writes each input as a file unless one with the same bytes is there. */
  async add({ contentType, body }) {
    const inputs = [];
    const skipped = [];
    if (contentType.startsWith('multipart/form-data')) {
      for (const file of multipartFiles(contentType, body))
        if (KINDS.test(file.name)) inputs.push(file);
        else skipped.push({ name: file.name, message: 'not a .txt, .html or .jsonl file' });
    } else if (contentType.startsWith('application/json')) {
      const parsed = JSON.parse(body.toString('utf8'));
      for (const entry of parsed.documents ?? []) {
        const { name, ...line } = entry;
        const hash = sha(JSON.stringify(line)).slice(0, 16);
        line.id ??= `pasted-${hash}`;
        inputs.push({ name: `${line.id}.jsonl`, content: Buffer.from(`${JSON.stringify(line)}\n`), label: name });
      }
    } else if (contentType.startsWith('text/plain')) {
      inputs.push({ name: `upload-${sha(body).slice(0, 16)}.txt`, content: body });
    } else {
      return { status: 415, body: { error: `unsupported Content-Type '${contentType}'` } };
    }
    const existing = new Map(readdirSync(this.dir).map((f) => [sha(readFileSync(join(this.dir, f))), f]));
    const fresh = [];
    const same = [];
    for (const input of inputs) {
      const known = existing.get(sha(input.content));
      if (known) same.push(join(this.dir, known));
      else {
        writeFileSync(join(this.dir, input.name), input.content);
        fresh.push(join(this.dir, input.name));
      }
    }
    if (fresh.length) await this.analyze();
    const idsOf = (paths) => this.dossier.documents.filter((d) => paths.includes(d.path)).map((d) => d.id);
    const added = idsOf(fresh);
    const events = [...new Set(this.dossier.documents.filter((d) => added.includes(d.id)).flatMap((d) => d.events ?? []))];
    for (const s of this.dossier.skipped ?? [])
      if (fresh.includes(s.path)) skipped.push({ name: basename(s.path), line: s.line, message: s.message });
    const result = { added, unchanged: idsOf(same), skipped, events };
    if (added.length) return { status: 201, body: result };
    if (result.unchanged.length) return { status: 200, body: result };
    return { status: 422, body: { ...result, error: 'no document could be read' } };
  }

  async remove(id) {
    const doc = this.dossier.documents.find((d) => d.id === id);
    if (!doc) return false;
    if (doc.line == null) unlinkSync(doc.path);
    else {
      const lines = readFileSync(doc.path, 'utf8').split('\n');
      lines[doc.line - 1] = '';
      writeFileSync(doc.path, lines.join('\n'));
    }
    await this.analyze();
    return true;
  }
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

function serveFile(dist, path, response) {
  const file = resolve(dist, `.${decodeURIComponent(path)}`);
  const inside = file === dist || file.startsWith(dist + sep);
  const target = inside && existsSync(file) && statSync(file).isFile() ? file : join(dist, 'index.html');
  if (!existsSync(target)) {
    response.writeHead(404, { 'Content-Type': 'text/plain' });
    response.end('the page is not built: run npm run build in web/');
    return;
  }
  response.writeHead(200, { 'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream' });
  response.end(readFileSync(target));
}

async function main() {
  const o = options(process.argv.slice(2));
  const store = new RecoupeStore(o);
  for (const dir of o.load)
    for (const f of readdirSync(dir).filter((f) => KINDS.test(f)))
      writeFileSync(join(store.dir, f), readFileSync(join(dir, f)));
  await store.analyze();
  const api = apiHandler(() => store);
  const server = createServer(async (request, response) => {
    if (!(await api(request, response))) serveFile(o.dist, new URL(request.url, 'http://localhost').pathname, response);
  });
  const stop = () => {
    server.close();
    rmSync(store.dir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.listen(o.port, o.host, () => {
    const { port } = server.address();
    console.log(`listening on http://${o.host}:${port}`);
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(`mock-server: ${e.message}`);
    process.exit(1);
  });
}
