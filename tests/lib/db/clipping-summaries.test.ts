/**
 * Schema v7 keeps a summary row of every clipping (lib/db/clipping-summaries.ts), written in
 * the clipping's own transaction by a middleware: every Dexie API that changes clippings
 * keeps the table equal to the clippings' summaries, an aborted write leaves neither, the v7
 * upgrade writes the summaries of clippings stored before, and the highlights view reads
 * summaries, falling back to the clipping when one is missing.
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createDbAtVersion } from '../../../lib/backup/upgrade';
import type { Clipping } from '../../../lib/bulletin/model';
import { SUMMARIES, summariesOf, summarizeClipping } from '../../../lib/db/clipping-summaries';
import type { ClipperDb } from '../../../lib/db/database';
import { makeQuery, pageHighlights } from '../../../lib/library/filters';
import { rebuildIndex } from '../../../lib/search/rebuild';
import { searchPage } from '../../../lib/search/query';
import { sampleClipping, sampleHighlight } from '../backup/library';
import { freshDbs } from './fresh-db';

const freshDb = freshDbs('summaries');

/** The summary table's rows, read below Dexie (sorted by id, as IndexedDB keeps them). */
function storedSummaries(db: ClipperDb): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const req = db.backendDB().transaction(SUMMARIES).objectStore(SUMMARIES).getAll();
    req.onsuccess = () => resolve(req.result as unknown[]);
    req.onerror = () => reject(req.error);
  });
}

/** Writes one raw row of the summary table, or deletes it (undefined), below Dexie. */
function writeRawSummary(db: ClipperDb, id: string, row: object | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.backendDB().transaction(SUMMARIES, 'readwrite');
    const store = tx.objectStore(SUMMARIES);
    if (row) store.put(row);
    else store.delete(id);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

/** The summaries the clippings table calls for. */
async function expectedSummaries(db: ClipperDb): Promise<unknown[]> {
  return (await db.clippings.toArray()).map(summarizeClipping);
}

describe('clipping summaries (schema v7)', () => {
  it('follow every way of writing clippings', async () => {
    const db = freshDb();
    const check = async (label: string) => expect(await storedSummaries(db), label).toEqual(await expectedSummaries(db));

    await db.clippings.add(sampleClipping(1));
    await db.clippings.bulkAdd([sampleClipping(2), sampleClipping(3), sampleClipping(4), sampleClipping(5)]);
    await check('add, bulkAdd');
    expect(await storedSummaries(db)).toHaveLength(5);

    // A bulkAdd with a clash, caught so the rest commits: the row that failed wrote nothing,
    // so its summary neither.
    await db.transaction('rw', db.clippings, async () => {
      await expect(db.clippings.bulkAdd([sampleClipping(6), { ...sampleClipping(2), title: '不该写入' }])).rejects.toThrow();
    });
    await check('bulkAdd with a failure');
    expect(await storedSummaries(db)).toHaveLength(6);

    await db.clippings.put({ ...sampleClipping(1), title: '改过的标题' });
    await db.clippings.update(sampleClipping(3).id, { issuer: '宣传部', date: '2022-01-05' });
    await db.clippings.where('issuer').equals('办公室').modify((c: Clipping) => {
      c.siteName = '某省科协';
    });
    await db.clippings.bulkUpdate([{ key: sampleClipping(4).id, changes: { issueNumber: '第12期' } }]);
    await db.clippings.bulkPut([{ ...sampleClipping(7), bulletinName: '工作简报' }]);
    await check('put, update, modify, bulkUpdate, bulkPut');
    expect(((await storedSummaries(db)) as Clipping[]).find((s) => s.id === sampleClipping(1).id)?.title).toBe('改过的标题');

    await db.clippings.delete(sampleClipping(1).id);
    await db.clippings.bulkDelete([sampleClipping(2).id]);
    await db.clippings.where('issuer').equals('宣传部').delete();
    await db.clippings.where(':id').between(sampleClipping(6).id, sampleClipping(7).id, true, true).delete();
    await check('delete, bulkDelete, delete by index, delete by key range');
    expect(await storedSummaries(db)).toHaveLength(2);

    await db.clippings.clear();
    expect(await storedSummaries(db)).toEqual([]);
  });

  it('are written in the clipping’s transaction: an abort takes both back', async () => {
    const db = freshDb();
    await db.clippings.add(sampleClipping(1));
    await expect(
      db.transaction('rw', db.clippings, async () => {
        await db.clippings.put({ ...sampleClipping(1), title: '回滚' });
        await db.clippings.add(sampleClipping(2));
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await storedSummaries(db)).toEqual([summarizeClipping(sampleClipping(1))]);
  });

  it('hold only the summary fields, not the text', async () => {
    const db = freshDb();
    await db.clippings.add(sampleClipping(1));
    const [row] = (await storedSummaries(db)) as Record<string, unknown>[];
    expect(Object.keys(row!).sort()).toEqual(['bulletinName', 'date', 'id', 'issueNumber', 'issuer', 'siteName', 'title', 'url']);
  });

  it('are written by the v7 upgrade for clippings stored before', async () => {
    const name = `summaries-v6-${Math.random().toString(36).slice(2)}`;
    const old = createDbAtVersion(name, 6, { indexedDB, IDBKeyRange });
    await old.open();
    const clippings = Array.from({ length: 2500 }, (_, i) => sampleClipping(i + 1));
    await old.table('clippings').bulkAdd(clippings);
    old.close();
    const db = freshDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(7);
    expect(await storedSummaries(db)).toEqual(clippings.map(summarizeClipping));
  });

  it('summariesOf reads the clipping for a summary that is missing, and skips clippings that are gone', async () => {
    const db = freshDb();
    await db.clippings.bulkAdd([sampleClipping(1), sampleClipping(2)]);
    await writeRawSummary(db, sampleClipping(2).id, undefined);
    const got = await summariesOf(db, [sampleClipping(1).id, sampleClipping(2).id, 'gone']);
    expect([...got.keys()]).toEqual([sampleClipping(1).id, sampleClipping(2).id]);
    expect(got.get(sampleClipping(2).id)).toEqual(summarizeClipping(sampleClipping(2)));
  });

  it('are what the highlights view shows of a clipping', async () => {
    const db = freshDb();
    const a = sampleClipping(1);
    const b = sampleClipping(2, { date: '2021-04-01' });
    await db.clippings.bulkAdd([a, b]);
    await db.highlights.bulkAdd([sampleHighlight(a, 1, { tags: ['重点'] }), sampleHighlight(b, 1, { tags: ['重点'] })]);
    // A summary that says otherwise than its clipping shows that the view reads the summary.
    await writeRawSummary(db, a.id, { ...summarizeClipping(a), title: '摘要里的标题' });
    await writeRawSummary(db, b.id, undefined);
    const page = await pageHighlights(db, makeQuery({ view: 'highlights', tags: ['重点'] }), { offset: 0, limit: 50 });
    expect(page.items.map((i) => [i.highlight.clippingId, i.clipping?.title])).toEqual([
      [b.id, b.title],
      [a.id, '摘要里的标题'],
    ]);
  });

  it('are what search results show of a highlight’s clipping, the clipping standing in for one missing', async () => {
    const db = freshDb();
    const a = sampleClipping(1, { title: '甲', paragraphs: ['没有那个词。'], text: '没有那个词。' });
    const b = sampleClipping(2, { title: '乙', paragraphs: ['没有那个词。'], text: '没有那个词。' });
    await db.clippings.bulkAdd([a, b]);
    await db.highlights.bulkAdd([sampleHighlight(a, 1, { exact: '四个意识' }), sampleHighlight(b, 1, { exact: '四个意识' })]);
    await rebuildIndex(db);
    await writeRawSummary(db, a.id, { ...summarizeClipping(a), title: '摘要里的标题' });
    await writeRawSummary(db, b.id, undefined);
    const page = await searchPage(db, '四个意识', { limit: 10 });
    expect(page.hits.map((h) => h.kind)).toEqual(['highlight', 'highlight']);
    expect(page.clippings.get(a.id)?.title).toBe('摘要里的标题');
    expect(page.clippings.get(b.id)?.title).toBe('乙');
  });
});
