import { describe, expect, it } from 'vitest';
import { buildFactsTable } from '../src/model/facts-table';
import { byteSpan, fixtureDossier, RAW_A, RAW_B } from './fixture';

describe('facts table', () => {
  const table = buildFactsTable(fixtureDossier(), 'ev-1');

  it('has a column per source document, named by outlet or id', () => {
    expect(table.columns).toEqual([
      { document: 'a', header: 'France-Soir' },
      { document: 'b', header: 'b' },
    ]);
  });

  it('puts each report under its document with its wording and span', () => {
    const [tolls, soldiers] = table.rows;
    expect(tolls.what).toBe('killed');
    expect(tolls.who).toBe('fighters · Islamic State');
    expect(tolls.status).toBe('agree');
    expect(tolls.cells.map((c) => c.map((r) => r.value))).toEqual([['400'], ['400']]);
    expect(tolls.cells[0][0]).toMatchObject({
      qualifier: 'exact',
      quote: '400 djihadistes',
      source: 'Syrian Observatory for Human Rights',
      witness: 'A',
      document: 'a',
      span: byteSpan(RAW_A, '400 djihadistes'),
    });
    expect(tolls.cells[1][0].span).toEqual(byteSpan(RAW_B, '400 jihadistes'));
    expect(tolls.relays).toEqual(['witness A: one underlying source relayed by France-Soir, b']);

    expect(soldiers.status).toBe('compatible');
    expect(soldiers.scope).toBe('over 1 day');
    expect(soldiers.cells[0][0]).toMatchObject({ value: '≈190', qualifier: 'about', hedged: true, witness: 'A' });
    expect(soldiers.cells[1][0]).toMatchObject({ value: '188', source: null, witness: 'B' });
    expect(soldiers.estimate).toEqual({ low: '188', best: '189', high: '190' });
    expect(soldiers.independentSources).toBe(2);
    expect(soldiers.relays).toEqual([]);
  });

  it('adds a column for a document outside the event that reports one of its facts', () => {
    const dossier = fixtureDossier();
    dossier.documents.push({ id: 'c', outlet: { name: 'RT France' }, title: 'x' });
    dossier.facts[0].reports.push({ document: 'c', begin: 0, end: 3, low: 300, high: null, qualifier: 'at_least', source: null, hedged: false, witness: 1 });
    dossier.facts[0].estimate = { low: 300, best: 400, high: null };
    const t = buildFactsTable(dossier, 'ev-1');
    expect(t.columns.map((c) => c.header)).toEqual(['France-Soir', 'b', 'RT France']);
    expect(t.rows[0].cells[2][0].value).toBe('≥300');
    expect(t.rows[0].estimate.high).toBe('open');
    expect(t.rows[1].cells[2]).toEqual([]);
  });

  it('is empty for an unknown event', () => {
    expect(buildFactsTable(fixtureDossier(), 'ev-9')).toEqual({ columns: [], rows: [] });
  });
});
