/**
 * Building blocks of library queries: id sets read from Dexie indexes (primary keys only,
 * never whole records) and orders of clippings read from index keys. Sets are intersected
 * before any record is loaded, so a filter costs what its most selective index costs.
 */
import type { ClipperDb } from '../db/database';
import type { LibraryQuery, LibrarySort } from './library-query';

/** Intersects sets (smallest first); null when there is nothing to intersect (no filter). */
export function intersectSets(sets: readonly Set<string>[]): Set<string> | null {
  if (sets.length === 0) return null;
  const [first, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  const out = new Set<string>();
  for (const id of first!) if (rest.every((s) => s.has(id))) out.add(id);
  return out;
}

/** Epoch ms of local midnight starting `day` (YYYY-MM-DD). */
export function startOfLocalDay(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!).getTime();
}

/** Epoch ms of local midnight ending `day` (exclusive upper bound). */
export function endOfLocalDay(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d! + 1).getTime();
}

/**
 * Primary keys of the records whose `index` equals one of `keys`, one key range request per
 * key. Dexie's anyOf walks a cursor with continue(key) jumps, which fake-indexeddb (tests,
 * bench) does in quadratic time; ranges are fast everywhere.
 */
export async function primaryKeysAnyOf(
  table: ClipperDb['highlights'] | ClipperDb['clippings'],
  index: string,
  keys: readonly string[],
): Promise<string[][]> {
  return Promise.all([...new Set(keys)].map((k) => table.where(index).equals(k).primaryKeys()));
}

/** Primary keys of records carrying all (and) or any (or) of `tags` in a *tags index. */
export async function idsWithTags(
  table: ClipperDb['highlights'] | ClipperDb['clippings'],
  tags: readonly string[],
  mode: 'and' | 'or',
): Promise<Set<string>> {
  const perTag = await primaryKeysAnyOf(table, 'tags', tags);
  if (mode === 'or') return new Set(perTag.flat());
  return intersectSets(perTag.map((ids) => new Set(ids))) ?? new Set();
}

/** Primary keys in a time-index range given as local days (either end optional). */
export async function idsInDayRange(
  table: ClipperDb['highlights'] | ClipperDb['clippings'],
  index: 'createdAt' | 'updatedAt',
  from: string | null,
  to: string | null,
): Promise<Set<string>> {
  const lo = from ? startOfLocalDay(from) : -Infinity;
  const hi = to ? endOfLocalDay(to) : Infinity;
  return new Set(await table.where(index).between(lo, hi, true, false).primaryKeys());
}

/**
 * Ids of clippings passing the clipping-level filters of a query (issuer, site, bulletin
 * date, one clipping), or null when the query has none.
 */
export async function clippingIdsForQuery(db: ClipperDb, q: LibraryQuery): Promise<Set<string> | null> {
  const sets: Set<string>[] = [];
  if (q.clippingId) sets.push(new Set([q.clippingId]));
  if (q.issuer) sets.push(new Set(await db.clippings.where('issuer').equals(q.issuer).primaryKeys()));
  if (q.site) {
    const host = q.site.toLowerCase();
    sets.push(new Set(await db.clippings.where('normalizedUrl').startsWith(`https://${host}/`).primaryKeys()));
  }
  if (q.dateFrom || q.dateTo) {
    // Dates are YYYY-MM-DD strings: string order is date order.
    sets.push(new Set(await db.clippings.where('date').between(q.dateFrom ?? '', q.dateTo ?? '\uffff', true, true).primaryKeys()));
  }
  return intersectSets(sets);
}

/**
 * All clipping ids in a sort order (newest first; 'issuer' is A-Z then newest bulletin),
 * from index keys only. Clippings missing from the index (null date or issuer) come last.
 */
export async function orderClippings(db: ClipperDb, sort: LibrarySort): Promise<string[]> {
  const all = await db.clippings.toCollection().primaryKeys();
  let ordered: string[];
  if (sort === 'issuer') {
    const [issuers, ids, dateIds] = await Promise.all([
      db.clippings.orderBy('issuer').keys(),
      db.clippings.orderBy('issuer').primaryKeys(),
      db.clippings.orderBy('date').primaryKeys(),
    ]);
    const dateRank = new Map<string, number>();
    dateIds.forEach((id, i) => dateRank.set(id, i));
    const pairs = ids.map((id, i) => ({ id, issuer: String(issuers[i]), rank: dateRank.get(id) ?? -1 }));
    pairs.sort((a, b) => (a.issuer < b.issuer ? -1 : a.issuer > b.issuer ? 1 : b.rank - a.rank || (a.id < b.id ? 1 : -1)));
    ordered = pairs.map((p) => p.id);
  } else {
    const index = sort === 'date' ? 'date' : sort === 'edited' ? 'updatedAt' : 'createdAt';
    ordered = (await db.clippings.orderBy(index).primaryKeys()).reverse();
  }
  if (ordered.length < all.length) {
    const seen = new Set(ordered);
    ordered.push(...all.filter((id) => !seen.has(id)).reverse());
  }
  return ordered;
}

const desc = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

/**
 * The order of orderClippings as a comparator over records, for sorting a few clippings
 * without reading every key: 'date' newest first (no date last), 'issuer' A-Z (none last)
 * then newest; ties newest id first.
 */
export function compareClippings(sort: 'date' | 'issuer'): (a: { id: string; date: string | null; issuer: string | null }, b: { id: string; date: string | null; issuer: string | null }) => number {
  const byDate = (a: { id: string; date: string | null }, b: { id: string; date: string | null }) =>
    (a.date === null ? 1 : 0) - (b.date === null ? 1 : 0) || desc(a.date ?? '', b.date ?? '') || desc(a.id, b.id);
  if (sort === 'date') return byDate;
  return (a, b) => {
    const nulls = (a.issuer === null ? 1 : 0) - (b.issuer === null ? 1 : 0);
    if (nulls) return nulls;
    if (a.issuer === null) return desc(a.id, b.id);
    return -desc(a.issuer, b.issuer!) || byDate(a, b);
  };
}
