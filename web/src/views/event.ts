// The event page: what, when, where and who; its articles; then the
// cross-checked dossier: facts, timeline, flags, copied passages, word choice.

import { api } from '../api';
import { sourceName, type Dossier, type DossierEvent } from '../dossier';
import { el, link, section } from '../dom';
import { formatDateRange, publicationBasis } from '../model/wording';
import { documentHref, eventHref, homeHref } from '../route';
import { factsSection } from './event-facts';
import { flagsSection } from './event-flags';
import { mapSection } from './event-map';
import { reuseSection } from './event-reuse';
import { timelineSection } from './event-timeline';
import { wordChoiceSection } from './event-word-choice';
import { errorView, type View } from './view';

const SECTIONS: [string, string][] = [
  ['articles', 'Articles'],
  ['map', 'Places'],
  ['facts', 'Facts'],
  ['timeline', 'Timeline'],
  ['flags', 'Flags'],
  ['reuse', 'Copied passages'],
  ['word-choice', 'Word choice'],
];

function articlesSection(dossier: Dossier, event: DossierEvent): HTMLElement {
  const docs = new Map(dossier.documents.map((d) => [d.id, d]));
  return section(
    'articles',
    'Articles',
    el(
      'table',
      { class: 'articles-table' },
      el('caption', { class: 'visually-hidden' }, 'Articles reporting the event'),
      el(
        'thead',
        {},
        el('tr', {}, ['Outlet', 'Title', 'Published'].map((h) => el('th', { scope: 'col' }, h))),
      ),
      el(
        'tbody',
        {},
        event.documents.map((id) => {
          const d = docs.get(id);
          return el(
            'tr',
            {},
            el('th', { scope: 'row' }, sourceName(d, id), d?.outlet && el('span', { class: 'id' }, id)),
            el('td', { lang: d?.language && d.language !== 'und' ? d.language : null }, link(documentHref(id), d?.title || id)),
            el(
              'td',
              { class: 'nowrap' },
              d?.published?.value ?? '—',
              d?.published?.basis && d.published.basis !== 'stated' && el('span', { class: 'sub' }, publicationBasis(d.published.basis)),
            ),
          );
        }),
      ),
    ),
  );
}

export async function renderEvent(id: string, focusSection: string | null = null): Promise<View> {
  let dossier: Dossier;
  try {
    dossier = await api.event(id);
  } catch (e) {
    return errorView(`Event ${id}`, (e as Error).message);
  }
  const event = dossier.events.find((e) => e.id === id) ?? dossier.events[0];
  if (!event) return errorView(`Event ${id}`, 'The service sent a dossier without this event.');
  const title = event.label ?? event.id;

  const node = el(
    'div',
    { class: 'view event' },
    el('p', { class: 'crumbs' }, link(homeHref(), 'All events'), ` › ${event.id}`),
    el('h1', { tabindex: -1 }, title),
    el(
      'dl',
      { class: 'event-facts' },
      el('dt', {}, 'When'),
      el('dd', {}, formatDateRange(event.when?.earliest, event.when?.latest)),
      el('dt', {}, 'Where'),
      el('dd', {}, event.where.map((p) => p.name).join(', ') || '—'),
      el('dt', {}, 'Actors'),
      el('dd', {}, event.actors.join(', ') || '—'),
      el('dt', {}, 'Sources'),
      el('dd', {}, `${event.documents.length} article${event.documents.length === 1 ? '' : 's'}, ${dossier.facts.length} facts, ${dossier.flags.length} flags`),
    ),
    el(
      'nav',
      { class: 'on-this-page', 'aria-label': 'Sections of this event' },
      el('ul', {}, SECTIONS.map(([key, label]) => el('li', {}, link(eventHref(event.id, key), label)))),
    ),
    el('div', { class: 'event-top' }, articlesSection(dossier, event), mapSection(event.where)),
    factsSection(dossier, event.id),
    timelineSection(dossier, event.id),
    flagsSection(dossier),
    reuseSection(dossier),
    wordChoiceSection(dossier, event.id),
  );
  return {
    title,
    node,
    afterMount: () => {
      const heading = focusSection ? document.getElementById(`${focusSection}-title`) : null;
      heading?.scrollIntoView({ block: 'start' });
      return heading;
    },
  };
}
