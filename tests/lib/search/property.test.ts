import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Clipping, Highlight } from '../../../lib/bulletin/model';
import { compactBlock, indexClipping, indexHighlight, unindexHighlight } from '../../../lib/search/indexer';
import { foldText, isWordUnit, splitTerms } from '../../../lib/search/normalize';
import { matchSources, search } from '../../../lib/search/query';
import { rebuildIndex } from '../../../lib/search/rebuild';
import { layoutOf } from '../../../lib/search/schema';
import { rowDataBytes } from '../../../lib/search/rows';
import { freshDb, makeClipping, makeHighlight } from './helpers';

// A tiny alphabet makes near-misses (四…意…) frequent; punctuation and Latin case included.
const ALPHABET = ['四', '个', '意', '识', '两', '维', '护', '，', ' ', 'A', 'a', 'Ｂ', 'b', '\n'];
const text = (max: number) => fc.array(fc.constantFrom(...ALPHABET), { maxLength: max }).map((a) => a.join(''));
const queryArb = fc.array(fc.constantFrom(...ALPHABET.filter((c) => c !== '\n')), { minLength: 1, maxLength: 4 }).map((a) => a.join(''));

function bruteForce(clippings: Clipping[], highlights: Highlight[], query: string): string[] {
  const terms = splitTerms(query);
  // Documented limit: a query without any letter, digit or ideograph (all punctuation) has
  // nothing to look up in the index and matches nothing.
  if (!terms.some((t) => [...t].some((ch) => isWordUnit(ch.charCodeAt(0))))) return [];
  const has = (s: string) => terms.every((t) => foldText(s).includes(t));
  const out: string[] = [];
  for (const c of clippings) if (has(c.title) || has(c.text)) out.push(`c:${c.id}`);
  for (const h of highlights) if (has(h.exact) || has(h.note)) out.push(`h:${h.id}`);
  return out.sort();
}

describe('search equals a brute-force scan', () => {
  it('for random texts and queries, incremental and rebuilt', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(text(8), text(30)), { minLength: 1, maxLength: 6 }),
        fc.array(fc.tuple(text(10), text(10)), { maxLength: 6 }),
        fc.array(queryArb, { minLength: 1, maxLength: 5 }),
        async (cs, hs, queries) => {
          const db = freshDb();
          const clippings = cs.map(([title, body], i) => makeClipping(`c${i}`, { title, text: body }));
          const highlights = hs.map(([exact, note], i) => makeHighlight(`h${i}`, 'c0', { exact, note }));
          await db.clippings.bulkPut(clippings);
          await db.highlights.bulkPut(highlights);
          for (const c of clippings) await indexClipping(db, c);
          for (const h of highlights) await indexHighlight(db, h);
          const ids = async (q: string) =>
            (await search(db, q, { limit: 100 })).map((h) => (h.highlightId ? `h:${h.highlightId}` : `c:${h.clippingId}`)).sort();
          for (const q of queries) {
            const expected = bruteForce(clippings, highlights, q);
            expect(await ids(q)).toEqual(expected);
            const m = await matchSources(db, q);
            expect([...[...m.clippingIds].map((x) => `c:${x}`), ...[...m.highlightIds].map((x) => `h:${x}`)].sort()).toEqual(expected);
          }
          await rebuildIndex(db);
          for (const q of queries) expect(await ids(q)).toEqual(bruteForce(clippings, highlights, q));
          await db.delete();
        },
      ),
      { numRuns: 40, seed: 20260301 },
    );
  });
});

describe('blocks and compaction', () => {
  it('searches across blocks and keeps results through compaction', async () => {
    const db = freshDb();
    // 4,100 sources in block 0; a build starts later edits in a fresh block (block 1).
    const highlights = Array.from({ length: 4100 }, (_, i) =>
      makeHighlight(`h${i}`, 'c', { exact: i % 1000 === 0 ? `第${i}条：两个维护` : `普通内容${i % 7}`, updatedAt: i }),
    );
    await db.highlights.bulkPut(highlights);
    const summary = await rebuildIndex(db);
    expect(summary.sources).toBe(4100);
    const found = async () => (await search(db, '两个维护', { limit: 50 })).map((h) => h.highlightId);
    expect(await found()).toEqual(['h4000', 'h3000', 'h2000', 'h1000', 'h0']);

    const edited = { ...highlights[1]!, exact: '也是两个维护' };
    await db.highlights.put(edited);
    await indexHighlight(db, edited); // moves h1 to a new seq in block 1
    await db.highlights.delete('h2000');
    await unindexHighlight(db, 'h2000');
    expect(await found()).toEqual(['h1', 'h4000', 'h3000', 'h1000', 'h0']);
    expect((await db.searchMeta.get('state'))?.dead).toEqual({ 0: 2 });

    const rowsBefore = await db.searchRows.count();
    const postings = async () => (await db.searchRows.toArray()).reduce((n, r) => n + rowDataBytes(r), 0);
    const postingsBefore = await postings();
    await db.transaction('rw', [db.searchSeqs, db.searchRows, db.searchMeta], async () => compactBlock(db, 0, layoutOf(await db.searchMeta.get('state'))));
    expect(await postings()).toBeLessThan(postingsBefore);
    expect(await db.searchRows.count()).toBeLessThanOrEqual(rowsBefore);
    expect(await found()).toEqual(['h1', 'h4000', 'h3000', 'h1000', 'h0']);
    await db.delete();
  });
});
