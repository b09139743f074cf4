// One article as recoupe read it: the raw text with every annotation marked
// (entities, dates, figures, claims, removed boilerplate) and the span the
// link asked for highlighted and scrolled into view.

import { api } from '../api';
import type { ByteSpan, DossierDocument } from '../dossier';
import { el, link, note } from '../dom';
import { cutIntoRuns, placeAnnotations, type AnnotationKind, type Run } from '../model/annotated-text';
import { Utf8Offsets } from '../model/utf8-offsets';
import { formatCount, humanize, publicationBasis } from '../model/wording';
import { documentHref, eventHref, homeHref } from '../route';
import { errorView, type View } from './view';

const KINDS: [AnnotationKind, string][] = [
  ['entity', 'entities'],
  ['date', 'dates'],
  ['figure', 'figures'],
  ['claim', 'claims'],
  ['removed', 'removed boilerplate'],
];

function runNode(raw: string, run: Run): Node {
  const text = raw.slice(run.start, run.end);
  if (run.annotations.length === 0) return document.createTextNode(text);
  const kinds = [...new Set(run.annotations.map((a) => a.kind))];
  return el(
    'span',
    { class: ['ann', ...kinds.map((k) => `ann-${k}`)].join(' '), title: run.annotations.map((a) => a.label).join('\n') },
    text,
  );
}

/** The article's text, the target runs gathered in one <mark id="target">. */
function articleText(raw: string, runs: Run[], language: string | undefined): HTMLElement {
  const container = el('div', { class: 'article-text', lang: language && language !== 'und' ? language : null });
  let mark: HTMLElement | null = null;
  for (const run of runs) {
    if (run.target) {
      if (!mark) {
        mark = el('mark', { id: 'target', class: 'target', tabindex: -1 });
        container.appendChild(mark);
      }
      mark.appendChild(runNode(raw, run));
    } else {
      container.appendChild(runNode(raw, run));
    }
  }
  return container;
}

function metadata(doc: DossierDocument): HTMLElement {
  const published = doc.published;
  return el(
    'dl',
    { class: 'doc-meta' },
    el('dt', {}, 'Outlet'),
    el('dd', {}, doc.outlet?.name ?? 'unknown'),
    el('dt', {}, 'Published'),
    el('dd', {}, published?.value ?? 'unknown', published?.basis && published.basis !== 'stated' && ` (${publicationBasis(published.basis)})`),
    el('dt', {}, 'Language'),
    el('dd', {}, doc.language ?? '—'),
    doc.bylines?.length ? [el('dt', {}, 'By'), el('dd', {}, doc.bylines.join(', '))] : null,
    doc.url ? [el('dt', {}, 'URL'), el('dd', { class: 'url' }, doc.url)] : null,
    el('dt', {}, 'Events'),
    el('dd', {}, (doc.events ?? []).map((id, i) => [i > 0 && ', ', link(eventHref(id), id)]), doc.events?.length ? '' : 'none'),
    el('dt', {}, 'Id'),
    el('dd', { class: 'id' }, doc.id),
  );
}

function index(doc: DossierDocument): HTMLElement {
  const here = (span: ByteSpan) => documentHref(doc.id, span);
  const figures = doc.figures ?? [];
  const dates = doc.dates ?? [];
  return el(
    'aside',
    { class: 'doc-index', 'aria-label': 'Figures and dates of this article' },
    el('h2', {}, 'Figures'),
    figures.length === 0
      ? note('None.')
      : el(
          'ul',
          {},
          figures.map((f) =>
            el('li', {}, link(here(f), formatCount(f.low, f.high, f.qualifier)), ` ${humanize(f.what)} · `, el('q', {}, f.text)),
          ),
        ),
    el('h2', {}, 'Dates'),
    dates.length === 0
      ? note('None.')
      : el('ul', {}, dates.map((d) => el('li', {}, link(here(d), d.value ?? 'unresolved'), ' ', el('q', {}, d.text)))),
  );
}

export async function renderDocument(id: string, span: ByteSpan | null): Promise<View> {
  let data: { document: DossierDocument; raw: string };
  try {
    data = await api.document(id);
  } catch (e) {
    return errorView(`Article ${id}`, (e as Error).message);
  }
  const { document: doc, raw } = data;
  const offsets = new Utf8Offsets(raw);
  const target = span ? offsets.range(span.begin, span.end) : null;
  const placed = placeAnnotations(doc, offsets);
  const runs = cutIntoRuns(raw.length, placed.annotations, target && target.end > target.start ? target : null);
  const counts = new Map<AnnotationKind, number>();
  for (const a of placed.annotations) counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1);

  let targetNotice: HTMLElement | null = null;
  if (span && !target)
    targetNotice = el('p', { class: 'error', role: 'alert' }, `Bytes ${span.begin}–${span.end} are not a span of this article's text.`);
  else if (span && target)
    targetNotice = el(
      'p',
      { class: 'target-notice' },
      'Highlighted: ',
      el('q', {}, raw.slice(target.start, target.end)),
      ` (bytes ${span.begin}–${span.end}) `,
      el('button', { type: 'button', class: 'small', onclick: () => document.getElementById('target')?.scrollIntoView({ block: 'center' }) }, 'Show it'),
    );

  const title = doc.title || doc.id;
  const node = el(
    'div',
    { class: 'view document' },
    el(
      'p',
      { class: 'crumbs' },
      link(homeHref(), 'All events'),
      (doc.events ?? []).map((e) => [' › ', link(eventHref(e), e)]),
      ` › ${doc.id}`,
    ),
    el('h1', { tabindex: -1, lang: doc.language && doc.language !== 'und' ? doc.language : null }, title),
    metadata(doc),
    targetNotice,
    el(
      'p',
      { class: 'legend' },
      'Marked: ',
      KINDS.map(([kind, label], i) => [i > 0 && ' · ', el('span', { class: `ann ann-${kind}` }, `${counts.get(kind) ?? 0} ${label}`)]),
      '. Hover a marked word for what recoupe read in it.',
    ),
    placed.misplaced > 0 && note(`${placed.misplaced} annotations have offsets that fall outside the text and are not shown.`),
    el('div', { class: 'document-grid' }, el('article', { 'aria-label': 'Article text' }, articleText(raw, runs, doc.language)), index(doc)),
  );
  return {
    title,
    node,
    afterMount: () => {
      const mark = document.getElementById('target');
      mark?.scrollIntoView({ block: 'center' });
      return mark;
    },
  };
}
