import { describe, expect, it } from 'vitest';
import { Utf8Offsets } from '../src/model/utf8-offsets';

const bytesOf = (s: string) => new TextEncoder().encode(s);
const decode = (b: Uint8Array) => new TextDecoder().decode(b);

describe('Utf8Offsets', () => {
  it('finds words after multi-byte punctuation: "Homs – « Daech »"', () => {
    const text = 'Homs – « Daech »';
    const offsets = new Utf8Offsets(text);
    expect(offsets.byteLength).toBe(20);
    // "–" is three bytes, "«" and "»" two each.
    expect(offsets.slice(12, 17)).toBe('Daech');
    expect(offsets.range(12, 17)).toEqual({ start: 9, end: 14 });
    expect(offsets.slice(5, 8)).toBe('–');
    expect(offsets.slice(0, 20)).toBe(text);
  });

  it('counts a character outside the BMP as two UTF-16 units', () => {
    const text = 'a😀b é';
    const offsets = new Utf8Offsets(text);
    expect(offsets.index(1)).toBe(1);
    expect(offsets.index(5)).toBe(3);
    expect(offsets.slice(5, 6)).toBe('b');
    expect(offsets.slice(7, 9)).toBe('é');
  });

  it('refuses offsets inside a character, out of range, or reversed', () => {
    const offsets = new Utf8Offsets('Homs – « Daech »');
    expect(offsets.index(6)).toBeNull();
    expect(offsets.slice(6, 12)).toBeNull();
    expect(offsets.index(21)).toBeNull();
    expect(offsets.index(-1)).toBeNull();
    expect(offsets.index(1.5)).toBeNull();
    expect(offsets.range(17, 12)).toBeNull();
    expect(offsets.slice(20, 20)).toBe('');
  });

  it('agrees with TextEncoder slicing at every character boundary', () => {
    const text = 'L’armée a repris Palmyre « la perle » — 400 djihadistes ☪ 🕌 tués, 188 soldats';
    const bytes = bytesOf(text);
    const offsets = new Utf8Offsets(text);
    const boundaries: number[] = [];
    for (let b = 0; b <= bytes.length; b++) if (b === bytes.length || (bytes[b] & 0xc0) !== 0x80) boundaries.push(b);
    for (const begin of boundaries)
      for (const end of boundaries)
        if (end >= begin) expect(offsets.slice(begin, end)).toBe(decode(bytes.subarray(begin, end)));
  });
});
