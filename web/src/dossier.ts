// The recoupe dossier as the page reads it (docs/json-output.md). Only the
// fields the page uses are typed; the server may send more. Offsets
// (`begin`, `end`) are UTF-8 byte offsets into the document's raw text.

export interface ByteSpan {
  begin: number;
  end: number;
}

export interface Outlet {
  name: string;
  basis?: string;
}

export interface Published {
  value: string | null;
  earliest?: string | null;
  latest?: string | null;
  basis?: string;
  evidence?: string[];
}

export interface EntityMention extends ByteSpan {
  text: string;
  type: string;
  name: string;
  kb_id?: string;
}

export interface DateMention extends ByteSpan {
  text: string;
  value: string | null;
  kind?: string;
  hedged?: boolean;
  approximate?: boolean;
}

export interface Who {
  class: string;
  actor: string | null;
}

export interface FigureMention extends ByteSpan {
  text: string;
  low: number | null;
  high: number | null;
  qualifier: string;
  what: string;
  who: Who;
  source: string | null;
  hedged: boolean;
}

export interface ClaimMention extends ByteSpan {
  text?: string;
  source: string | null;
  cue?: string;
  hedged: boolean;
  hedge_cues?: string[];
  quote?: boolean;
}

/** A word the outlet chose for a referent news reports name in several ways. */
export interface WordChoiceMention extends ByteSpan {
  text: string;
  /** Shared by every language: "armed_groups". */
  referent: string;
  /** What the referent is, for the reader. */
  description: string;
  /** The variant the words count for: "libéré" → "libération". */
  variant: string;
}

export interface RemovedBlock extends ByteSpan {
  kind: string;
  text?: string;
  reason?: string;
}

export interface DossierDocument {
  id: string;
  path?: string;
  url?: string | null;
  language?: string;
  outlet: Outlet | null;
  title: string | null;
  bylines?: string[];
  published?: Published;
  events?: string[];
  removed?: RemovedBlock[];
  entities?: EntityMention[];
  dates?: DateMention[];
  figures?: FigureMention[];
  claims?: ClaimMention[];
  word_choice?: WordChoiceMention[];
}

export interface Place {
  name: string;
  lat: number | null;
  lon: number | null;
  mentions?: number;
}

export interface DateRange {
  earliest: string | null;
  latest: string | null;
}

export interface DossierEvent {
  id: string;
  label?: string;
  when: DateRange | null;
  where: Place[];
  actors: string[];
  documents: string[];
}

export interface FactReport extends ByteSpan {
  document: string;
  text?: string;
  low: number | null;
  high: number | null;
  qualifier?: string;
  source: string | null;
  hedged: boolean;
  witness?: number;
}

export type FactStatus = 'single' | 'agree' | 'compatible' | 'conflict';

export interface Fact {
  id: string;
  event: string;
  what: string;
  who: Who;
  scope?: string | null;
  reports: FactReport[];
  estimate: { low: number | null; best: number | null; high: number | null };
  status: FactStatus;
  independent_sources: number;
}

export interface Flag extends ByteSpan {
  kind: string;
  document: string;
  text?: string;
  message: string;
  related: string[];
}

export interface CopiedPassage {
  a: [number, number];
  b: [number, number];
  text_a?: string;
  text_b?: string;
}

export interface Reuse {
  documents: [string, string];
  passages: CopiedPassage[];
  score: number;
  original?: string | null;
}

export interface TimelineEntry {
  date: string;
  event: string;
  text: string;
  documents: string[];
  /** The date expressions that state it, one per document (newer dossiers). */
  mentions?: ({ document: string } & ByteSpan)[];
  hedged?: boolean;
  /** The date lies outside the event's window: context the articles recall. */
  background?: boolean;
}

export interface Dossier {
  documents: DossierDocument[];
  events: DossierEvent[];
  facts: Fact[];
  flags: Flag[];
  reuse: Reuse[];
  timeline: TimelineEntry[];
}

/** The outlet's name, else the document id: how the page names a source. */
export function sourceName(doc: DossierDocument | undefined, id: string): string {
  return doc?.outlet?.name ?? id;
}

/** The document's language as a lang attribute, null when unknown. */
export function languageOf(dossier: Dossier, id: string): string | null {
  const language = dossier.documents.find((d) => d.id === id)?.language;
  return language && language !== 'und' ? language : null;
}
