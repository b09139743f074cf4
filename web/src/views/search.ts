// Full-text search over the stored articles.

import { api, type SearchResult } from '../api';
import { el, link, note } from '../dom';
import { snippetParts } from '../model/snippet';
import { documentHref } from '../route';
import type { View } from './view';

function resultItem(result: SearchResult): HTMLElement {
  return el(
    'li',
    {},
    link(documentHref(result.document), result.title || result.document),
    el('span', { class: 'id' }, result.document),
    el('p', { class: 'snippet' }, snippetParts(result.snippet).map((p) => (p.hit ? el('mark', {}, p.text) : p.text))),
  );
}

export async function renderSearch(query: string): Promise<View> {
  const title = query ? `Search: ${query}` : 'Search';
  let body: HTMLElement;
  if (!query) {
    body = note('Type words in the search box above; accents are ignored.');
  } else {
    try {
      const results = await api.search(query);
      body =
        results.length === 0
          ? note(`No article contains “${query}”.`)
          : el('div', {}, el('p', {}, `${results.length} article${results.length === 1 ? '' : 's'}`), el('ol', { class: 'search-results' }, results.map(resultItem)));
    } catch (e) {
      body = el('p', { class: 'error', role: 'alert' }, (e as Error).message);
    }
  }
  return { title, node: el('div', { class: 'view search' }, el('h1', { tabindex: -1 }, title), body) };
}
