/**
 * Planning a highlights query: every filter becomes a test on the record, and those backed
 * by an index also offer a size (a count, no keys read) and a way to load their ids. The
 * query then starts from the smallest such set, or, when every set is large, walks the
 * sort order testing records until the page is full.
 */
import type { Collection } from 'dexie';
import type { Highlight } from '../bulletin/model';
import type { ClipperDb } from '../db/database';
import { matchSources } from '../search/query';
import { tagClipsReady } from '../db/tag-clips';
import { clippingIdsForQuery, endOfLocalDay, intersectSets, primaryKeysAnyOf, startOfLocalDay } from './id-sets';
import type { LibraryQuery } from './library-query';

/** An index-backed filter: its (estimated) size and its ids. */
export interface Seed {
  /** Its size, or a lower bound (more than PROBE_CAP) when `capped`. */
  estimate: number;
  /** True when the set is exactly the filter's matches (not a superset or an overlap sum). */
  exact: boolean;
  /** True when the probe stopped at PROBE_CAP: the set is large and its size unknown. */
  capped: boolean;
  /** The exact size, counted in full (slow on a large set: only for totals). */
  count: () => Promise<number>;
  load: () => Promise<Set<string>>;
  /**
   * The records of the set, or of a superset the plan's test narrows (an 'and' of tags loads
   * its rarest tag), read from the index in a few getAll requests rather than one get per id.
   */
  records?: () => Promise<Highlight[]>;
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
  /**
   * Tags whose [tag, clippingId] index entries hold every highlight the plan can accept (the
   * tags of an 'or', the rarest of an 'and'): a walk over clippings reads only those entries
   * rather than each clipping's every highlight. Null without a tag filter, or while rows
   * stored before schema v5 still lack their pairs (lib/db/tag-clips.ts).
   */
  walkTags: string[] | null;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Clipping sets above this size are tested on records only (counting them costs too much). */
const MAX_CLIPPING_SEED = 300;

/**
 * Index probes stop after this many entries. Counting a range in Chromium's IndexedDB costs
 * about 9 µs per entry at 100,000 highlights (a common tag of 20,000: ~180 ms), so the planner
 * only learns whether a set is small (and then has its exact size) or large; totals of large
 * sets are counted apart from the page (countPlan).
 */
export const PROBE_CAP = 1000;

/** A range of one index value, as Dexie gives it (only its size is read). */
type Range = () => Pick<Collection, 'offset' | 'limit' | 'count'>;

/**
 * Keys read first: most tags, colours of a clipping and days are this small or smaller. A plan
 * with this cap reads nothing more (pageHighlightQuery's first look).
 */
export const FIRST_KEYS = 100;

/**
 * A range's size, exact up to `cap` (cap + 1 means more). A small range is read as keys in one
 * request. Past FIRST_KEYS, whether it goes past the cap is one cursor skip over it (about as
 * cheap per entry as a count), and only a range that does not is counted: reading the cap's
 * worth of keys instead cost 36-63 ms on a common tag at 100,000 highlights.
 */
async function rangeSize(r: Range, cap: number): Promise<number> {
  const first = Math.min(cap, FIRST_KEYS);
  const n = (await r().limit(first + 1).primaryKeys()).length;
  if (n <= first) return n;
  if (first === cap || (await r().offset(cap).limit(1).primaryKeys()).length) return cap + 1;
  return r().count();
}

/** Sizes of index ranges, each exact up to `cap`. */
async function probe(ranges: Range[], cap: number): Promise<{ sizes: number[]; capped: boolean }> {
  const sizes = await Promise.all(ranges.map((r) => rangeSize(r, cap)));
  return { sizes, capped: sizes.some((n) => n > cap) };
}

/** Plans a highlights query (probes index sizes up to PROBE_CAP, reads the small sets it needs, no records). */
export async function planHighlightQuery(db: ClipperDb, q: LibraryQuery, cap = PROBE_CAP): Promise<HighlightPlan> {
  const tests: Array<(h: Highlight) => boolean> = [];
  const seeds: Seed[] = [];
  let walkTags: string[] | null = null;
  const keysOf = async (index: string, values: string[]) => new Set((await primaryKeysAnyOf(db.highlights, index, values)).flat());
  const recordsOf = async (index: string, values: string[]) => (await Promise.all([...new Set(values)].map((v) => db.highlights.where(index).equals(v).toArray()))).flat();
  const equal = (index: string, v: string) => () => db.highlights.where(index).equals(v);
  const countOf = async (index: string, values: string[]) => sum(await Promise.all(values.map((v) => equal(index, v)().count())));
  if (q.tags.length) {
    const tags = q.tags;
    tests.push(q.tagMode === 'and' ? (h) => tags.every((t) => h.tags.includes(t)) : (h) => tags.some((t) => h.tags.includes(t)));
    // Whether the [tag, clipping] pairs are usable is asked with the probes: in flight together.
    const [{ sizes, capped }, pairsReady] = await Promise.all([probe(tags.map((t) => equal('tags', t)), cap), tagClipsReady(db)]);
    if (q.tagMode === 'or' || tags.length === 1) {
      const exact = tags.length === 1;
      walkTags = pairsReady ? [...new Set(tags)] : null;
      seeds.push({ estimate: sum(sizes), exact, capped, count: () => countOf('tags', tags), load: () => keysOf('tags', tags), records: () => recordsOf('tags', tags) });
    } else {
      const load = async () => intersectSets(await Promise.all(tags.map((t) => keysOf('tags', [t])))) ?? new Set<string>();
      const rarest = sizes.indexOf(Math.min(...sizes));
      walkTags = pairsReady ? [tags[rarest]!] : null;
      seeds.push({ estimate: sizes[rarest]!, exact: false, capped: sizes[rarest]! > cap, count: async () => (await load()).size, load, records: () => recordsOf('tags', [tags[rarest]!]) });
    }
  }
  if (q.colors.length) {
    const colors = q.colors;
    tests.push((h) => colors.includes(h.color));
    const { sizes, capped } = await probe(colors.map((c) => equal('color', c)), cap);
    seeds.push({ estimate: sum(sizes), exact: true, capped, count: () => countOf('color', colors), load: () => keysOf('color', colors), records: () => recordsOf('color', colors) });
  }
  if (q.clippedFrom || q.clippedTo) {
    const lo = q.clippedFrom ? startOfLocalDay(q.clippedFrom) : -Infinity;
    const hi = q.clippedTo ? endOfLocalDay(q.clippedTo) : Infinity;
    tests.push((h) => h.createdAt >= lo && h.createdAt < hi);
    const range = () => db.highlights.where('createdAt').between(lo, hi, true, false);
    const { sizes, capped } = await probe([range], cap);
    seeds.push({ estimate: sizes[0]!, exact: true, capped, count: () => range().count(), load: async () => new Set(await range().primaryKeys()), records: () => range().toArray() });
  }
  const clippingIds = await clippingIdsForQuery(db, q);
  if (clippingIds) {
    tests.push((h) => clippingIds.has(h.clippingId));
    if (clippingIds.size <= MAX_CLIPPING_SEED) {
      const ids = [...clippingIds];
      const { sizes, capped } = await probe(ids.map((id) => equal('clippingId', id)), cap);
      seeds.push({ estimate: sum(sizes), exact: true, capped, count: () => countOf('clippingId', ids), load: () => keysOf('clippingId', ids), records: () => recordsOf('clippingId', ids) });
    }
  }
  if (q.text.trim()) {
    const matched = (await matchSources(db, q.text, ['highlight', 'note'])).highlightIds;
    tests.push((h) => matched.has(h.id));
    seeds.push({ estimate: matched.size, exact: true, capped: false, count: async () => matched.size, load: async () => matched });
  }
  const recordOnly = q.hasNote !== null || q.orphaned !== null;
  if (q.hasNote !== null) tests.push((h) => (h.note.trim() !== '') === q.hasNote);
  if (q.orphaned !== null) tests.push((h) => h.orphan === q.orphaned);
  return {
    accepts: (h) => tests.every((t) => t(h)),
    filterCount: tests.length,
    seeds: seeds.sort((a, b) => a.estimate - b.estimate),
    recordOnly: recordOnly || (clippingIds !== null && clippingIds.size > MAX_CLIPPING_SEED),
    walkTags,
  };
}

/** The exact number of highlights a plan accepts, reading as little as the filters allow. */
export async function countPlan(db: ClipperDb, plan: HighlightPlan): Promise<number> {
  if (plan.filterCount === 0) return db.highlights.count();
  const only = plan.seeds[0];
  if (plan.filterCount === 1 && only?.exact) return only.capped ? only.count() : only.estimate;
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
