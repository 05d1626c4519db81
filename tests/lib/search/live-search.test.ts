/**
 * The search view's query (searchPage: the hits and their clippings in one transaction) as a
 * live query, the way components/library/SearchView subscribes to it: it answers, and follows
 * a write.
 */
// Before Dexie loads: its liveQuery needs the global indexedDB when its module is evaluated.
import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { installSearchIndexing } from '../../../lib/search/auto-index';
import { searchPage, type SearchPage } from '../../../lib/search/query';
import { freshDb, makeClipping, makeHighlight } from './helpers';

describe('searchPage as a live query', () => {
  it('answers with the hits’ clippings and follows a new highlight', async () => {
    const db = freshDb();
    const indexing = installSearchIndexing(db);
    await db.clippings.bulkPut([
      makeClipping('c1', { title: '第一期', text: '全体党员要增强四个意识。', updatedAt: 1 }),
      makeClipping('c2', { title: '第二期', text: '乡村振兴。', updatedAt: 2 }),
    ]);
    await indexing.flush();
    const values: SearchPage[] = [];
    const errors: unknown[] = [];
    const sub = liveQuery(() => searchPage(db, '四个意识', { limit: 10 })).subscribe({ next: (v) => values.push(v), error: (e) => errors.push(e) });
    const until = async (test: (v: SearchPage) => boolean) => {
      for (let i = 0; i < 200 && !values.some(test) && errors.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
      return values.find(test);
    };
    const first = await until(() => true);
    expect(errors).toEqual([]);
    expect(first?.hits.map((h) => h.clippingId)).toEqual(['c1']);
    expect([...first!.clippings.keys()]).toEqual(['c1']);

    await db.highlights.put(makeHighlight('h1', 'c2', { exact: '四个意识', updatedAt: 3 }));
    await indexing.flush();
    const next = await until((v) => v.hits.length === 2);
    expect(errors).toEqual([]);
    expect(next?.hits.map((h) => h.highlightId ?? h.clippingId)).toEqual(['h1', 'c1']);
    expect(next?.clippings.get('c2')?.title).toBe('第二期');
    sub.unsubscribe();
    await db.delete();
  });
});
