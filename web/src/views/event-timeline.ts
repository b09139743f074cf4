// The timeline: each dated happening, earliest first, with the sentence that
// states it and, per document, a link to the date as that document writes it.

import { languageOf, type Dossier } from '../dossier';
import { el, link, note, section } from '../dom';
import { buildTimeline } from '../model/timeline';
import { documentHref } from '../route';

export function timelineSection(dossier: Dossier, eventId: string): HTMLElement {
  const items = buildTimeline(dossier, eventId);
  if (items.length === 0) return section('timeline', 'Timeline', note('No dated happenings.'));
  return section(
    'timeline',
    'Timeline',
    items.some((i) => i.background) &&
      el('p', { class: 'legend' }, 'Entries marked background lie outside the event’s own dates: context the articles recall.'),
    el(
      'ol',
      { class: 'timeline' },
      items.map((item) => {
        const first = item.reporters[0];
        return el(
          'li',
          { class: item.background ? 'background' : null },
          el(
            'span',
            { class: 'when' },
            first ? link(documentHref(first.document, first.span), el('time', {}, item.date)) : el('time', {}, item.date),
          ),
          el(
            'div',
            { class: 'what' },
            el('p', { class: 'sentence', lang: first ? languageOf(dossier, first.document) : null }, item.text, item.hedged && [' ', el('span', { class: 'hedged' }, 'hedged')], item.background && [' ', el('span', { class: 'background-tag', title: 'outside the event’s own dates: context the articles recall' }, 'background')]),
            el(
              'p',
              { class: 'reported-by' },
              'Reported by ',
              item.reporters.map((r, i) => [
                i > 0 && ', ',
                link(documentHref(r.document, r.span), r.name, r.words && ` (“${r.words}”)`),
              ]),
            ),
          ),
        );
      }),
    ),
  );
}
