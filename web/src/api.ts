// The JSON API of `recoupe serve` (docs/server.md). Errors come back as
// {"error": "message"}; they are thrown as ApiError with that message.

import type { Dossier, DossierDocument, Outlet, Place, Published } from './dossier';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    /** The parsed error body: a refused upload still lists what it skipped. */
    readonly body: unknown = null,
  ) {
    super(message);
  }
}

export interface Health {
  status: string;
  documents: number;
  events: number;
}

export interface SkippedInput {
  name: string;
  line?: number | null;
  message: string;
}

export interface AddResult {
  added: string[];
  unchanged: string[];
  skipped: SkippedInput[];
  events: string[];
}

export interface DocumentSummary {
  id: string;
  title: string | null;
  outlet: string | Outlet | null;
  language: string | null;
  published: string | Published | null;
  events: string[];
}

export interface EventSummary {
  id: string;
  label?: string;
  when: { earliest: string | null; latest: string | null } | null;
  where: Place[];
  actors: string[];
  documents: string[] | number;
  outlets: string[];
  facts: number;
  flags: number;
  conflicts: number;
}

export interface SearchResult {
  document: string;
  title: string | null;
  snippet: string;
}

/** One article of a JSON upload: read as a JSONL line is (docs/json-output.md);
 *  `name` only names it in the server's messages. */
export interface PastedArticle {
  text: string;
  title?: string;
  name?: string;
  outlet?: string;
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (e) {
    throw new ApiError(`The recoupe service cannot be reached (${(e as Error).message}).`, 0);
  }
  const body = await response.text();
  let json: unknown = null;
  try {
    json = body ? JSON.parse(body) : null;
  } catch {
    json = null;
  }
  if (!response.ok) {
    const message =
      json && typeof json === 'object' && 'error' in json ? String((json as { error: unknown }).error) : body;
    throw new ApiError(message || `${response.status} ${response.statusText}`, response.status, json);
  }
  if (json === null && body.trim() !== '')
    throw new ApiError(`The service answered ${path} with something other than JSON.`, response.status);
  return json as T;
}

const enc = encodeURIComponent;

// Event dossiers and documents are kept until articles are added or
// deleted or the home page is shown again, so moving between an event's
// values and its articles does not fetch them again.
const dossiers = new Map<string, Promise<Dossier>>();
const documents = new Map<string, Promise<{ document: DossierDocument; raw: string }>>();

function cached<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let value = cache.get(key);
  if (!value) {
    value = load();
    value.catch(() => cache.delete(key));
    cache.set(key, value);
  }
  return value;
}

function forget(): void {
  dossiers.clear();
  documents.clear();
}

export const api = {
  forget,
  health: () => request<Health>('/healthz'),
  events: () => request<{ events: EventSummary[] }>('/api/v1/events').then((r) => r.events),
  event: (id: string) => cached(dossiers, id, () => request<Dossier>(`/api/v1/events/${enc(id)}`)),
  documents: () => request<{ documents: DocumentSummary[] }>('/api/v1/documents').then((r) => r.documents),
  document: (id: string) =>
    cached(documents, id, () => request<{ document: DossierDocument; raw: string }>(`/api/v1/documents/${enc(id)}`)),
  search: (query: string) =>
    request<{ results: SearchResult[] }>(`/api/v1/search?q=${enc(query)}`).then((r) => r.results),
  async addPasted(article: PastedArticle): Promise<AddResult> {
    forget();
    return request<AddResult>('/api/v1/documents', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ documents: [article] }),
    });
  },
  async addFiles(files: File[]): Promise<AddResult> {
    forget();
    const form = new FormData();
    for (const file of files) form.append('files', file, file.name);
    return request<AddResult>('/api/v1/documents', { method: 'POST', body: form });
  },
  async deleteDocument(id: string): Promise<void> {
    forget();
    await request<unknown>(`/api/v1/documents/${enc(id)}`, { method: 'DELETE' });
  },
};

/** The outlet's name whether the server sends a name or an {name} object. */
export function outletText(outlet: string | Outlet | null | undefined): string | null {
  if (!outlet) return null;
  return typeof outlet === 'string' ? outlet : outlet.name;
}

/** The publication day whether the server sends a date or a {value} object. */
export function publishedText(published: string | Published | null | undefined): string | null {
  if (!published) return null;
  return typeof published === 'string' ? published : published.value ?? null;
}
