// Home: the events of the store with their outlets and counts, the articles,
// and the panel to add more.

import { api, outletText, publishedText, type DocumentSummary, type EventSummary } from '../api';
import { el, hidden, link, note, section } from '../dom';
import { formatDateRange } from '../model/wording';
import { documentHref, eventHref } from '../route';
import { addArticlesPanel } from './add-articles';
import type { View, ViewContext } from './view';

function count(value: string[] | number): number {
  return Array.isArray(value) ? value.length : value;
}

function eventsTable(events: EventSummary[]): HTMLElement {
  if (events.length === 0) return note('No events yet: add articles to see the events they report.');
  return el(
    'div',
    { class: 'table-scroll' },
    el(
      'table',
      { class: 'events-table' },
      el('caption', { class: 'visually-hidden' }, 'Events, with the outlets that report them and the counts of their dossier'),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          ['Event', 'When', 'Outlets', 'Articles', 'Facts', 'Flags', 'Conflicts'].map((h) =>
            el('th', { scope: 'col', class: ['Event', 'When', 'Outlets'].includes(h) ? '' : 'num' }, h),
          ),
        ),
      ),
      el(
        'tbody',
        {},
        events.map((e) =>
          el(
            'tr',
            { 'data-event': e.id },
            el('th', { scope: 'row' }, link(eventHref(e.id), e.label ?? e.id), el('span', { class: 'id' }, e.id)),
            el('td', { class: 'nowrap' }, formatDateRange(e.when?.earliest, e.when?.latest)),
            el('td', {}, e.outlets.join(', ') || '—'),
            el('td', { class: 'num' }, count(e.documents)),
            el('td', { class: 'num' }, e.facts),
            el('td', { class: 'num' }, e.flags),
            el(
              'td',
              { class: e.conflicts > 0 ? 'num conflict-count' : 'num' },
              e.conflicts > 0 ? [el('span', { 'aria-hidden': 'true' }, '✘ '), e.conflicts] : 0,
            ),
          ),
        ),
      ),
    ),
  );
}

function documentsTable(docs: DocumentSummary[], onDelete: (id: string) => Promise<void>): HTMLElement {
  if (docs.length === 0) return note('No articles in the store.');
  return el(
    'div',
    { class: 'table-scroll' },
    el(
      'table',
      { class: 'documents-table' },
      el('caption', { class: 'visually-hidden' }, 'Articles in the store'),
      el(
        'thead',
        {},
        el('tr', {}, ['Article', 'Outlet', 'Published', 'Language', 'Events', ''].map((h) =>
          h ? el('th', { scope: 'col' }, h) : el('th', { scope: 'col' }, hidden('Actions')),
        )),
      ),
      el(
        'tbody',
        {},
        docs.map((d) =>
          el(
            'tr',
            {},
            el('th', { scope: 'row' }, link(documentHref(d.id), d.title || d.id), el('span', { class: 'id' }, d.id)),
            el('td', {}, outletText(d.outlet) ?? '—'),
            el('td', { class: 'nowrap' }, publishedText(d.published) ?? '—'),
            el('td', {}, d.language ?? '—'),
            el('td', {}, el('ul', { class: 'inline-list' }, (d.events ?? []).map((id) => el('li', {}, link(eventHref(id), id))))),
            el(
              'td',
              {},
              el(
                'button',
                {
                  type: 'button',
                  class: 'small danger',
                  'aria-label': `Delete ${d.title || d.id}`,
                  onclick: () => {
                    if (confirm(`Delete “${d.title || d.id}” from the store?`)) void onDelete(d.id);
                  },
                },
                'Delete',
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

export async function renderHome(context: ViewContext): Promise<View> {
  const eventsBox = el('div', {});
  const documentsBox = el('div', {});
  const problems = el('div', { role: 'alert' });

  async function refresh(): Promise<void> {
    api.forget();
    const [events, docs] = await Promise.allSettled([api.events(), api.documents()]);
    const failed = [events, docs].filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    problems.replaceChildren(...failed.map((r) => el('p', { class: 'error' }, (r.reason as Error).message)));
    if (events.status === 'fulfilled') eventsBox.replaceChildren(eventsTable(events.value));
    if (docs.status === 'fulfilled')
      documentsBox.replaceChildren(
        documentsTable(docs.value, async (id) => {
          try {
            await api.deleteDocument(id);
          } catch (e) {
            problems.replaceChildren(el('p', { class: 'error' }, `Not deleted: ${(e as Error).message}`));
          }
          await refresh();
        }),
      );
    await context.refreshHealth();
  }
  await refresh();

  const node = el(
    'div',
    { class: 'view home' },
    el('h1', { tabindex: -1 }, 'Events and articles'),
    problems,
    el(
      'div',
      { class: 'home-grid' },
      el('div', {}, section('events', 'Events', eventsBox), section('documents', 'Articles', documentsBox)),
      addArticlesPanel(refresh),
    ),
  );
  return { title: 'Events and articles', node };
}
