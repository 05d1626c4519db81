import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HIGHLIGHT_COLORS, type Clipping, type Highlight } from '../../../lib/bulletin/model';
import type { ClipperDb } from '../../../lib/db/database';
import { countQuery, makeQuery, runQuery, runQueryPage, type LibraryQuery } from '../../../lib/library/filters';
import { rebuildIndex } from '../../../lib/search/rebuild';
import { generateLibrary } from '../../../scripts/bench/fixtures';
import { freshDb } from '../search/helpers';
import { referenceQuery } from './reference';

let db: ClipperDb;
let clippings: Clipping[];
let highlights: Highlight[];
let tagNames: string[];

beforeAll(async () => {
  const lib = generateLibrary(5, { clippings: 60, highlights: 800, tags: 12 });
  // Nulls and edge values the generator never makes: missing dates and issuers, notes of spaces.
  clippings = lib.clippings.map((c, i) => ({ ...c, date: i % 11 === 3 ? null : c.date, issuer: i % 13 === 5 ? null : c.issuer }));
  highlights = lib.highlights.map((h, i) => ({ ...h, note: i % 17 === 0 ? '   ' : h.note }));
  tagNames = lib.tags.map((t) => t.name);
  db = freshDb();
  await db.clippings.bulkAdd(clippings);
  await db.highlights.bulkAdd(highlights);
  await rebuildIndex(db);
});
afterAll(async () => {
  await db.delete();
});

function dayOf(i: number): string {
  return new Date(Date.UTC(2020, 0, 1) + i * 86_400_000 * 40).toISOString().slice(0, 10);
}

describe('runQuery equals a brute-force reference', () => {
  it('for random filter combinations, sorts and pages', async () => {
    const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
    const q: fc.Arbitrary<LibraryQuery> = fc
      .record({
        view: fc.constantFrom('clippings', 'highlights'),
        text: fc.constantFrom('', '', '', '四个意识', '发展', '党', '不存在的词'),
        tags: fc.uniqueArray(fc.constantFrom(...tagNames), { maxLength: 2 }),
        tagMode: fc.constantFrom('and', 'or'),
        colors: fc.uniqueArray(fc.constantFrom(...HIGHLIGHT_COLORS), { maxLength: 2 }),
        issuer: maybe(fc.constantFrom(...clippings.slice(0, 5).map((c) => c.issuer!).filter(Boolean))),
        site: fc.constantFrom(null, null, 'example.gov.cn', 'other.gov.cn'),
        dateFrom: maybe(fc.integer({ min: 0, max: 40 }).map(dayOf)),
        dateTo: maybe(fc.integer({ min: 0, max: 40 }).map(dayOf)),
        clippedFrom: maybe(fc.integer({ min: 0, max: 40 }).map(dayOf)),
        clippedTo: maybe(fc.integer({ min: 0, max: 40 }).map(dayOf)),
        hasNote: maybe(fc.boolean()),
        orphaned: fc.constantFrom(null, null, true, false),
        clippingId: fc.constantFrom(null, null, null, clippings[7]!.id),
        sort: fc.constantFrom('date', 'issuer', 'edited', 'clipped'),
      })
      .map((r) => makeQuery(r as Partial<LibraryQuery>));
    await fc.assert(
      fc.asyncProperty(q, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 25 }), async (query, offset, limit) => {
        const expected = referenceQuery(clippings, highlights, query);
        // Every plan: sets sorted in memory (default), sort-order walks (smallSet 0), probes
        // that find every index set large (probeCap 1: totals from full counts), and probes
        // past their first keys that skip to the cap or count (probeCap 120: common tags).
        for (const tuning of [{}, { smallSet: 0 }, { probeCap: 1 }, { probeCap: 120 }]) {
          const result = await runQuery(db, query, { offset, limit }, tuning);
          expect(result.total).toBe(expected.length);
          const ids = result.view === 'clippings' ? result.items.map((i) => i.clipping.id) : result.items.map((i) => i.highlight.id);
          expect(ids).toEqual(expected.slice(offset, offset + limit));
          // The page alone: same items; a total only when it is the right one; the count apart.
          const page = await runQueryPage(db, query, { offset, limit }, tuning);
          expect(page.view === 'clippings' ? page.items.map((i) => i.clipping.id) : page.items.map((i) => i.highlight.id)).toEqual(ids);
          if (page.total !== undefined) expect(page.total).toBe(expected.length);
          expect(await countQuery(db, query, tuning)).toBe(expected.length);
        }
      }),
      { numRuns: 50, seed: 99 },
    );
  });

  it('walks large sets page by page without gaps or repeats', async () => {
    for (const sort of ['clipped', 'date', 'edited', 'issuer'] as const) {
      const query = makeQuery({ view: 'highlights', sort });
      const expected = referenceQuery(clippings, highlights, query);
      expect(expected.length).toBeGreaterThan(300); // several pages; no filter: always the sort-order walk
      const seen: string[] = [];
      for (let offset = 0; offset < expected.length; offset += 300) {
        const page = await runQuery(db, query, { offset, limit: 300 });
        if (page.view === 'highlights') seen.push(...page.items.map((i) => i.highlight.id));
      }
      expect(seen).toEqual(expected);
    }
  });

  it('returns highlight items with their clipping and cards with highlight counts', async () => {
    const hl = await runQuery(db, makeQuery({ view: 'highlights', clippingId: clippings[7]!.id }), { offset: 0, limit: 5 });
    expect(hl.view).toBe('highlights');
    if (hl.view === 'highlights') {
      for (const item of hl.items) expect(item.clipping).toMatchObject({ id: clippings[7]!.id, title: clippings[7]!.title, issuer: clippings[7]!.issuer });
    }
    const cards = await runQuery(db, makeQuery({ clippingId: clippings[7]!.id }), { offset: 0, limit: 5 });
    if (cards.view === 'clippings') {
      expect(cards.items[0]?.highlightCount).toBe(highlights.filter((h) => h.clippingId === clippings[7]!.id).length);
    }
  });
});
