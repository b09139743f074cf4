// The API of `recoupe serve`, answered from one recoupe dossier held in
// memory: what the page reads, for its unit tests and for working on the page
// without the service (scripts/mock-server.mjs). Routes and shapes follow the
// service; only node:http is used.

/** @typedef {{ dossier: object, raw: (id: string) => string | null,
 *              add?: (request: {contentType: string, body: Buffer}) => Promise<{status: number, body: object}>,
 *              remove?: (id: string) => Promise<boolean> }} MockStore */

/** The documents of an event's dossier: the event's own, any other the
 *  corpus stage placed dates or figures of in it, and any reporting its facts. */
export function eventDocumentIds(dossier, event) {
  const ids = [...event.documents];
  const add = (id) => ids.includes(id) || ids.push(id);
  for (const doc of dossier.documents) if ((doc.events ?? []).includes(event.id)) add(doc.id);
  for (const fact of dossier.facts) if (fact.event === event.id) fact.reports.forEach((r) => add(r.document));
  return ids;
}

/** The dossier of one event, in the shape of the whole dossier. */
export function eventDossier(dossier, id) {
  const event = dossier.events.find((e) => e.id === id);
  if (!event) return null;
  const ids = eventDocumentIds(dossier, event);
  return {
    recoupe_version: dossier.recoupe_version,
    schema_version: dossier.schema_version,
    documents: dossier.documents.filter((d) => ids.includes(d.id)),
    events: [event],
    facts: dossier.facts.filter((f) => f.event === id),
    flags: dossier.flags.filter((f) => ids.includes(f.document)),
    reuse: dossier.reuse.filter((r) => r.documents.every((d) => ids.includes(d))),
    timeline: dossier.timeline.filter((t) => t.event === id),
  };
}

export function eventSummaries(dossier) {
  return dossier.events.map((event) => {
    const part = eventDossier(dossier, event.id);
    const outlets = [];
    for (const id of event.documents) {
      const name = dossier.documents.find((d) => d.id === id)?.outlet?.name;
      if (name && !outlets.includes(name)) outlets.push(name);
    }
    return {
      id: event.id,
      label: event.label,
      when: event.when,
      where: event.where,
      actors: event.actors,
      documents: event.documents,
      outlets,
      facts: part.facts.length,
      flags: part.flags.length,
      conflicts:
        part.facts.filter((f) => f.status === 'conflict').length +
        part.flags.filter((f) => f.kind === 'cross_source_conflict').length,
    };
  });
}

export function documentSummaries(dossier) {
  return dossier.documents.map((d) => ({
    id: d.id,
    title: d.title ?? null,
    outlet: d.outlet?.name ?? null,
    language: d.language ?? null,
    published: d.published?.value ?? null,
    events: d.events ?? [],
  }));
}

const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Accent- and case-blind search of every word; snippets mark hits with ** as the service does. */
export function search(dossier, raw, query) {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const results = [];
  for (const doc of dossier.documents) {
    const text = raw(doc.id) ?? '';
    const folded = fold(text);
    // Folding keeps one character per character of NFC text of Latin script.
    if (folded.length !== text.length || !words.every((w) => folded.includes(w))) continue;
    const at = folded.indexOf(words[0]);
    const start = Math.max(0, at - 60);
    const end = Math.min(text.length, at + words[0].length + 60);
    const snippet =
      (start > 0 ? '…' : '') +
      text.slice(start, at) +
      `**${text.slice(at, at + words[0].length)}**` +
      text.slice(at + words[0].length, end) +
      (end < text.length ? '…' : '');
    results.push({ document: doc.id, title: doc.title ?? null, snippet: snippet.replace(/\s+/g, ' ') });
  }
  return results;
}

function send(response, status, body) {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  response.end(text);
}

function readBody(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    request.on('data', (c) => chunks.push(c));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/**
 * A node:http request handler for the API routes. Returns false for paths
 * outside the API so a caller can serve files there.
 * @param {() => MockStore} storeOf the current store (it changes on upload)
 */
export function apiHandler(storeOf) {
  return async (request, response) => {
    const url = new URL(request.url, 'http://localhost');
    const path = url.pathname;
    const method = request.method;
    const store = storeOf();
    const dossier = store.dossier;
    const tail = (prefix) => decodeURIComponent(path.slice(prefix.length));
    try {
      if (path === '/healthz')
        return send(response, 200, { status: 'ok', documents: dossier.documents.length, events: dossier.events.length }), true;
      if (path === '/api/v1/events' && method === 'GET')
        return send(response, 200, { events: eventSummaries(dossier) }), true;
      if (path.startsWith('/api/v1/events/') && method === 'GET') {
        const part = eventDossier(dossier, tail('/api/v1/events/'));
        return part ? send(response, 200, part) : send(response, 404, { error: `no event '${tail('/api/v1/events/')}'` }), true;
      }
      if (path === '/api/v1/documents' && method === 'GET')
        return send(response, 200, { documents: documentSummaries(dossier) }), true;
      if (path === '/api/v1/documents' && method === 'POST') {
        if (!store.add) return send(response, 405, { error: 'this mock holds a fixed dossier' }), true;
        const result = await store.add({ contentType: request.headers['content-type'] ?? '', body: await readBody(request) });
        return send(response, result.status, result.body), true;
      }
      if (path.startsWith('/api/v1/documents/')) {
        const id = tail('/api/v1/documents/');
        const doc = dossier.documents.find((d) => d.id === id);
        if (!doc) return send(response, 404, { error: `no document '${id}'` }), true;
        if (method === 'GET') return send(response, 200, { document: doc, raw: store.raw(id) ?? '' }), true;
        if (method === 'DELETE' && store.remove) {
          await store.remove(id);
          return send(response, 200, { deleted: id }), true;
        }
        return send(response, 405, { error: 'method not allowed' }), true;
      }
      if (path === '/api/v1/search' && method === 'GET') {
        const q = url.searchParams.get('q') ?? '';
        if (!q.trim()) return send(response, 400, { error: 'give the words to search for: /api/v1/search?q=...' }), true;
        return send(response, 200, { results: search(dossier, store.raw, q) }), true;
      }
      if (path.startsWith('/api/')) return send(response, 404, { error: `no route ${method} ${path}` }), true;
      return false;
    } catch (e) {
      send(response, 500, { error: e.message });
      return true;
    }
  };
}
