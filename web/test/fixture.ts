// A small dossier written for the tests: two French articles on one event,
// with the offsets of their annotations computed from their raw text, so the
// byte arithmetic is checked rather than assumed.

import type { Dossier } from '../src/dossier';

export const RAW_A =
  'Palmyre reprise\n\nLa bataille a coûté la vie à 400 djihadistes, selon l\'OSDH. ' +
  'On dénombrerait près de 190 victimes. Ce dimanche 27, Daech a fui Palmyre.';
export const RAW_B =
  'Palmyre libérée\n\nHoms – « Daech » a perdu 400 jihadistes et 188 soldats sont morts. ' +
  'L\'offensive lancée le 7 mars dernier est achevée. Palmyre est libre.';

/** The byte span of the `nth` occurrence of `text` in `raw`. */
export function byteSpan(raw: string, text: string, nth = 0): { begin: number; end: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = raw.indexOf(text, at + 1);
    if (at < 0) throw new Error(`"${text}" not in the text`);
  }
  const begin = new TextEncoder().encode(raw.slice(0, at)).length;
  return { begin, end: begin + new TextEncoder().encode(text).length };
}

const entity = (raw: string, text: string, name: string, type: string, nth = 0) => ({
  ...byteSpan(raw, text, nth),
  text,
  name,
  type,
  kb_id: name.toLowerCase().replace(/ /g, '-'),
});

export function fixtureDossier(): Dossier {
  return {
    documents: [
      {
        id: 'a',
        outlet: { name: 'France-Soir' },
        title: 'Palmyre reprise',
        language: 'fr',
        published: { value: '2016-03-27', basis: 'inferred' },
        events: ['ev-1'],
        removed: [{ ...byteSpan(RAW_A, 'Palmyre reprise'), kind: 'title' }],
        entities: [
          entity(RAW_A, 'Palmyre', 'Palmyra', 'place', 0),
          entity(RAW_A, 'OSDH', 'Syrian Observatory for Human Rights', 'org'),
          entity(RAW_A, 'Daech', 'Islamic State', 'armed_group'),
          entity(RAW_A, 'Palmyre', 'Palmyra', 'place', 1),
        ],
        dates: [{ ...byteSpan(RAW_A, 'Ce dimanche 27'), text: 'Ce dimanche 27', value: '2016-03-27' }],
        figures: [
          {
            ...byteSpan(RAW_A, '400 djihadistes'),
            text: '400 djihadistes',
            low: 400,
            high: 400,
            qualifier: 'exact',
            what: 'killed',
            who: { class: 'fighters', actor: 'Islamic State' },
            source: 'Syrian Observatory for Human Rights',
            hedged: false,
          },
        ],
        claims: [
          {
            ...byteSpan(RAW_A, "La bataille a coûté la vie à 400 djihadistes, selon l'OSDH."),
            source: 'Syrian Observatory for Human Rights',
            cue: 'selon',
            hedged: false,
          },
        ],
      },
      {
        id: 'b',
        outlet: null,
        title: 'Palmyre libérée',
        language: 'fr',
        published: { value: '2016-03-28', basis: 'inferred' },
        events: ['ev-1'],
        entities: [
          entity(RAW_B, 'Palmyre', 'Palmyra', 'place', 0),
          entity(RAW_B, 'Homs', 'Homs', 'place'),
          entity(RAW_B, 'Daech', 'Islamic State', 'armed_group'),
          entity(RAW_B, 'Palmyre', 'Palmyra', 'place', 1),
        ],
        dates: [
          { ...byteSpan(RAW_B, 'le 7 mars dernier'), text: 'le 7 mars dernier', value: '2016-03-07' },
        ],
        figures: [],
        claims: [],
      },
    ],
    events: [
      {
        id: 'ev-1',
        label: 'Palmyra, March 2016',
        when: { earliest: '2016-03-07', latest: '2016-03-27' },
        where: [
          { name: 'Palmyra', lat: 34.56, lon: 38.28, mentions: 4 },
          { name: 'Homs', lat: 34.73, lon: 36.72, mentions: 1 },
          { name: 'Nowhere', lat: null, lon: null },
        ],
        actors: ['Islamic State'],
        documents: ['a', 'b'],
      },
    ],
    facts: [
      {
        id: 'f-1',
        event: 'ev-1',
        what: 'killed',
        who: { class: 'fighters', actor: 'Islamic State' },
        scope: null,
        reports: [
          { document: 'a', ...byteSpan(RAW_A, '400 djihadistes'), text: '400 djihadistes', low: 400, high: 400, qualifier: 'exact', source: 'Syrian Observatory for Human Rights', hedged: false, witness: 0 },
          { document: 'b', ...byteSpan(RAW_B, '400 jihadistes'), text: '400 jihadistes', low: 400, high: 400, qualifier: 'exact', source: null, hedged: false, witness: 0 },
        ],
        estimate: { low: 400, best: 400, high: 400 },
        status: 'agree',
        independent_sources: 1,
      },
      {
        id: 'f-2',
        event: 'ev-1',
        what: 'killed',
        who: { class: 'soldiers', actor: 'Syrian Arab Army' },
        scope: 'P1D',
        reports: [
          { document: 'a', ...byteSpan(RAW_A, 'près de 190 victimes'), text: 'près de 190 victimes', low: 190, high: 190, qualifier: 'approx', source: 'Syrian Observatory for Human Rights', hedged: true, witness: 0 },
          { document: 'b', ...byteSpan(RAW_B, '188 soldats'), text: '188 soldats', low: 188, high: 188, qualifier: 'exact', source: null, hedged: false, witness: 1 },
        ],
        estimate: { low: 188, best: 189, high: 190 },
        status: 'compatible',
        independent_sources: 2,
      },
    ],
    flags: [
      { kind: 'unattributed_figure', document: 'b', ...byteSpan(RAW_B, '188 soldats'), text: '188 soldats', message: 'no source is given for this toll', related: [] },
    ],
    reuse: [],
    timeline: [
      { date: '2016-03-07', event: 'ev-1', text: "L'offensive lancée le 7 mars dernier est achevée.", documents: ['b'] },
      { date: '2016-03-27', event: 'ev-1', text: 'Ce dimanche 27, Daech a fui Palmyre.', documents: ['a', 'b'] },
    ],
  };
}
