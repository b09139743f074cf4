// Word choice: how each outlet names the same referent.

import { languageOf, type Dossier } from '../dossier';
import { el, link, note, section } from '../dom';
import { humanize } from '../model/wording';
import { buildWordChoice } from '../model/word-choice';
import { documentHref } from '../route';

export function wordChoiceSection(dossier: Dossier, eventId: string): HTMLElement {
  const table = buildWordChoice(dossier, eventId);
  if (table.outlets.length < 2)
    return section('word-choice', 'Word choice', note('One outlet only: there is no other wording to compare with.'));
  if (table.rows.length === 0)
    return section('word-choice', 'Word choice', note('The outlets name the referents they share in the same words.'));
  return section(
    'word-choice',
    'Word choice',
    el('p', { class: 'legend' }, 'How each outlet names the same things: first the words news reports choose between (fighters, the government side, taking a town…), then the people, groups and places they share. Its most used words in bold, with their count; each opens its first use.'),
    el(
      'div',
      { class: 'table-scroll' },
      el(
        'table',
        { class: 'word-choice-table' },
        el('caption', { class: 'visually-hidden' }, 'Words each outlet uses for the same referents'),
        el(
          'thead',
          {},
          el('tr', {}, el('th', { scope: 'col' }, 'Referent'), table.outlets.map((o) => el('th', { scope: 'col' }, o.name))),
        ),
        el(
          'tbody',
          {},
          table.rows.map((row) =>
            el(
              'tr',
              {},
              el('th', { scope: 'row' }, row.referent, el('span', { class: 'id' }, humanize(row.type))),
              row.cells.map((forms) =>
                el(
                  'td',
                  {},
                  forms.length === 0
                    ? el('span', { class: 'muted' }, '—')
                    : el(
                        'ul',
                        { class: 'forms' },
                        forms.map((f) =>
                          el(
                            'li',
                            { lang: languageOf(dossier, f.document) },
                            link(
                              documentHref(f.document, { begin: f.begin, end: f.end }),
                              f.top ? el('strong', {}, f.form) : f.form,
                            ),
                            ` ×${f.count}`,
                          ),
                        ),
                      ),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
