/**
 * Clippings in a sort order, read from index keys a chunk at a time, so a first page never
 * pays for loading every key. Clippings missing from the sort index (a null date) follow
 * the indexed ones, newest id first, as orderClippings has them.
 */
import type { ClipperDb } from '../db/database';
import { orderClippings } from './id-sets';
import type { LibrarySort } from './library-query';

type TimeSort = Exclude<LibrarySort, 'issuer'>;

function indexOf(sort: TimeSort): 'date' | 'updatedAt' | 'createdAt' {
  return sort === 'date' ? 'date' : sort === 'edited' ? 'updatedAt' : 'createdAt';
}

/** Yields clipping ids in `sort` order, in chunks growing from `first` to 1,024. */
export async function* clippingIdsInOrder(db: ClipperDb, sort: LibrarySort, first = 16): AsyncGenerator<string[]> {
  if (sort === 'issuer') {
    const all = await orderClippings(db, sort);
    for (let i = 0, size = first; i < all.length; i += size, size = Math.min(size * 2, 1024)) yield all.slice(i, i + size);
    return;
  }
  const index = indexOf(sort);
  const seen = new Set<string>();
  for (let offset = 0, size = first; ; offset += size, size = Math.min(size * 2, 1024)) {
    const chunk = await db.clippings.orderBy(index).reverse().offset(offset).limit(size).primaryKeys();
    for (const id of chunk) seen.add(id);
    if (chunk.length) yield chunk;
    if (chunk.length < size) break;
  }
  const all = await db.clippings.toCollection().primaryKeys();
  if (all.length > seen.size) yield all.filter((id) => !seen.has(id)).reverse();
}

/** One page of all clippings in `sort` order (no filter): the first paint's query. */
export async function pageOfClippings(db: ClipperDb, sort: LibrarySort, offset: number, limit: number): Promise<string[]> {
  if (sort !== 'issuer') {
    const index = indexOf(sort);
    const indexed = await db.clippings.orderBy(index).count();
    if (offset + limit <= indexed) return db.clippings.orderBy(index).reverse().offset(offset).limit(limit).primaryKeys();
  }
  return (await orderClippings(db, sort)).slice(offset, offset + limit);
}
