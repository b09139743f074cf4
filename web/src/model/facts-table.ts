// The facts table of one event: one row per reconciled fact, one column per
// source document (the event's documents, then any other document reporting
// one of its facts), each cell the values that document reports.

import { sourceName, type ByteSpan, type Dossier, type DossierEvent, type Fact, type FactStatus } from '../dossier';
import {
  formatCount,
  formatNumber,
  formatScope,
  humanize,
  qualifierLabel,
  witnessLetter,
} from './wording';

export interface FactColumn {
  document: string;
  /** The outlet's name, or the document id when the outlet is unknown. */
  header: string;
}

export interface ReportInCell {
  value: string;
  qualifier: string;
  /** The document's own words. */
  quote: string | null;
  source: string | null;
  hedged: boolean;
  /** Shown when the fact has several reports. */
  witness: string | null;
  document: string;
  span: ByteSpan;
}

export interface FactRow {
  id: string;
  what: string;
  who: string;
  scope: string | null;
  status: FactStatus;
  /** One entry per column; empty when that document does not report it. */
  cells: ReportInCell[][];
  estimate: { low: string; best: string; high: string };
  independentSources: number;
  /** Witnesses several documents relay: "witness A: France-Soir, 004_…". */
  relays: string[];
}

export interface FactsTable {
  columns: FactColumn[];
  rows: FactRow[];
}

function columnsOf(event: DossierEvent, facts: Fact[]): string[] {
  const columns = [...event.documents];
  for (const fact of facts)
    for (const report of fact.reports)
      if (!columns.includes(report.document)) columns.push(report.document);
  return columns;
}

function whoOf(fact: Fact): string {
  return fact.who.actor ? `${humanize(fact.who.class)} · ${fact.who.actor}` : humanize(fact.who.class);
}

function relaysOf(fact: Fact, name: (id: string) => string): string[] {
  const byWitness = new Map<number, string[]>();
  for (const report of fact.reports) {
    const docs = byWitness.get(report.witness ?? 0) ?? [];
    if (!docs.includes(report.document)) docs.push(report.document);
    byWitness.set(report.witness ?? 0, docs);
  }
  const relays: string[] = [];
  for (const [witness, docs] of [...byWitness].sort((a, b) => a[0] - b[0]))
    if (docs.length > 1)
      relays.push(`witness ${witnessLetter(witness)}: one underlying source relayed by ${docs.map(name).join(', ')}`);
  return relays;
}

export function buildFactsTable(dossier: Dossier, eventId: string): FactsTable {
  const event = dossier.events.find((e) => e.id === eventId);
  if (!event) return { columns: [], rows: [] };
  const facts = dossier.facts.filter((f) => f.event === eventId);
  const docs = new Map(dossier.documents.map((d) => [d.id, d]));
  const name = (id: string) => sourceName(docs.get(id), id);
  const columnIds = columnsOf(event, facts);
  const columns = columnIds.map((id) => ({ document: id, header: name(id) }));

  const rows = facts.map((fact): FactRow => {
    const several = fact.reports.length > 1;
    const cells = columnIds.map((id) =>
      fact.reports
        .filter((r) => r.document === id)
        .map((r) => ({
          value: formatCount(r.low, r.high, r.qualifier),
          qualifier: qualifierLabel(r.qualifier),
          quote: r.text ?? null,
          source: r.source,
          hedged: r.hedged,
          witness: several ? witnessLetter(r.witness ?? 0) : null,
          document: r.document,
          span: { begin: r.begin, end: r.end },
        })),
    );
    const bound = (v: number | null, open: string) => (v === null ? open : formatNumber(v));
    return {
      id: fact.id,
      what: humanize(fact.what),
      who: whoOf(fact),
      scope: formatScope(fact.scope),
      status: fact.status,
      cells,
      estimate: {
        low: bound(fact.estimate.low, '?'),
        best: bound(fact.estimate.best, '—'),
        high: bound(fact.estimate.high, 'open'),
      },
      independentSources: fact.independent_sources,
      relays: relaysOf(fact, name),
    };
  });
  return { columns, rows };
}
