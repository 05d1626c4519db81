/**
 * The library page's index catch-up: writes made without the indexing middleware (popup,
 * background) become searchable, deleted sources drop out, edits are re-indexed.
 */
import { describe, expect, it } from 'vitest';
import { syncSearchIndex } from '../../components/library/use-search-sync';
import { search } from '../../lib/search/query';
import { freshDb, makeClipping, makeHighlight } from '../lib/search/helpers';

const T = 1_700_000_000_000;

describe('syncSearchIndex', () => {
  it('indexes what is missing, drops what is gone, re-indexes recent edits', async () => {
    const db = freshDb();
    await db.clippings.bulkAdd([
      makeClipping('c1', { title: '动员大会', text: '增强四个意识，坚定四个自信。', updatedAt: T }),
      makeClipping('c2', { title: '工作简报', text: '做到两个维护。', updatedAt: T }),
    ]);
    await db.highlights.add(makeHighlight('h1', 'c1', { exact: '四个意识', note: '核心提法', updatedAt: T }));
    expect(await search(db, '四个意识', { limit: 10 })).toEqual([]);

    expect(await syncSearchIndex(db, T + 1)).toEqual({ indexed: 3, removed: 0 });
    const hits = await search(db, '四个意识', { limit: 10 });
    expect(hits.map((h) => h.kind)).toEqual(['highlight', 'clipping']);
    expect((await search(db, '核心提法', { limit: 10 }))[0]?.highlightId).toBe('h1');
    // Phrase-correct through the same index: characters out of order are no match.
    expect(await search(db, '意识四个', { limit: 10 })).toEqual([]);

    // A second pass with nothing new does nothing.
    expect(await syncSearchIndex(db, T + 1)).toEqual({ indexed: 0, removed: 0 });

    await db.clippings.delete('c2');
    await db.highlights.update('h1', { note: '新的批注', updatedAt: T + 10 });
    expect(await syncSearchIndex(db, T + 5)).toEqual({ indexed: 1, removed: 1 });
    expect(await search(db, '两个维护', { limit: 10 })).toEqual([]);
    expect(await search(db, '核心提法', { limit: 10 })).toEqual([]);
    expect((await search(db, '新的批注', { limit: 10 }))[0]?.highlightId).toBe('h1');
  });
});
