/**
 * A list's page and its count, as live queries, still follow writes after the page/count
 * split (components/library/use-paged-query subscribes to the page; it counts again after
 * each write to the tables a query reads: tests/components/paged-query.test.tsx).
 */
// Before Dexie loads: its liveQuery needs the global indexedDB when its module is evaluated.
import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClipperDb } from '../../../lib/db/database';
import { makeQuery, pageHighlights } from '../../../lib/library/filters';
import { updateHighlight } from '../../../lib/db/highlights';
import { countHighlightQuery, pageHighlightQuery } from '../../../lib/library/highlight-query';
import { freshDb, makeClipping, makeHighlight } from '../search/helpers';

let db: ClipperDb;

beforeAll(async () => {
  db = freshDb();
  await db.clippings.bulkAdd([makeClipping('c1', { date: '2024-01-01' }), makeClipping('c2', { date: '2024-02-01' })]);
  await db.highlights.bulkAdd(Array.from({ length: 6 }, (_, i) => makeHighlight(`h${i}`, i % 2 ? 'c1' : 'c2', { tags: ['要点'] })));
});
afterAll(async () => {
  await db.delete();
});

/** Subscribes to a live query and resolves with its values as they come. */
function collect<T>(query: () => Promise<T>) {
  const values: T[] = [];
  const sub = liveQuery(query).subscribe({ next: (v) => values.push(v), error: (e) => console.error('LIVEERR', e) });
  const until = async (test: (v: T) => boolean) => {
    for (let i = 0; i < 200 && !values.some(test); i++) await new Promise((r) => setTimeout(r, 10));
    return values.find(test);
  };
  return { values, until, stop: () => sub.unsubscribe() };
}

describe('the page and its count as live queries (the lists subscribe to both)', () => {
  it('both follow a write: a new tagged highlight shows on the page and in the count', async () => {
    const q = makeQuery({ view: 'highlights', tags: ['要点'] });
    // probeCap 1: the tag's set counts as large, so the page comes without a total (as a
    // common tag does) and the count is the second query.
    const page = collect(() => pageHighlightQuery(db, q, { offset: 0, limit: 3 }, { probeCap: 1 }));
    const count = collect(() => countHighlightQuery(db, q, { probeCap: 1 }));
    const first = await page.until(() => true);
    expect(first?.total).toBeUndefined();
    expect(first?.items).toHaveLength(3);
    expect(await count.until((n) => n === 6)).toBe(6);

    // A newer clipping's highlight sorts first (bulletin date, newest first).
    await db.clippings.add(makeClipping('c3', { date: '2024-03-01' }));
    await db.highlights.add(makeHighlight('h-new', 'c3', { tags: ['要点'] }));
    const updated = await page.until((p) => p.items[0]?.highlight.id === 'h-new');
    expect(updated).toBeDefined();
    expect(await count.until((n) => n === 7)).toBe(7);
    page.stop();
    count.stop();
  });

  it('the highlights view’s page (one transaction, walking clippings) follows a tag added to a highlight', async () => {
    const q = makeQuery({ view: 'highlights', tags: ['新标签'] });
    await db.highlights.bulkAdd([makeHighlight('h-old', 'c1', { tags: [] }), makeHighlight('h-tagged', 'c2', { tags: ['新标签'] })]);
    // probeCap 0: the tag's set counts as large, so each answer walks the clippings by date.
    const page = collect(() => pageHighlights(db, q, { offset: 0, limit: 3 }, { probeCap: 0 }));
    expect((await page.until(() => true))?.items.map((i) => i.highlight.id)).toEqual(['h-tagged']);
    await updateHighlight(db, 'h-old', { tags: ['新标签'] });
    // c2 (February) sorts before c1 (January).
    const updated = await page.until((p) => p.items.length === 2);
    expect(updated?.items.map((i) => i.highlight.id)).toEqual(['h-tagged', 'h-old']);
    page.stop();
  });

  it('the highlights view’s page follows an edit of a clipping (its summary, written with it)', async () => {
    const q = makeQuery({ view: 'highlights', tags: ['要点'] });
    const page = collect(() => pageHighlights(db, q, { offset: 0, limit: 50 }));
    const titleOfC1 = (p: { items: Array<{ clipping: { id: string; title: string } | null }> }) => p.items.find((i) => i.clipping?.id === 'c1')?.clipping?.title;
    expect(await page.until((p) => titleOfC1(p) !== undefined)).toBeDefined();
    await db.clippings.update('c1', { title: '改名后的简报' });
    expect(await page.until((p) => titleOfC1(p) === '改名后的简报')).toBeDefined();
    page.stop();
  });
});
