/**
 * Clippings in a sort order, read from index keys a chunk at a time, so a first page never
 * pays for loading every key. Clippings missing from the sort index (a null date) follow
 * the indexed ones, newest id first, as orderClippings has them.
 */
import type { Clipping } from '../bulletin/model';
import type { ClipperDb } from '../db/database';
import { orderClippings } from './id-sets';
import type { LibrarySort } from './library-query';

type TimeSort = Exclude<LibrarySort, 'issuer'>;

function indexOf(sort: TimeSort): 'date' | 'updatedAt' | 'createdAt' {
  return sort === 'date' ? 'date' : sort === 'edited' ? 'updatedAt' : 'createdAt';
}

/**
 * Yields clipping ids in `sort` order, in chunks whose sizes `sizeOf` picks from the number
 * yielded so far (by default growing from 16 to 1,024).
 */
export async function* clippingIdsInOrder(db: ClipperDb, sort: LibrarySort, sizeOf: (done: number) => number = (done) => Math.min(Math.max(16, done), 1024)): AsyncGenerator<string[]> {
  if (sort === 'issuer') {
    const all = await orderClippings(db, sort);
    for (let i = 0, size = sizeOf(0); i < all.length; i += size, size = sizeOf(i)) yield all.slice(i, i + size);
    return;
  }
  const index = indexOf(sort);
  const seen = new Set<string>();
  for (let offset = 0, size = sizeOf(0); ; offset += size, size = sizeOf(offset)) {
    const chunk = await db.clippings.orderBy(index).reverse().offset(offset).limit(size).primaryKeys();
    for (const id of chunk) seen.add(id);
    if (chunk.length) yield chunk;
    if (chunk.length < size) break;
  }
  const all = await db.clippings.toCollection().primaryKeys();
  if (all.length > seen.size) yield all.filter((id) => !seen.has(id)).reverse();
}

/**
 * One page of all clippings in `sort` order (no filter): the first paint's query. The records
 * come straight from the sort index (one request). A short page means the index ran out:
 * with `total` (the table's size, a slow count) the caller can tell whether clippings
 * without a date are missing, and then ask pageOfAllClippings.
 */
export async function pageOfIndexedClippings(db: ClipperDb, sort: Exclude<LibrarySort, 'issuer'>, offset: number, limit: number): Promise<Clipping[]> {
  return db.clippings.orderBy(indexOf(sort)).reverse().offset(offset).limit(limit).toArray();
}

/** One page of all clippings in `sort` order from every key (any sort, dateless ones too). */
export async function pageOfAllClippings(db: ClipperDb, sort: LibrarySort, offset: number, limit: number): Promise<Clipping[]> {
  const ids = (await orderClippings(db, sort)).slice(offset, offset + limit);
  return (await db.clippings.bulkGet(ids)).filter((c): c is Clipping => !!c);
}
