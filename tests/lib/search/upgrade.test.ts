import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openDb, SCHEMA_V1, SCHEMA_V2 } from '../../../lib/db/database';
import { search } from '../../../lib/search/query';
import { BLOCK_SEQS } from '../../../lib/search/schema';
import { liveRefs, makeClipping, makeHighlight } from './helpers';

describe('upgrades from before the index (v2)', () => {
  it('builds the search index over data stored under v2', async () => {
    const name = `upgrade-${Math.random()}`;
    const old = new Dexie(name, { indexedDB, IDBKeyRange });
    old.version(1).stores(SCHEMA_V1);
    old.version(2).stores(SCHEMA_V2);
    await old.table('clippings').bulkPut([
      makeClipping('c1', { title: '党史学习教育简报', text: '增强四个意识，坚定四个自信。', updatedAt: 1 }),
      makeClipping('c2', { title: '工作简报', text: '四个方面，意识形态。', updatedAt: 2 }),
    ]);
    await old.table('highlights').put(makeHighlight('h1', 'c2', { exact: '意识形态', note: '要点：四个意识', updatedAt: 3 }));
    old.close();

    const db = openDb({ name, indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);
    const hits = await search(db, '四个意识', { limit: 10 });
    expect(hits.map((h) => `${h.kind}:${h.highlightId ?? h.clippingId}`)).toEqual(['note:h1', 'clipping:c1']);
    expect((await db.clippings.count())).toBe(2);
    expect(await liveRefs(db)).toHaveLength(3);
    expect((await db.searchMeta.get('state'))?.nextSeq).toBe(BLOCK_SEQS); // later edits start a fresh block
    await db.delete();
  });

  it('opens a fresh database at v3 with an empty index', async () => {
    const db = openDb({ name: `fresh-${Math.random()}`, indexedDB, IDBKeyRange });
    expect(await search(db, '简报', { limit: 5 })).toEqual([]);
    await db.delete();
  });
});
