// The facts table: a row per fact, a column per source document; each value
// links to its span in the article.

import { languageOf, type Dossier } from '../dossier';
import { el, hidden, note, section } from '../dom';
import { buildFactsTable, type FactRow, type ReportInCell } from '../model/facts-table';
import { statusLabel } from '../model/wording';
import { documentHref } from '../route';

function statusBadge(status: string): HTMLElement {
  const { symbol, word } = statusLabel(status);
  return el('span', { class: `status status-${status}` }, el('span', { 'aria-hidden': 'true' }, `${symbol} `), word);
}

function reportBlock(report: ReportInCell, status: string, outlet: string, lang: string | null): HTMLElement {
  return el(
    'div',
    { class: 'report' },
    el(
      'a',
      {
        class: 'value',
        href: documentHref(report.document, report.span),
        title: `Show “${report.quote ?? report.value}” in ${outlet}`,
      },
      report.value,
      hidden(` (${statusLabel(status).word})`),
    ),
    el('span', { class: 'qualifier' }, report.qualifier),
    report.quote && el('q', { class: 'quote', lang }, report.quote),
    el(
      'span',
      { class: 'attribution' },
      report.source ? `source: ${report.source}` : 'no source given',
      report.hedged && [' · ', el('span', { class: 'hedged' }, 'hedged')],
      report.witness && ` · witness ${report.witness}`,
    ),
  );
}

/** A cell of a fact several documents report: its status in words over its
 *  tint, so the colour is never the only sign. */
function reportedCell(reports: ReportInCell[], status: string, outlet: string, lang: string | null): HTMLElement {
  const { symbol, word } = statusLabel(status);
  return el(
    'td',
    { class: `reported tint-${status}` },
    status !== 'single' && el('span', { class: 'cell-status', 'aria-hidden': 'true' }, `${symbol} ${word}`),
    reports.map((r) => reportBlock(r, status, outlet, lang)),
  );
}

function factRow(row: FactRow, headers: string[], langs: (string | null)[]): HTMLElement {
  return el(
    'tr',
    { class: `fact status-${row.status}`, 'data-fact': row.id },
    el(
      'th',
      { scope: 'row', class: 'fact-name' },
      el('span', { class: 'what' }, row.what),
      el('span', { class: 'who' }, row.who),
      row.scope && el('span', { class: 'scope' }, row.scope),
      el('span', { class: 'id' }, row.id),
    ),
    row.cells.map((reports, i) =>
      reports.length === 0
        ? el('td', { class: 'empty' }, el('span', { 'aria-hidden': 'true' }, '—'), hidden('not reported'))
        : reportedCell(reports, row.status, headers[i], langs[i]),
    ),
    el(
      'td',
      { class: 'estimate nowrap' },
      `${row.estimate.low} / ${row.estimate.best} / ${row.estimate.high}`,
    ),
    el('td', { class: 'nowrap' }, statusBadge(row.status)),
    el(
      'td',
      { class: 'independent' },
      el('span', { class: 'count' }, row.independentSources),
      row.relays.map((r) => el('span', { class: 'relay' }, r)),
    ),
  );
}

export function factsSection(dossier: Dossier, eventId: string): HTMLElement {
  const table = buildFactsTable(dossier, eventId);
  if (table.rows.length === 0) return section('facts', 'Facts', note('No figures of this event were reconciled.'));
  const headers = table.columns.map((c) => c.header);
  const langs = table.columns.map((c) => languageOf(dossier, c.document));
  return section(
    'facts',
    'Facts',
    el(
      'p',
      { class: 'legend' },
      statusBadge('agree'), ' the same value · ',
      statusBadge('compatible'), ' values that can all be true · ',
      statusBadge('conflict'), ' values that cannot · ',
      statusBadge('single'), '. Reports with the same witness letter go back to one underlying source. Each value opens the article at its words.',
    ),
    el(
      'div',
      { class: 'table-scroll' },
      el(
        'table',
        { class: 'facts-table' },
        el('caption', { class: 'visually-hidden' }, 'Facts of the event, one column per source document'),
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            el('th', { scope: 'col' }, 'Fact'),
            table.columns.map((c) =>
              el('th', { scope: 'col', class: 'source-col' }, el('span', { class: 'outlet' }, c.header), c.header !== c.document && el('span', { class: 'id' }, c.document)),
            ),
            el('th', { scope: 'col' }, 'Estimate', el('span', { class: 'sub' }, 'low / best / high')),
            el('th', { scope: 'col' }, 'Status'),
            el('th', { scope: 'col' }, 'Independent sources'),
          ),
        ),
        el('tbody', {}, table.rows.map((row) => factRow(row, headers, langs))),
      ),
    ),
  );
}
