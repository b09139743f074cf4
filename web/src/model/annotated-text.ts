// Cuts a document's raw text into runs that each carry the same annotations,
// so overlapping spans (an entity inside a figure inside a claim) can all be
// marked without nesting rules. Positions here are UTF-16 indices.

import type { DossierDocument } from '../dossier';
import { Utf8Offsets } from './utf8-offsets';
import { formatCount, humanize, qualifierLabel } from './wording';

export type AnnotationKind = 'entity' | 'date' | 'figure' | 'claim' | 'removed';

export interface Annotation {
  start: number;
  end: number;
  kind: AnnotationKind;
  /** What the annotation says, for a tooltip. */
  label: string;
}

export interface Run {
  start: number;
  end: number;
  annotations: Annotation[];
  /** Inside the requested span. */
  target: boolean;
}

/** The runs of a text of `length` UTF-16 units. Empty annotations are ignored. */
export function cutIntoRuns(
  length: number,
  annotations: Annotation[],
  target: { start: number; end: number } | null,
): Run[] {
  const marks = new Set<number>([0, length]);
  const spans = annotations.filter((a) => a.start < a.end && a.start >= 0 && a.end <= length);
  for (const a of spans) {
    marks.add(a.start);
    marks.add(a.end);
  }
  if (target) {
    marks.add(Math.max(0, Math.min(length, target.start)));
    marks.add(Math.max(0, Math.min(length, target.end)));
  }
  const points = [...marks].sort((a, b) => a - b);
  const byStart = [...spans].sort((a, b) => a.start - b.start);
  let next = 0;
  let active: Annotation[] = [];
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    active = active.filter((a) => a.end > start);
    while (next < byStart.length && byStart[next].start <= start) active.push(byStart[next++]);
    runs.push({
      start,
      end,
      annotations: [...active],
      target: target !== null && target.start <= start && end <= target.end,
    });
  }
  return runs;
}

export interface PlacedAnnotations {
  annotations: Annotation[];
  /** Annotations whose byte offsets do not fall on characters of the text. */
  misplaced: number;
}

/** The document's annotations in UTF-16 positions of its raw text. */
export function placeAnnotations(doc: DossierDocument, offsets: Utf8Offsets): PlacedAnnotations {
  const annotations: Annotation[] = [];
  let misplaced = 0;
  const add = (begin: number, end: number, kind: AnnotationKind, label: string) => {
    const range = offsets.range(begin, end);
    if (range) annotations.push({ start: range.start, end: range.end, kind, label });
    else misplaced += 1;
  };
  for (const b of doc.removed ?? [])
    add(b.begin, b.end, 'removed', `removed: ${humanize(b.kind)}${b.reason ? ` (${b.reason})` : ''}`);
  for (const c of doc.claims ?? []) {
    const source = c.source ? `source: ${c.source}` : 'no source given';
    add(c.begin, c.end, 'claim', `claim · ${source}${c.cue ? ` · cue “${c.cue}”` : ''}${c.hedged ? ' · hedged' : ''}`);
  }
  for (const f of doc.figures ?? []) {
    const who = f.who.actor ? `${humanize(f.who.class)} · ${f.who.actor}` : humanize(f.who.class);
    add(
      f.begin,
      f.end,
      'figure',
      `figure ${formatCount(f.low, f.high, f.qualifier)} (${qualifierLabel(f.qualifier)}) · ${humanize(f.what)} · ${who}` +
        ` · ${f.source ? `source: ${f.source}` : 'no source given'}${f.hedged ? ' · hedged' : ''}`,
    );
  }
  for (const d of doc.dates ?? []) add(d.begin, d.end, 'date', `date ${d.value ?? 'unresolved'}`);
  for (const e of doc.entities ?? []) add(e.begin, e.end, 'entity', `${humanize(e.type)}: ${e.name}`);
  return { annotations, misplaced };
}
