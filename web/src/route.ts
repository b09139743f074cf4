// Hash routes of the page. Every view is reachable by a link:
//   #/                                  home: add articles, events, documents
//   #/events/ev-1[?section=facts]       the dossier of one event
//   #/documents/ID[?span=BEGIN-END]     one article as read, a byte span highlighted
//   #/search?q=WORDS                    full-text search

import type { ByteSpan } from './dossier';

export type Route =
  | { name: 'home' }
  | { name: 'event'; id: string; section: string | null }
  | { name: 'document'; id: string; span: ByteSpan | null }
  | { name: 'search'; query: string }
  | { name: 'not-found'; path: string };

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/** Parses `BEGIN-END` (byte offsets, BEGIN <= END). */
export function parseSpan(value: string | null): ByteSpan | null {
  const m = value ? /^(\d+)-(\d+)$/.exec(value) : null;
  if (!m) return null;
  const begin = Number(m[1]);
  const end = Number(m[2]);
  return end >= begin ? { begin, end } : null;
}

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  const [pathPart, queryPart = ''] = path.split(/\?(.*)/s, 2);
  const query = new URLSearchParams(queryPart);
  const parts = pathPart.split('/').filter((p) => p !== '');
  if (parts.length === 0) return { name: 'home' };
  const id = parts.length === 2 ? decode(parts[1]) : null;
  if (parts[0] === 'events' && id) return { name: 'event', id, section: query.get('section') };
  if (parts[0] === 'documents' && id)
    return { name: 'document', id, span: parseSpan(query.get('span')) };
  if (parts[0] === 'search' && parts.length === 1)
    return { name: 'search', query: query.get('q') ?? '' };
  return { name: 'not-found', path };
}

export function homeHref(): string {
  return '#/';
}

export function eventHref(id: string, section?: string): string {
  const base = `#/events/${encodeURIComponent(id)}`;
  return section ? `${base}?section=${encodeURIComponent(section)}` : base;
}

export function documentHref(id: string, span?: ByteSpan | null): string {
  const base = `#/documents/${encodeURIComponent(id)}`;
  return span ? `${base}?span=${span.begin}-${span.end}` : base;
}

export function searchHref(query: string): string {
  return `#/search?${new URLSearchParams({ q: query }).toString()}`;
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'home':
      return homeHref();
    case 'event':
      return eventHref(route.id, route.section ?? undefined);
    case 'document':
      return documentHref(route.id, route.span);
    case 'search':
      return searchHref(route.query);
    case 'not-found':
      return `#${route.path}`;
  }
}
