// Copied passages: per pair of documents sharing text, the passages side by
// side, each linked to its place in its article.

import { languageOf, sourceName, type Dossier } from '../dossier';
import { el, link, note, section } from '../dom';
import { documentHref } from '../route';

export function reuseSection(dossier: Dossier): HTMLElement {
  if (dossier.reuse.length === 0) return section('reuse', 'Copied passages', note('No text shared between articles.'));
  const docs = new Map(dossier.documents.map((d) => [d.id, d]));
  const name = (id: string) => sourceName(docs.get(id), id);
  return section(
    'reuse',
    'Copied passages',
    dossier.reuse.map(({ documents: [a, b], passages, score, original }) =>
      el(
        'div',
        { class: 'reuse-pair' },
        el(
          'p',
          {},
          `${name(a)} and ${name(b)} share ${Math.round(score * 100)}% of the shorter article. `,
          original ? ['Likely original: ', link(documentHref(original), name(original)), '.'] : 'Which came first is not known.',
        ),
        el(
          'table',
          { class: 'side-by-side' },
          el('caption', { class: 'visually-hidden' }, `Passages shared by ${name(a)} and ${name(b)}`),
          el(
            'thead',
            {},
            el('tr', {}, el('th', { scope: 'col' }, link(documentHref(a), name(a))), el('th', { scope: 'col' }, link(documentHref(b), name(b)))),
          ),
          el(
            'tbody',
            {},
            passages.map((p) =>
              el(
                'tr',
                {},
                el('td', { lang: languageOf(dossier, a) }, link(documentHref(a, { begin: p.a[0], end: p.a[1] }), p.text_a ?? `bytes ${p.a[0]}–${p.a[1]}`)),
                el('td', { lang: languageOf(dossier, b) }, link(documentHref(b, { begin: p.b[0], end: p.b[1] }), p.text_b ?? `bytes ${p.b[0]}–${p.b[1]}`)),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
