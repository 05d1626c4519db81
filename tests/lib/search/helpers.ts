/** Test helpers: a fresh fake-indexeddb database and minimal clippings/highlights. */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { emptyDraft, type Clipping, type Highlight } from '../../../lib/bulletin/model';
import { openDb, type ClipperDb } from '../../../lib/db/database';

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
