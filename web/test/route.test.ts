import { describe, expect, it } from 'vitest';
import { documentHref, eventHref, parseRoute, parseSpan, routeHref, searchHref, type Route } from '../src/route';

describe('hash routes', () => {
  it('reads each view', () => {
    expect(parseRoute('')).toEqual({ name: 'home' });
    expect(parseRoute('#/')).toEqual({ name: 'home' });
    expect(parseRoute('#/events/ev-1')).toEqual({ name: 'event', id: 'ev-1', section: null });
    expect(parseRoute('#/events/ev-1?section=facts')).toEqual({ name: 'event', id: 'ev-1', section: 'facts' });
    expect(parseRoute('#/documents/001_4cb14d4706432b3e?span=646-661')).toEqual({
      name: 'document',
      id: '001_4cb14d4706432b3e',
      span: { begin: 646, end: 661 },
    });
    expect(parseRoute('#/documents/a')).toEqual({ name: 'document', id: 'a', span: null });
    expect(parseRoute('#/search?q=Daech%20Palmyre')).toEqual({ name: 'search', query: 'Daech Palmyre' });
  });

  it('keeps ids with reserved characters through a round trip', () => {
    const routes: Route[] = [
      { name: 'event', id: 'ev 1/é?', section: null },
      { name: 'document', id: 'upload-1#2 « x »', span: { begin: 0, end: 12 } },
      { name: 'search', query: 'État islamique & co' },
      { name: 'event', id: 'ev-2', section: 'word-choice' },
    ];
    for (const route of routes) expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it('builds links', () => {
    expect(eventHref('ev-1')).toBe('#/events/ev-1');
    expect(eventHref('ev-1', 'facts')).toBe('#/events/ev-1?section=facts');
    expect(documentHref('a b', { begin: 3, end: 9 })).toBe('#/documents/a%20b?span=3-9');
    expect(documentHref('a')).toBe('#/documents/a');
    expect(searchHref('Daech')).toBe('#/search?q=Daech');
  });

  it('ignores a malformed span and unknown paths', () => {
    expect(parseSpan('9-3')).toBeNull();
    expect(parseSpan('3-')).toBeNull();
    expect(parseSpan('x-y')).toBeNull();
    expect(parseSpan('3-3')).toEqual({ begin: 3, end: 3 });
    expect(parseRoute('#/documents/a?span=nope')).toEqual({ name: 'document', id: 'a', span: null });
    expect(parseRoute('#/elsewhere')).toEqual({ name: 'not-found', path: '/elsewhere' });
    expect(parseRoute('#/events/%E0%A4%A')).toEqual({ name: 'not-found', path: '/events/%E0%A4%A' });
  });
});
