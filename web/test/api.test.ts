// The page's API client against the mock API (scripts/mock-api.mjs) on a
// real loopback HTTP server, with the fixture dossier.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { apiHandler, eventSummaries } from '../scripts/mock-api.mjs';
import { api, ApiError } from '../src/api';
import { fixtureDossier, RAW_A, RAW_B } from './fixture';

let server: Server;
let base = '';
const requests: string[] = [];
const realFetch = globalThis.fetch;

beforeAll(async () => {
  const dossier = fixtureDossier();
  const raws: Record<string, string> = { a: RAW_A, b: RAW_B };
  const handle = apiHandler(() => ({ dossier, raw: (id: string) => raws[id] ?? null }));
  server = createServer(async (request, response) => {
    requests.push(`${request.method} ${request.url}`);
    if (!(await handle(request, response))) {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The page calls the API by path; here the path goes to the test server.
  vi.stubGlobal('fetch', (path: string, init?: RequestInit) => realFetch(base + path, init));
});

afterAll(() => {
  vi.unstubAllGlobals();
  server.close();
});

describe('API client and mock API', () => {
  it('reads health, events and documents', async () => {
    expect(await api.health()).toEqual({ status: 'ok', documents: 2, events: 1 });
    const [event] = await api.events();
    expect(event).toMatchObject({ id: 'ev-1', outlets: ['France-Soir'], facts: 2, flags: 1, conflicts: 0 });
    expect(event.documents).toEqual(['a', 'b']);
    const docs = await api.documents();
    expect(docs.map((d) => [d.id, d.outlet, d.published])).toEqual([
      ['a', 'France-Soir', '2016-03-27'],
      ['b', null, '2016-03-28'],
    ]);
  });

  it('reads an event dossier once until the page forgets it', async () => {
    requests.length = 0;
    const first = await api.event('ev-1');
    await api.event('ev-1');
    expect(first.events.map((e) => e.id)).toEqual(['ev-1']);
    expect(first.facts).toHaveLength(2);
    expect(requests).toEqual(['GET /api/v1/events/ev-1']);
    api.forget();
    await api.event('ev-1');
    expect(requests).toHaveLength(2);
  });

  it('reads a document with its raw text', async () => {
    const { document, raw } = await api.document('b');
    expect(document.id).toBe('b');
    expect(raw).toBe(RAW_B);
  });

  it('searches without regard to accents or case', async () => {
    const results = await api.search('LIBEREE');
    expect(results.map((r) => r.document)).toEqual(['b']);
    expect(results[0].snippet).toContain('**libérée**');
  });

  it('turns an error body into an ApiError with its message', async () => {
    const error = await api.event('ev-404').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(404);
    expect((error as ApiError).message).toBe("no event 'ev-404'");
    const refused = await api.addPasted({ text: 'x' }).catch((e: unknown) => e);
    expect((refused as ApiError).status).toBe(405);
  });

  it('reports an unreachable service in words', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('fetch failed')));
    const error = await api.health().catch((e: unknown) => e);
    expect((error as ApiError).message).toMatch(/cannot be reached/);
    vi.stubGlobal('fetch', (path: string, init?: RequestInit) => realFetch(base + path, init));
  });

  it('counts the flags and conflicts of each event', () => {
    const dossier = fixtureDossier();
    dossier.facts[1].status = 'conflict';
    expect(eventSummaries(dossier)[0]).toMatchObject({ facts: 2, flags: 1, conflicts: 1 });
  });
});
