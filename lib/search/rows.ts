/**
 * Encoding of posting rows: several grams' sorted document lists packed into one byte buffer
 * (IndexedDB clones typed arrays fast, and one array faster than three). Each list is
 * delta-coded in LEB128 varints: gaps between a gram's documents are small, so a posting
 * takes 1-2 bytes instead of 4; fewer bytes written is most of what makes an index build and
 * an update cheaper.
 *
 * Rows written before the packed form (three typed arrays) are read as they are; any write
 * of a row writes it packed.
 */
import type { PackedPostingRow, PostingRow } from './schema';

/** A row's three parts, whichever form it is stored in. */
interface RowView {
  grams: Uint32Array;
  starts: Uint32Array;
  data: Uint8Array;
}

/** The parts of a row (views into its buffer: no copy). */
function viewOf(row: PostingRow): RowView {
  if (!('buf' in row)) return row;
  const { n, buf } = row;
  // A cloned buffer starts at offset 0; a copy keeps the uint32 views aligned otherwise.
  const b = buf.byteOffset % 4 === 0 ? buf : buf.slice();
  return {
    grams: new Uint32Array(b.buffer, b.byteOffset, n),
    starts: new Uint32Array(b.buffer, b.byteOffset + 4 * n, n + 1),
    data: b.subarray(8 * n + 4),
  };
}

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
export function encodeRow(key: number, lists: Map<number, ArrayLike<number>>): PackedPostingRow {
  const grams = Uint32Array.from(lists.keys()).sort();
  const n = grams.length;
  const starts = new Uint32Array(n + 1);
  const out = { buf: new Uint8Array(256), len: 0 };
  for (let i = 0; i < n; i++) {
    starts[i] = out.len;
    writeList(lists.get(grams[i]!)!, out);
  }
  starts[n] = out.len;
  const buf = new Uint8Array(8 * n + 4 + out.len);
  buf.set(new Uint8Array(grams.buffer, 0, 4 * n), 0);
  buf.set(new Uint8Array(starts.buffer, 0, 4 * (n + 1)), 4 * n);
  buf.set(out.buf.subarray(0, out.len), 8 * n + 4);
  return { key, n, buf };
}

/** Bytes of a row's posting lists (without its gram table). */
export function rowDataBytes(row: PostingRow): number {
  return viewOf(row).data.length;
}

/** Unpacks a row into gram -> document list (fresh arrays, safe to mutate). */
export function decodeRow(row: PostingRow | undefined): Map<number, number[]> {
  const out = new Map<number, number[]>();
  if (!row) return out;
  const { grams, starts, data } = viewOf(row);
  for (let i = 0; i < grams.length; i++) out.set(grams[i]!, readVarints(data, starts[i]!, starts[i + 1]!));
  return out;
}

/** The documents of one gram in a row, ascending; empty when absent. */
export function readList(row: PostingRow | undefined, gram: number): number[] {
  if (!row) return EMPTY;
  const { grams: g, starts, data } = viewOf(row);
  let lo = 0;
  let hi = g.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = g[mid]!;
    if (v === gram) return readVarints(data, starts[mid]!, starts[mid + 1]!);
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
