/**
 * Encoding of posting rows: several grams' sorted document lists packed into three typed
 * arrays (IndexedDB stores typed arrays compactly and clones them fast).
 */
import type { PostingRow } from './schema';

const EMPTY = new Uint32Array(0);

/** Packs gram -> ascending document lists into a row. */
export function encodeRow(key: number, lists: Map<number, ArrayLike<number>>): PostingRow {
  const grams = Uint32Array.from(lists.keys()).sort();
  const starts = new Uint32Array(grams.length + 1);
  let total = 0;
  for (let i = 0; i < grams.length; i++) {
    starts[i] = total;
    total += lists.get(grams[i]!)!.length;
  }
  starts[grams.length] = total;
  const docs = new Uint32Array(total);
  for (let i = 0; i < grams.length; i++) docs.set(lists.get(grams[i]!)!, starts[i]!);
  return { key, grams, starts, docs };
}

/** Unpacks a row into gram -> document list (copies, safe to mutate). */
export function decodeRow(row: PostingRow | undefined): Map<number, number[]> {
  const out = new Map<number, number[]>();
  if (!row) return out;
  for (let i = 0; i < row.grams.length; i++) {
    out.set(row.grams[i]!, Array.from(row.docs.subarray(row.starts[i]!, row.starts[i + 1]!)));
  }
  return out;
}

/** The documents of one gram in a row (a view, not a copy); empty when absent. */
export function readList(row: PostingRow | undefined, gram: number): Uint32Array {
  if (!row) return EMPTY;
  const g = row.grams;
  let lo = 0;
  let hi = g.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = g[mid]!;
    if (v === gram) return row.docs.subarray(row.starts[mid]!, row.starts[mid + 1]!);
    if (v < gram) lo = mid + 1;
    else hi = mid - 1;
  }
  return EMPTY;
}

/** Intersects ascending lists (shortest first, galloping over the longer ones). */
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
