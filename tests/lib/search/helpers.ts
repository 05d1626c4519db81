/** Test helpers: a fresh fake-indexeddb database and minimal clippings/highlights. */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { emptyDraft, type Clipping, type Highlight } from '../../../lib/bulletin/model';
import { openDb, type ClipperDb } from '../../../lib/db/database';
import { PACK_SEQS } from '../../../lib/search/schema';

let counter = 0;

/** Opens a database with a unique name. */
export function freshDb(): ClipperDb {
  counter += 1;
  return openDb({ name: `test-${process.pid}-${counter}-${Math.random()}`, indexedDB, IDBKeyRange });
}

/** A clipping with the given fields (times default to a fixed clock). */
export function makeClipping(id: string, fields: Partial<Clipping> = {}): Clipping {
  return {
    ...emptyDraft('text'),
    id,
    normalizedUrl: null,
    tags: [],
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    ...fields,
  };
}

/** A highlight with the given fields. */
export function makeHighlight(id: string, clippingId: string, fields: Partial<Highlight> = {}): Highlight {
  return {
    id,
    clippingId,
    color: 'yellow',
    note: '',
    tags: [],
    exact: '',
    pageTarget: [],
    textTarget: [],
    headingPath: [],
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    reviewedAt: null,
    reviewCount: 0,
    orphan: false,
    ...fields,
  };
}

/**
 * The index's live refs as `seq ref` strings, read from the seq rows; fails when the source
 * buckets do not hold exactly the same refs (the two tables must stay in step).
 */
export async function liveRefs(db: ClipperDb): Promise<string[]> {
  const bySeq: string[] = [];
  for (const p of await db.searchSeqs.toArray()) {
    p.refs.forEach((ref, i) => {
      if (ref) bySeq.push(`${p.key * PACK_SEQS + i} ${ref} ${p.clippingIds[i]}`);
    });
  }
  const bySource: string[] = [];
  for (const b of await db.searchSources.toArray()) b.refs.forEach((ref, i) => bySource.push(`${b.seqs[i]} ${ref} ${b.clippingIds[i]}`));
  const sort = (xs: string[]) => [...xs].sort();
  if (JSON.stringify(sort(bySeq)) !== JSON.stringify(sort(bySource))) {
    throw new Error(`searchSeqs and searchSources disagree:\n${sort(bySeq).join('\n')}\n--\n${sort(bySource).join('\n')}`);
  }
  return sort(bySeq.map((s) => s.split(' ').slice(0, 2).join(' ')));
}
