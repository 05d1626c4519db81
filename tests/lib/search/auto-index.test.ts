import { afterEach, describe, expect, it } from 'vitest';
import type { ClipperDb } from '../../../lib/db/database';
import { exportBackup, importBackup } from '../../../lib/backup/backup';
import { mergeTags } from '../../../lib/library/tags';
import { installSearchIndexing, type SearchIndexing } from '../../../lib/search/auto-index';
import { search } from '../../../lib/search/query';
import { freshDb, liveRefs, makeClipping, makeHighlight } from './helpers';

let db: ClipperDb;
let indexing: SearchIndexing;
afterEach(async () => {
  await db?.delete();
});

const found = async (q: string) => (await search(db, q, { limit: 20 })).map((h) => h.highlightId ?? h.clippingId).sort();

describe('automatic indexing', () => {
  it('follows plain table writes once they commit', async () => {
    db = freshDb();
    indexing = installSearchIndexing(db);
    await db.clippings.put(makeClipping('c1', { text: '增强四个意识' }));
    await db.highlights.bulkAdd([makeHighlight('h1', 'c1', { exact: '四个意识' }), makeHighlight('h2', 'c1', { exact: '两个维护' })]);
    await indexing.flush();
    expect(await found('四个意识')).toEqual(['c1', 'h1']);

    await db.highlights.where('clippingId').equals('c1').modify((h) => {
      h.note = `${h.exact}的学习笔记`;
    });
    await db.highlights.delete('h1');
    await indexing.flush();
    expect(await found('学习笔记')).toEqual(['h2']);
    expect(await found('四个意识')).toEqual(['c1']);
  });

  it('indexes a transaction only if it commits', async () => {
    db = freshDb();
    indexing = installSearchIndexing(db);
    await db
      .transaction('rw', db.clippings, async () => {
        await db.clippings.put(makeClipping('c1', { text: '回滚的内容' }));
        throw new Error('abort');
      })
      .catch(() => undefined);
    await db.clippings.put(makeClipping('c2', { text: '提交的内容' }));
    await indexing.flush();
    expect(await found('内容')).toEqual(['c2']);
  });

  it('skips unchanged text (a tag merge re-indexes nothing) and rebuilds after clear()', async () => {
    db = freshDb();
    indexing = installSearchIndexing(db);
    await db.highlights.bulkPut([makeHighlight('h1', 'c', { exact: '甲乙', tags: ['a'] }), makeHighlight('h2', 'c', { exact: '乙丙', tags: ['b'] })]);
    await indexing.flush();
    const before = (await db.searchMeta.get('state'))?.nextSeq;
    const r = await mergeTags(db, ['a'], 'b');
    expect(r.ok).toBe(true);
    await indexing.flush();
    expect((await db.searchMeta.get('state'))?.nextSeq).toBe(before);
    await db.highlights.clear();
    await indexing.flush();
    expect(await found('乙')).toEqual([]);
    expect(await liveRefs(db)).toEqual([]);
  });

  it('leaves alone a transaction that built the index itself (a restore), and still follows the next write', async () => {
    db = freshDb();
    // Counts requests to the index: the restore's own build makes some; after it, following
    // the restored rows (a rebuild, or re-reading every restored source) would make more.
    let indexWrites = 0;
    db.use({
      stack: 'dbcore',
      name: 'count-index-requests',
      create: (down) => ({
        ...down,
        table: (name) => {
          const t = down.table(name);
          if (!name.startsWith('search')) return t;
          return { ...t, mutate: (req) => (indexWrites++, t.mutate(req)), getMany: (req) => (indexWrites++, t.getMany(req)) };
        },
      }),
    });
    indexing = installSearchIndexing(db);
    await db.clippings.bulkPut([makeClipping('c1', { text: '增强四个意识' }), makeClipping('c2', { text: '乡村振兴' })]);
    await indexing.flush();
    const backup = (await exportBackup(db)).join('');
    await db.clippings.put(makeClipping('c3', { text: '两个维护' }));
    await indexing.flush();
    indexWrites = 0;
    const r = await importBackup(db, backup, { mode: 'replace' }); // clears both tables: a rebuild
    expect(r.ok).toBe(true);
    const afterRestore = indexWrites;
    expect(afterRestore).toBeGreaterThan(0);
    await indexing.flush();
    expect(indexWrites).toBe(afterRestore);
    expect(await found('四个意识')).toEqual(['c1']);
    expect(await found('两个维护')).toEqual([]);
    await db.clippings.put(makeClipping('c4', { text: '两个维护' }));
    await indexing.flush();
    expect(await found('两个维护')).toEqual(['c4']);
  });
});
