import { describe, expect, it } from 'vitest';
import { snippetParts } from '../src/model/snippet';

describe('search snippets', () => {
  it('splits the marked words out', () => {
    expect(snippetParts('…reprise de **Palmyre** aux **djihadistes**…')).toEqual([
      { text: '…reprise de ', hit: false },
      { text: 'Palmyre', hit: true },
      { text: ' aux ', hit: false },
      { text: 'djihadistes', hit: true },
      { text: '…', hit: false },
    ]);
  });

  it('keeps an unmatched marker as text', () => {
    expect(snippetParts('a **b** c ** d')).toEqual([
      { text: 'a ', hit: false },
      { text: 'b', hit: true },
      { text: ' c ** d', hit: false },
    ]);
    expect(snippetParts('plain')).toEqual([{ text: 'plain', hit: false }]);
  });
});
