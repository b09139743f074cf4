// Flags: what a reader should check, each with the words that raised it.

import { languageOf, sourceName, type Dossier } from '../dossier';
import { el, link, note, section } from '../dom';
import { humanize } from '../model/wording';
import { documentHref } from '../route';

export function flagsSection(dossier: Dossier): HTMLElement {
  if (dossier.flags.length === 0) return section('flags', 'Flags', note('Nothing flagged.'));
  const docs = new Map(dossier.documents.map((d) => [d.id, d]));
  const name = (id: string) => sourceName(docs.get(id), id);
  return section(
    'flags',
    'Flags',
    el(
      'ul',
      { class: 'flags' },
      dossier.flags.map((flag) => {
        const tone = flag.kind === 'cross_source_conflict' ? 'conflict' : 'warning';
        return el(
          'li',
          { class: `flag tone-${tone}` },
          el('span', { class: `badge badge-${tone}` }, humanize(flag.kind)),
          el('p', { class: 'message' }, flag.message),
          el(
            'p',
            { class: 'raised-by' },
            link(
              documentHref(flag.document, flag),
              el('q', { lang: languageOf(dossier, flag.document) }, flag.text ?? `bytes ${flag.begin}–${flag.end}`),
            ),
            ' in ',
            link(documentHref(flag.document), name(flag.document)),
            flag.related.length > 0 && [
              ' · also ',
              flag.related.map((id, i) => [i > 0 && ', ', link(documentHref(id), name(id))]),
            ],
          ),
        );
      }),
    ),
  );
}
