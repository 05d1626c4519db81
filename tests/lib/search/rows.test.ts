import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeRow, encodeRow, intersectSorted, readList, rowDataBytes } from '../../../lib/search/rows';
import type { LegacyPostingRow } from '../../../lib/search/schema';

const sortedList = fc.uniqueArray(fc.integer({ min: 0, max: 2 ** 32 - 1 }), { minLength: 1, maxLength: 60 }).map((a) => a.sort((x, y) => x - y));

describe('posting rows', () => {
  it('round-trip any gram lists through the varint encoding', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 2 ** 32 - 1 }), { maxLength: 20 }), fc.array(sortedList, { minLength: 20, maxLength: 20 }), (grams, lists) => {
        const m = new Map(grams.map((g, i) => [g, lists[i]!]));
        const row = encodeRow(7, m);
        expect(decodeRow(row)).toEqual(m);
        for (const [g, l] of m) expect(readList(row, g)).toEqual(l);
        expect(readList(row, 2 ** 32)).toEqual([]); // not a gram of this row
      }),
      { numRuns: 200, seed: 3 },
    );
  });

  it('stores small gaps in one byte', () => {
    const row = encodeRow(0, new Map([[65, Array.from({ length: 100 }, (_, i) => 1000 + i * 3)]]));
    expect(rowDataBytes(row)).toBe(2 + 99); // 1000 takes two bytes, each gap of 3 one
    expect(row.buf.length).toBe(4 + 8 + 2 + 99); // one gram, two starts, the list
  });

  it('read rows of the form written before the packed one (three typed arrays), and a buffer not aligned', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 2 ** 32 - 1 }), { maxLength: 20 }), fc.array(sortedList, { minLength: 20, maxLength: 20 }), (grams, lists) => {
        const m = new Map(grams.map((g, i) => [g, lists[i]!]));
        const packed = encodeRow(3, m);
        const n = packed.n;
        const legacy: LegacyPostingRow = {
          key: 3,
          grams: new Uint32Array(packed.buf.slice(0, 4 * n).buffer),
          starts: new Uint32Array(packed.buf.slice(4 * n, 8 * n + 4).buffer),
          data: packed.buf.slice(8 * n + 4),
        };
        expect(decodeRow(legacy)).toEqual(m);
        for (const [g, l] of m) expect(readList(legacy, g)).toEqual(l);
        // The same bytes one byte into a larger buffer.
        const shifted = new Uint8Array(packed.buf.length + 1);
        shifted.set(packed.buf, 1);
        const odd = { key: 3, n, buf: shifted.subarray(1) };
        expect(decodeRow(odd)).toEqual(m);
        for (const [g, l] of m) expect(readList(odd, g)).toEqual(l);
      }),
      { numRuns: 100, seed: 5 },
    );
  });

  it('intersects sorted lists', () => {
    fc.assert(
      fc.property(fc.array(sortedList, { minLength: 1, maxLength: 4 }), (lists) => {
        const expected = lists[0]!.filter((v) => lists.every((l) => l.includes(v)));
        expect(intersectSorted(lists)).toEqual(expected);
      }),
      { numRuns: 200, seed: 4 },
    );
  });
});
