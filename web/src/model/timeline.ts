// The timeline of one event, each entry tied to the date as written in each
// document that states it: the dossier's timeline gives the date, the
// sentence, the documents and (in newer dossiers) the spans of the date
// expressions; without those, the documents' date mentions give them.

import { sourceName, type ByteSpan, type Dossier, type DossierDocument } from '../dossier';

export interface TimelineReporter {
  document: string;
  name: string;
  /** The date mention in that document, or null when none carries the date. */
  span: ByteSpan | null;
  /** The date as that document writes it. */
  words: string | null;
}

export interface TimelineItem {
  date: string;
  text: string;
  hedged: boolean;
  /** Context the articles recall, outside the event's own dates. */
  background: boolean;
  reporters: TimelineReporter[];
}

/** The mention of `date` in `doc` that stands in `sentence`, else its first one. */
export function findDateMention(
  doc: DossierDocument | undefined,
  date: string,
  sentence: string,
): { span: ByteSpan; words: string } | null {
  const candidates = (doc?.dates ?? []).filter((d) => d.value === date);
  const inSentence = candidates.find((d) => sentence.includes(d.text));
  const chosen = inSentence ?? candidates[0];
  return chosen ? { span: { begin: chosen.begin, end: chosen.end }, words: chosen.text } : null;
}

/** The words of a date mention at exactly `span`, when the document has one. */
function wordsAt(doc: DossierDocument | undefined, span: ByteSpan): string | null {
  return doc?.dates?.find((d) => d.begin === span.begin && d.end === span.end)?.text ?? null;
}

export function buildTimeline(dossier: Dossier, eventId: string): TimelineItem[] {
  const docs = new Map(dossier.documents.map((d) => [d.id, d]));
  return dossier.timeline
    .filter((entry) => entry.event === eventId)
    .map((entry) => ({
      date: entry.date,
      text: entry.text,
      hedged: entry.hedged === true,
      background: entry.background === true,
      reporters: entry.documents.map((id) => {
        const doc = docs.get(id);
        const given = entry.mentions?.find((m) => m.document === id);
        const found = given
          ? { span: { begin: given.begin, end: given.end }, words: wordsAt(doc, given) }
          : findDateMention(doc, entry.date, entry.text);
        return {
          document: id,
          name: sourceName(doc, id),
          span: found?.span ?? null,
          words: found?.words ?? null,
        };
      }),
    }));
}
