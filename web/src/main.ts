// The page's shell: skip link, header with search and the store's counts,
// and the main region where the hash route's view is rendered.

import './style.css';
import { api } from './api';
import { el } from './dom';
import { parseRoute, searchHref, type Route } from './route';
import { renderDocument } from './views/document';
import { renderEvent } from './views/event';
import { renderHome } from './views/home';
import { renderSearch } from './views/search';
import { errorView, type View, type ViewContext } from './views/view';

const main = el('main', { id: 'main', tabindex: -1 });
const health = el('p', { class: 'health', 'aria-live': 'polite' });
const searchInput = el('input', { id: 'search-q', type: 'search', name: 'q', autocomplete: 'off' });

function skipToContent(event: Event): void {
  event.preventDefault();  // a hash here would be taken for a route
  main.focus();
}

function submitSearch(event: Event): void {
  event.preventDefault();
  const query = searchInput.value.trim();
  if (query) location.hash = searchHref(query);
}

async function refreshHealth(): Promise<void> {
  try {
    const h = await api.health();
    health.textContent = `${h.documents} article${h.documents === 1 ? '' : 's'} · ${h.events} event${h.events === 1 ? '' : 's'}`;
  } catch {
    health.textContent = 'service unreachable';
  }
}

const context: ViewContext = { refreshHealth };

function viewOf(route: Route): Promise<View> {
  switch (route.name) {
    case 'home':
      return renderHome(context);
    case 'event':
      return renderEvent(route.id, route.section);
    case 'document':
      return renderDocument(route.id, route.span);
    case 'search':
      searchInput.value = route.query;
      return renderSearch(route.query);
    case 'not-found':
      return Promise.resolve(errorView('Page not found', `There is no page at #${route.path}.`));
  }
}

let renders = 0;
let firstRender = true;

async function render(): Promise<void> {
  const current = ++renders;
  const route = parseRoute(location.hash);
  main.setAttribute('aria-busy', 'true');
  let view: View;
  try {
    view = await viewOf(route);
  } catch (e) {
    view = errorView('Something went wrong', (e as Error).message);
  }
  if (current !== renders) return;  // a later navigation won
  main.replaceChildren(view.node);
  main.removeAttribute('aria-busy');
  document.title = `${view.title} · recoupe`;
  // Keyboard and screen-reader users land on the new content: the span or
  // section the view scrolled to, else its heading (kept where the browser
  // put it on first load).
  const target = view.afterMount?.() ?? null;
  if (target) {
    target.focus({ preventScroll: true });
  } else {
    window.scrollTo(0, 0);
    if (!firstRender) view.node.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
  }
  firstRender = false;
}

document.body.replaceChildren(
  el('a', { class: 'skip-link', href: '#main', onclick: skipToContent }, 'Skip to content'),
  el(
    'header',
    { class: 'site-header' },
    el('a', { class: 'brand', href: '#/' }, 'recoupe'),
    el('span', { class: 'tagline' }, 'cross-check your sources'),
    el(
      'form',
      { class: 'search-form', role: 'search', onsubmit: submitSearch },
      el('label', { for: 'search-q' }, 'Search articles'),
      searchInput,
      el('button', { type: 'submit' }, 'Search'),
    ),
    health,
  ),
  main,
);

window.addEventListener('hashchange', () => void render());
void refreshHealth();
void render();
