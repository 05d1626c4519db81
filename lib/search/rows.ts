/**
 * Encoding of posting rows: several grams' sorted document lists packed into typed arrays
 * (IndexedDB clones typed arrays fast). Each list is delta-coded in LEB128 varints: gaps
 * between a gram's documents are small, so a posting takes 1-2 bytes instead of 4; fewer
 * bytes written is most of what makes an index build and an update cheaper.
 */
import type { PostingRow } from './schema';

const EMPTY: number[] = [];

/** Appends a list's delta varints to `out` (a growable byte buffer). */
function writeList(list: ArrayLike<number>, out: { buf: Uint8Array; len: number }): void {
  if (out.buf.length < out.len + list.length * 5) {
    const bigger = new Uint8Array(Math.max(out.buf.length * 2, out.len + list.length * 5));
    bigger.set(out.buf.subarray(0, out.len));
    out.buf = bigger;
  }
  let prev = 0;
  for (let i = 0; i < list.length; i++) {
    let v = list[i]! - prev;
    prev = list[i]!;
    while (v >= 0x80) {
      out.buf[out.len++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    out.buf[out.len++] = v;
  }
}

/** Decodes the delta varints of data[from, to) back to ascending numbers. */
function readVarints(data: Uint8Array, from: number, to: number): number[] {
  const out: number[] = [];
  let prev = 0;
  let i = from;
  while (i < to) {
    let v = 0;
    let shift = 0;
    let b: number;
    do {
      b = data[i++]!;
      v += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    prev += v;
    out.push(prev);
  }
  return out;
}

/** Packs gram -> ascending document lists into a row. */
export function encodeRow(key: number, lists: Map<number, ArrayLike<number>>): PostingRow {
  const grams = Uint32Array.from(lists.keys()).sort();
  const starts = new Uint32Array(grams.length + 1);
  const out = { buf: new Uint8Array(256), len: 0 };
  for (let i = 0; i < grams.length; i++) {
    starts[i] = out.len;
    writeList(lists.get(grams[i]!)!, out);
  }
  starts[grams.length] = out.len;
  return { key, grams, starts, data: out.buf.slice(0, out.len) };
}

/** Unpacks a row into gram -> document list (fresh arrays, safe to mutate). */
export function decodeRow(row: PostingRow | undefined): Map<number, number[]> {
  const out = new Map<number, number[]>();
  if (!row) return out;
  for (let i = 0; i < row.grams.length; i++) out.set(row.grams[i]!, readVarints(row.data, row.starts[i]!, row.starts[i + 1]!));
  return out;
}

/** The documents of one gram in a row, ascending; empty when absent. */
export function readList(row: PostingRow | undefined, gram: number): number[] {
  if (!row) return EMPTY;
  const g = row.grams;
  let lo = 0;
  let hi = g.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = g[mid]!;
    if (v === gram) return readVarints(row.data, row.starts[mid]!, row.starts[mid + 1]!);
    if (v < gram) lo = mid + 1;
    else hi = mid - 1;
  }
  return EMPTY;
}

/** Intersects ascending lists (shortest first, binary-searching the longer ones). */
export function intersectSorted(lists: ArrayLike<number>[]): number[] {
  if (lists.length === 0) return [];
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  let acc: number[] = Array.from(sorted[0]!);
  for (let k = 1; k < sorted.length && acc.length > 0; k++) {
    const other = sorted[k]!;
    const next: number[] = [];
    let j = 0;
    for (const v of acc) {
      // Binary search forward from j: lists of common grams are long, the accumulator short.
      let lo = j;
      let hi = other.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (other[mid]! < v) lo = mid + 1;
        else hi = mid;
      }
      j = lo;
      if (j < other.length && other[j] === v) next.push(v);
    }
    acc = next;
  }
  return acc;
}
