import { describe, expect, it } from 'vitest';
import { cutIntoRuns, placeAnnotations, type Annotation } from '../src/model/annotated-text';
import { Utf8Offsets } from '../src/model/utf8-offsets';
import { byteSpan, fixtureDossier, RAW_A, RAW_B } from './fixture';

const ann = (start: number, end: number, kind: Annotation['kind']): Annotation => ({ start, end, kind, label: kind });

/** Runs as "text[kinds]" for short assertions. */
function show(text: string, annotations: Annotation[], target: { start: number; end: number } | null = null): string[] {
  return cutIntoRuns(text.length, annotations, target).map(
    (r) => `${text.slice(r.start, r.end)}[${r.annotations.map((a) => a.kind).join('+')}${r.target ? '!' : ''}]`,
  );
}

describe('annotated text', () => {
  it('cuts overlapping and nested spans into runs', () => {
    //            0123456789012345678
    const text = 'la vie à 400 djihadistes';
    expect(show(text, [ann(0, 24, 'claim'), ann(9, 24, 'figure'), ann(13, 24, 'entity')])).toEqual([
      'la vie à [claim]',
      '400 [claim+figure]',
      'djihadistes[claim+figure+entity]',
    ]);
  });

  it('marks the target runs, even across annotation bounds', () => {
    const text = 'abcdefgh';
    expect(show(text, [ann(2, 6, 'date')], { start: 4, end: 7 })).toEqual(['ab[]', 'cd[date]', 'ef[date!]', 'g[!]', 'h[]']);
  });

  it('ignores empty and out-of-range annotations', () => {
    expect(show('abc', [ann(1, 1, 'date'), ann(2, 9, 'entity')])).toEqual(['abc[]']);
  });

  it('places the dossier annotations on the raw text, multi-byte characters included', () => {
    const [a, b] = fixtureDossier().documents;
    const placedA = placeAnnotations(a, new Utf8Offsets(RAW_A));
    expect(placedA.misplaced).toBe(0);
    const figure = placedA.annotations.find((x) => x.kind === 'figure')!;
    expect(RAW_A.slice(figure.start, figure.end)).toBe('400 djihadistes');
    expect(figure.label).toContain('killed · fighters · Islamic State');
    const placedB = placeAnnotations(b, new Utf8Offsets(RAW_B));
    const daech = placedB.annotations.find((x) => x.kind === 'entity' && x.label.includes('Islamic State'))!;
    expect(RAW_B.slice(daech.start, daech.end)).toBe('Daech');
    expect(placedA.annotations.find((x) => x.kind === 'removed')?.label).toBe('removed: title');
  });

  it('counts annotations whose offsets do not fit the text', () => {
    const offsets = new Utf8Offsets(RAW_B);
    const dash = byteSpan(RAW_B, '–');
    const inside = { ...fixtureDossier().documents[1], dates: [{ begin: dash.begin + 1, end: dash.end, text: '–', value: null }] };
    expect(placeAnnotations(inside, offsets).misplaced).toBe(1);
    const beyond = { ...inside, dates: [{ begin: 10_000, end: 10_001, text: 'x', value: null }] };
    expect(placeAnnotations(beyond, offsets).misplaced).toBe(1);
  });
});
