// The dossier's offsets count UTF-8 bytes of the raw text; JavaScript strings
// count UTF-16 code units. Utf8Offsets converts one into the other for one
// text: in "Homs – « Daech »" the dash is three bytes and the guillemet two,
// so "Daech" starts at byte 12 but at index 9.

export class Utf8Offsets {
  /** UTF-16 index of each byte offset; -1 inside a multi-byte character. */
  private readonly indexOfByte: Int32Array;
  readonly byteLength: number;

  constructor(readonly text: string) {
    const bytes = new TextEncoder().encode(text);
    this.byteLength = bytes.length;
    this.indexOfByte = new Int32Array(bytes.length + 1).fill(-1);
    let index = 0;
    let byte = 0;
    while (byte < bytes.length) {
      this.indexOfByte[byte] = index;
      const lead = bytes[byte];
      const width = lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
      byte += width;
      index += width === 4 ? 2 : 1;  // four-byte characters are surrogate pairs
    }
    this.indexOfByte[bytes.length] = index;
  }

  /** The UTF-16 index of a byte offset, or null when it is out of range or
   *  falls inside a character. */
  index(byteOffset: number): number | null {
    if (!Number.isInteger(byteOffset) || byteOffset < 0 || byteOffset > this.byteLength) return null;
    const index = this.indexOfByte[byteOffset];
    return index < 0 ? null : index;
  }

  /** The UTF-16 range of a byte range, or null when either end is invalid or
   *  the range is reversed. */
  range(begin: number, end: number): { start: number; end: number } | null {
    const start = this.index(begin);
    const stop = this.index(end);
    if (start === null || stop === null || stop < start) return null;
    return { start, end: stop };
  }

  /** The text of a byte range, or null when the range is invalid. */
  slice(begin: number, end: number): string | null {
    const r = this.range(begin, end);
    return r ? this.text.slice(r.start, r.end) : null;
  }
}
