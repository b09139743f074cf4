import { describe, expect, it } from 'vitest';
import { buildTimeline, findDateMention } from '../src/model/timeline';
import { byteSpan, fixtureDossier, RAW_A, RAW_B } from './fixture';

describe('timeline', () => {
  it('links each entry to the date as each document writes it', () => {
    const items = buildTimeline(fixtureDossier(), 'ev-1');
    expect(items.map((i) => i.date)).toEqual(['2016-03-07', '2016-03-27']);
    expect(items[0].reporters).toEqual([
      { document: 'b', name: 'b', span: byteSpan(RAW_B, 'le 7 mars dernier'), words: 'le 7 mars dernier' },
    ]);
    // Document b states no 27 March: it is listed, without a span.
    expect(items[1].reporters).toEqual([
      { document: 'a', name: 'France-Soir', span: byteSpan(RAW_A, 'Ce dimanche 27'), words: 'Ce dimanche 27' },
      { document: 'b', name: 'b', span: null, words: null },
    ]);
  });

  it('prefers the mention inside the entry sentence', () => {
    const doc = {
      id: 'x',
      outlet: null,
      title: null,
      dates: [
        { begin: 0, end: 5, text: 'lundi', value: '2016-03-07' },
        { begin: 40, end: 49, text: 'le 7 mars', value: '2016-03-07' },
      ],
    };
    expect(findDateMention(doc, '2016-03-07', 'Lancée le 7 mars, elle a duré.')?.words).toBe('le 7 mars');
    expect(findDateMention(doc, '2016-03-07', 'Sans date.')?.words).toBe('lundi');
    expect(findDateMention(doc, '2016-03-08', 'x')).toBeNull();
  });
});

describe('timeline with the spans of its date expressions', () => {
  it('takes each document\'s span from the entry and marks background entries', () => {
    const dossier = fixtureDossier();
    const entry = dossier.timeline[1];
    const given = byteSpan(RAW_B, 'Palmyre est libre');
    entry.mentions = [
      { document: 'a', ...byteSpan(RAW_A, 'Ce dimanche 27') },
      { document: 'b', ...given },
    ];
    entry.background = true;
    const [, item] = buildTimeline(dossier, 'ev-1');
    expect(item.background).toBe(true);
    expect(item.reporters).toEqual([
      { document: 'a', name: 'France-Soir', span: byteSpan(RAW_A, 'Ce dimanche 27'), words: 'Ce dimanche 27' },
      { document: 'b', name: 'b', span: given, words: null },
    ]);
  });
});
