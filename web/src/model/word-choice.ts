// Per-outlet word choice for the same referents: for each canonical entity
// several outlets of an event mention, the words each outlet uses for it
// ("Daech" in one, "EI" and "Etat islamique" in another). Documents of one
// outlet count together; a document with no known outlet stands alone.

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
  referent: string;
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

  // referent key → outlet index → form → use
  const uses = new Map<string, { referent: string; type: string; byOutlet: Map<number, Map<string, FormUse>> }>();
  outlets.forEach((outlet, column) => {
    for (const id of outlet.documents) {
      for (const mention of docs.get(id)?.entities ?? []) {
        const key = mention.kb_id ?? `${mention.type}:${mention.name}`;
        const referent = uses.get(key) ?? { referent: mention.name, type: mention.type, byOutlet: new Map() };
        uses.set(key, referent);
        const forms = referent.byOutlet.get(column) ?? new Map<string, FormUse>();
        referent.byOutlet.set(column, forms);
        const form = formOf(mention.text);
        const use = forms.get(form);
        if (use) use.count += 1;
        else forms.set(form, { form, count: 1, document: id, begin: mention.begin, end: mention.end, top: false });
      }
    }
  });

  const rows: WordChoiceRow[] = [];
  for (const { referent, type, byOutlet } of uses.values()) {
    const allForms = new Set<string>();
    for (const forms of byOutlet.values()) for (const form of forms.keys()) allForms.add(form);
    // Worth a row: named by two outlets or more, in two words or more.
    if (byOutlet.size < 2 || allForms.size < 2) continue;
    let mentions = 0;
    const cells = outlets.map((_, column) => {
      const forms = [...(byOutlet.get(column)?.values() ?? [])];
      forms.sort((a, b) => b.count - a.count || a.form.localeCompare(b.form));
      if (forms.length > 0) forms[0].top = true;
      for (const f of forms) mentions += f.count;
      return forms;
    });
    rows.push({ referent, type, mentions, cells });
  }
  rows.sort((a, b) => b.mentions - a.mentions || a.referent.localeCompare(b.referent));
  return { outlets, rows };
}
