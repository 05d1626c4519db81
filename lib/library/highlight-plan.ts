/**
 * Planning a highlights query: every filter becomes a test on the record, and those backed
 * by an index also offer a size (a count, no keys read) and a way to load their ids. The
 * query then starts from the smallest such set, or, when every set is large, walks the
 * sort order testing records until the page is full.
 */
import type { Highlight } from '../bulletin/model';
import type { ClipperDb } from '../db/database';
import { matchSources } from '../search/query';
import { clippingIdsForQuery, endOfLocalDay, intersectSets, primaryKeysAnyOf, startOfLocalDay } from './id-sets';
import type { LibraryQuery } from './library-query';

/** An index-backed filter: its (estimated) size and its ids. */
export interface Seed {
  estimate: number;
  /** True when `estimate` is the exact number of ids. */
  exact: boolean;
  load: () => Promise<Set<string>>;
}

/** A planned highlights query. */
export interface HighlightPlan {
  /** The record test of all filters together. */
  accepts: (h: Highlight) => boolean;
  filterCount: number;
  /** Index-backed filters, smallest estimate first. */
  seeds: Seed[];
  /** True when some filter has no index (has-note, orphaned): totals need records. */
  recordOnly: boolean;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Clipping sets above this size are tested on records only (counting them costs too much). */
const MAX_CLIPPING_SEED = 300;

/** Plans a highlights query (reads counts and the small sets it needs, no records). */
export async function planHighlightQuery(db: ClipperDb, q: LibraryQuery): Promise<HighlightPlan> {
  const tests: Array<(h: Highlight) => boolean> = [];
  const seeds: Seed[] = [];
  const keysOf = async (index: string, values: string[]) => new Set((await primaryKeysAnyOf(db.highlights, index, values)).flat());
  if (q.tags.length) {
    const tags = q.tags;
    tests.push(q.tagMode === 'and' ? (h) => tags.every((t) => h.tags.includes(t)) : (h) => tags.some((t) => h.tags.includes(t)));
    const counts = await Promise.all(tags.map((t) => db.highlights.where('tags').equals(t).count()));
    if (q.tagMode === 'or' || tags.length === 1) seeds.push({ estimate: sum(counts), exact: tags.length === 1, load: () => keysOf('tags', tags) });
    else {
      const load = async () => intersectSets(await Promise.all(tags.map((t) => keysOf('tags', [t])))) ?? new Set<string>();
      seeds.push({ estimate: Math.min(...counts), exact: false, load });
    }
  }
  if (q.colors.length) {
    const colors = q.colors;
    tests.push((h) => colors.includes(h.color));
    const counts = await Promise.all(colors.map((c) => db.highlights.where('color').equals(c).count()));
    seeds.push({ estimate: sum(counts), exact: true, load: () => keysOf('color', colors) });
  }
  if (q.clippedFrom || q.clippedTo) {
    const lo = q.clippedFrom ? startOfLocalDay(q.clippedFrom) : -Infinity;
    const hi = q.clippedTo ? endOfLocalDay(q.clippedTo) : Infinity;
    tests.push((h) => h.createdAt >= lo && h.createdAt < hi);
    const range = () => db.highlights.where('createdAt').between(lo, hi, true, false);
    seeds.push({ estimate: await range().count(), exact: true, load: async () => new Set(await range().primaryKeys()) });
  }
  const clippingIds = await clippingIdsForQuery(db, q);
  if (clippingIds) {
    tests.push((h) => clippingIds.has(h.clippingId));
    if (clippingIds.size <= MAX_CLIPPING_SEED) {
      const ids = [...clippingIds];
      const counts = await Promise.all(ids.map((id) => db.highlights.where('clippingId').equals(id).count()));
      seeds.push({ estimate: sum(counts), exact: true, load: () => keysOf('clippingId', ids) });
    }
  }
  if (q.text.trim()) {
    const matched = (await matchSources(db, q.text, ['highlight', 'note'])).highlightIds;
    tests.push((h) => matched.has(h.id));
    seeds.push({ estimate: matched.size, exact: true, load: async () => matched });
  }
  const recordOnly = q.hasNote !== null || q.orphaned !== null;
  if (q.hasNote !== null) tests.push((h) => (h.note.trim() !== '') === q.hasNote);
  if (q.orphaned !== null) tests.push((h) => h.orphan === q.orphaned);
  return {
    accepts: (h) => tests.every((t) => t(h)),
    filterCount: tests.length,
    seeds: seeds.sort((a, b) => a.estimate - b.estimate),
    recordOnly: recordOnly || (clippingIds !== null && clippingIds.size > MAX_CLIPPING_SEED),
  };
}

/** The exact number of highlights a plan accepts, reading as little as the filters allow. */
export async function countPlan(db: ClipperDb, plan: HighlightPlan): Promise<number> {
  if (plan.filterCount === 0) return db.highlights.count();
  const only = plan.seeds[0];
  if (plan.filterCount === 1 && only?.exact) return only.estimate;
  if (!plan.recordOnly && plan.seeds.length === plan.filterCount) {
    return intersectSets(await Promise.all(plan.seeds.map((s) => s.load())))!.size;
  }
  let n = 0;
  if (only) {
    const ids = [...(await only.load())];
    for (let i = 0; i < ids.length; i += 2000) {
      for (const h of await db.highlights.bulkGet(ids.slice(i, i + 2000))) if (h && plan.accepts(h)) n++;
    }
    return n;
  }
  await db.highlights.each((h) => {
    if (plan.accepts(h)) n++;
  });
  return n;
}
