// Per-outlet word choice for the same referents, in two kinds of rows:
//  - wording: the referents news reports name in several ways (the
//    documents' `word_choice`, from data/<lang>/framing.txt): "terroristes"
//    in one outlet, "djihadistes" in another; a row as soon as one outlet
//    uses such a word, as in the reports;
//  - entity: each canonical entity several outlets mention, in the words each
//    uses for it ("Daech" in one, "EI" and "Etat islamique" in another).
// Documents of one outlet count together; a document with no known outlet
// stands alone.

import { sourceName, type Dossier } from '../dossier';

export interface FormUse {
  form: string;
  count: number;
  /** The first mention of this form, to link to. */
  document: string;
  begin: number;
  end: number;
  /** The outlet's most used form for this referent. */
  top: boolean;
}

export interface WordChoiceRow {
  kind: 'wording' | 'entity';
  /** The entity's name, or what a wording row's words name. */
  referent: string;
  /** The entity's type; "word choice" for a wording row. */
  type: string;
  mentions: number;
  /** One entry per outlet, most used form first; empty when it does not name it. */
  cells: FormUse[][];
}

export interface WordChoiceTable {
  outlets: { name: string; documents: string[] }[];
  rows: WordChoiceRow[];
}

/** Spaces collapsed: a form as a reader sees it. */
function formOf(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function buildWordChoice(dossier: Dossier, eventId: string): WordChoiceTable {
  const event = dossier.events.find((e) => e.id === eventId);
  if (!event) return { outlets: [], rows: [] };
  const docs = new Map(dossier.documents.map((d) => [d.id, d]));

  const outlets: { name: string; documents: string[] }[] = [];
  for (const id of event.documents) {
    const name = sourceName(docs.get(id), id);
    const outlet = outlets.find((o) => o.name === name);
    if (outlet) outlet.documents.push(id);
    else outlets.push({ name, documents: [id] });
  }

  // Each kind's rows: referent key → outlet index → form → use.
  type Uses = Map<string, { referent: string; type: string; byOutlet: Map<number, Map<string, FormUse>> }>;
  const wording: Uses = new Map();
  const entities: Uses = new Map();
  const count = (uses: Uses, key: string, referent: string, type: string, column: number, form: string, id: string, span: { begin: number; end: number }) => {
    const entry = uses.get(key) ?? { referent, type, byOutlet: new Map() };
    uses.set(key, entry);
    const forms = entry.byOutlet.get(column) ?? new Map<string, FormUse>();
    entry.byOutlet.set(column, forms);
    const use = forms.get(form);
    if (use) use.count += 1;
    else forms.set(form, { form, count: 1, document: id, begin: span.begin, end: span.end, top: false });
  };
  outlets.forEach((outlet, column) => {
    for (const id of outlet.documents) {
      const doc = docs.get(id);
      for (const w of doc?.word_choice ?? [])
        count(wording, w.referent, w.description || w.referent, 'word choice', column, w.variant, id, w);
      for (const mention of doc?.entities ?? []) {
        const key = mention.kb_id ?? `${mention.type}:${mention.name}`;
        count(entities, key, mention.name, mention.type, column, formOf(mention.text), id, mention);
      }
    }
  });

  const rowsOf = (uses: Uses, kind: WordChoiceRow['kind']): WordChoiceRow[] => {
    const rows: WordChoiceRow[] = [];
    for (const { referent, type, byOutlet } of uses.values()) {
      const allForms = new Set<string>();
      for (const forms of byOutlet.values()) for (const form of forms.keys()) allForms.add(form);
      // An entity is worth a row when two outlets or more name it, in two
      // words or more; a wording row as soon as one outlet uses its words.
      if (kind === 'entity' && (byOutlet.size < 2 || allForms.size < 2)) continue;
      let mentions = 0;
      const cells = outlets.map((_, column) => {
        const forms = [...(byOutlet.get(column)?.values() ?? [])];
        forms.sort((a, b) => b.count - a.count || a.form.localeCompare(b.form));
        if (forms.length > 0) forms[0].top = true;
        for (const f of forms) mentions += f.count;
        return forms;
      });
      rows.push({ kind, referent, type, mentions, cells });
    }
    rows.sort((a, b) => b.mentions - a.mentions || a.referent.localeCompare(b.referent));
    return rows;
  };
  return { outlets, rows: [...rowsOf(wording, 'wording'), ...rowsOf(entities, 'entity')] };
}
