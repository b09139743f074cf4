import { describe, expect, it } from 'vitest';
import { buildWordChoice } from '../src/model/word-choice';
import { byteSpan, fixtureDossier, RAW_A, RAW_B } from './fixture';

describe('word choice', () => {
  it('compares the words outlets use for a referent they share', () => {
    const dossier = fixtureDossier();
    // Outlet b also calls the Islamic State "EI", twice.
    dossier.documents[1].entities!.push(
      { begin: 0, end: 2, text: 'EI', name: 'Islamic State', type: 'armed_group', kb_id: 'islamic-state' },
      { begin: 0, end: 2, text: 'EI', name: 'Islamic State', type: 'armed_group', kb_id: 'islamic-state' },
    );
    const table = buildWordChoice(dossier, 'ev-1');
    expect(table.outlets).toEqual([
      { name: 'France-Soir', documents: ['a'] },
      { name: 'b', documents: ['b'] },
    ]);
    // Palmyra is "Palmyre" everywhere, Homs and OSDH are named by one outlet: no rows.
    expect(table.rows.map((r) => r.referent)).toEqual(['Islamic State']);
    const [row] = table.rows;
    expect(row.mentions).toBe(4);
    expect(row.cells[0]).toEqual([
      { form: 'Daech', count: 1, document: 'a', ...byteSpan(RAW_A, 'Daech'), top: true },
    ]);
    expect(row.cells[1].map((f) => [f.form, f.count, f.top])).toEqual([
      ['EI', 2, true],
      ['Daech', 1, false],
    ]);
  });

  it('puts the words reports choose between first, one row per referent', () => {
    const dossier = fixtureDossier();
    const fighters = 'fighters of armed non-state groups (jihadist or rebel)';
    const taking = 'taking a town';
    const choice = (raw: string, text: string, referent: string, description: string, variant: string) => ({
      ...byteSpan(raw, text),
      text,
      referent,
      description,
      variant,
    });
    dossier.documents[0].word_choice = [
      choice(RAW_A, 'reprise', 'taking_town', taking, 'reprise'),
      choice(RAW_A, 'djihadistes', 'armed_groups', fighters, 'djihadistes'),
    ];
    dossier.documents[1].word_choice = [
      choice(RAW_B, 'libérée', 'taking_town', taking, 'libération'),
      choice(RAW_B, 'jihadistes', 'armed_groups', fighters, 'jihadistes'),
    ];
    const table = buildWordChoice(dossier, 'ev-1');
    // Both outlets write "Daech" for the Islamic State: no entity row.
    expect(table.rows.map((r) => [r.kind, r.referent])).toEqual([
      ['wording', fighters],
      ['wording', taking],
    ]);
    const [, takingRow] = table.rows;
    expect(takingRow.type).toBe('word choice');
    expect(takingRow.cells[0]).toEqual([{ form: 'reprise', count: 1, document: 'a', ...byteSpan(RAW_A, 'reprise'), top: true }]);
    expect(takingRow.cells[1]).toEqual([{ form: 'libération', count: 1, document: 'b', ...byteSpan(RAW_B, 'libérée'), top: true }]);
  });

  it('counts documents of one outlet together', () => {
    const dossier = fixtureDossier();
    dossier.documents[1].outlet = { name: 'France-Soir' };
    const table = buildWordChoice(dossier, 'ev-1');
    expect(table.outlets).toEqual([{ name: 'France-Soir', documents: ['a', 'b'] }]);
    expect(table.rows).toEqual([]);
  });
});
