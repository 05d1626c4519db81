/**
 * The highlights view of a library query. A small filter set (a rare tag, one clipping, a
 * text match) is loaded and sorted in memory; when every filter matches many highlights
 * (a common tag), the sort order is walked in chunks of records, tested, until the page
 * is full: the work is about a page divided by the filter's selectivity, never the table.
 */
import type { Highlight } from '../bulletin/model';
import { summariesOf, type ClippingSummary } from '../db/clipping-summaries';
import type { ClipperDb } from '../db/database';
import { clippingIdsInOrder } from './clipping-order';
import { countPlan, FIRST_KEYS, planHighlightQuery, PROBE_CAP, type HighlightPlan } from './highlight-plan';
import { compareClippings, orderClippings } from './id-sets';
import type { LibraryQuery } from './library-query';
import { TAG_CLIPS } from '../db/tag-clips';

export type { ClippingSummary } from '../db/clipping-summaries';

/** One row of the highlights view. */
export interface HighlightItem {
  highlight: Highlight;
  /** Null when the clipping is gone (a dangling highlight). */
  clipping: ClippingSummary | null;
}

/** A page of a list: which slice of the results to return. */
export interface PageRequest {
  offset: number;
  limit: number;
}

/** Up to this many candidates, records are loaded and sorted in memory. */
const SMALL_SET = 1000;

/**
 * Up to this many clippings, a small set is ordered from their summaries (one get each);
 * more are ordered from the sort index's keys (every key: ~500 ms at 10,000).
 */
const FEW_CLIPPINGS = 1000;

/** Planner knobs (tests use them to force each path; the defaults suit the UI). */
export interface QueryTuning {
  /** Largest candidate set sorted in memory rather than walked in sort order. */
  smallSet?: number;
  /** Index probes stop after this many keys (PROBE_CAP by default). */
  probeCap?: number;
}

const byIdDesc = (a: Highlight, b: Highlight) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** Clipping summaries read on the way to a page, kept for the page's rows. */
type ClippingCache = Map<string, ClippingSummary>;

/** Sorts highlight records in memory exactly as the walks order them. */
async function sortRecords(db: ClipperDb, records: Highlight[], q: LibraryQuery, cache: ClippingCache): Promise<Highlight[]> {
  if (q.sort === 'clipped') return records.sort((a, b) => b.createdAt - a.createdAt || byIdDesc(a, b));
  if (q.sort === 'edited') return records.sort((a, b) => b.updatedAt - a.updatedAt || byIdDesc(a, b));
  const clippingIds = [...new Set(records.map((h) => h.clippingId))];
  const rank = new Map<string, number>();
  if (clippingIds.length <= FEW_CLIPPINGS) {
    // A few clippings: sort their summaries rather than read every clipping key.
    const summaries = await summariesOf(db, clippingIds);
    for (const [id, c] of summaries) cache.set(id, c);
    [...summaries.values()].sort(compareClippings(q.sort)).forEach((c, i) => rank.set(c.id, i));
  } else {
    (await orderClippings(db, q.sort)).forEach((id, i) => rank.set(id, i));
  }
  const r = (h: Highlight) => rank.get(h.clippingId) ?? Infinity;
  return records.sort((a, b) => r(a) - r(b) || -byIdDesc(a, b));
}

/** The next chunk size of a walk: enough for what is missing at the yield seen so far. */
function nextChunk(read: number, kept: number, missing: number, first: number, max: number): number {
  if (read === 0) return first;
  const rate = Math.max(kept / read, 1 / 64);
  return Math.min(max, Math.max(first, Math.ceil((missing / rate) * 1.3)));
}

/** Where a walk got to: the matches in order, and whether it saw every match or filled the page. */
interface Walked {
  records: Highlight[];
  /** True when the walk ran out: `records` are every match. */
  complete: boolean;
  /** True when the page is answered (complete, or `need` matches found). */
  done: boolean;
}

/** Walks a time index newest first, testing records, until `need` pass (or `rounds` chunks are read). */
async function walkTime(db: ClipperDb, index: 'createdAt' | 'updatedAt', plan: HighlightPlan, need: number, rounds = Infinity): Promise<Walked> {
  const out: Highlight[] = [];
  for (let offset = 0, round = 0; out.length < need; round++) {
    if (round >= rounds) return { records: out, complete: false, done: false };
    const size = nextChunk(offset, out.length, need - out.length, Math.max(64, need * 2), 4000);
    const chunk = await db.highlights.orderBy(index).reverse().offset(offset).limit(size).toArray();
    offset += chunk.length;
    for (const h of chunk) if (plan.accepts(h)) out.push(h);
    if (chunk.length < size) return { records: out, complete: true, done: true };
  }
  return { records: out.slice(0, need), complete: false, done: true };
}

/**
 * A clipping's highlights in id order: all of them, or with `tags` only those with one of
 * the tags (lib/db/tag-clips.ts: one index lookup per tag, no other record read).
 */
async function highlightsOfClipping(db: ClipperDb, clippingId: string, tags: string[] | null): Promise<Highlight[]> {
  if (!tags) return db.highlights.where('clippingId').equals(clippingId).toArray();
  const lists = await Promise.all(tags.map((t) => db.highlights.where(TAG_CLIPS).equals([t, clippingId]).toArray()));
  if (lists.length === 1) return lists[0]!;
  // A highlight with two of the tags comes once per tag.
  const byId = new Map<string, Highlight>();
  for (const list of lists) for (const h of list) byId.set(h.id, h);
  return [...byId.values()].sort((a, b) => -byIdDesc(a, b));
}

/**
 * Walks clippings in sort order, testing their highlights (id order within one), until `need`
 * pass (or `rounds` chunks are read). Each chunk of clippings (one request each, all in flight
 * together) is sized from the yield so far, so a page usually takes one or two rounds.
 */
async function walkByClipping(db: ClipperDb, q: LibraryQuery, plan: HighlightPlan, need: number, cache: ClippingCache, rounds = Infinity): Promise<Walked> {
  const out: Highlight[] = [];
  // A clipping costs one index lookup with [tag, clipping] pairs, a read of all its highlights
  // without: the first chunk can be larger (32 fills a page of a tag on one highlight in five).
  const first = plan.walkTags ? 32 : 24;
  const sizeOf = (done: number) => nextChunk(done, out.length, need - out.length, first, 1024);
  let round = 0;
  for await (const chunk of clippingIdsInOrder(db, q.sort, sizeOf)) {
    // The first chunk's summaries are read alongside their highlights: the page's rows need
    // them, and asking now saves a round trip after the walk (later chunks are larger and
    // mostly misses, so they are not read whole).
    const [lists, summaries] = await Promise.all([
      Promise.all(chunk.map((id) => highlightsOfClipping(db, id, plan.walkTags))),
      cache.size === 0 && chunk.length <= 64 ? summariesOf(db, chunk) : Promise.resolve(new Map<string, ClippingSummary>()),
    ]);
    for (const [id, c] of summaries) cache.set(id, c);
    for (const list of lists) for (const h of list) if (plan.accepts(h)) out.push(h);
    if (out.length >= need) return { records: out.slice(0, need), complete: false, done: true };
    // Stopping here, not when the next chunk comes: that would read its ids for nothing.
    if (++round >= rounds) return { records: out, complete: false, done: false };
  }
  return { records: out, complete: true, done: true };
}

/** The walk a query's sort order takes. */
function walk(db: ClipperDb, q: LibraryQuery, plan: HighlightPlan, need: number, cache: ClippingCache, rounds = Infinity): Promise<Walked> {
  return q.sort === 'clipped' || q.sort === 'edited'
    ? walkTime(db, q.sort === 'clipped' ? 'createdAt' : 'updatedAt', plan, need, rounds)
    : walkByClipping(db, q, plan, need, cache, rounds);
}

/** A page of a query, with its total when the page's work found it on the way. */
export interface PageAnswer<T> {
  items: T[];
  /** Undefined when only a full count knows it (a large set): see the views' count functions. */
  total: number | undefined;
}

/**
 * One page of the highlights view, without counting a large match set: a small set is
 * loaded and sorted whole (its total comes with it); otherwise the sort order is walked
 * until the page is full, and the total is left to countHighlightQuery.
 */
export async function pageHighlightQuery(db: ClipperDb, q: LibraryQuery, page: PageRequest, tuning: QueryTuning = {}): Promise<PageAnswer<HighlightItem>> {
  const cap = tuning.probeCap ?? PROBE_CAP;
  const need = page.offset + page.limit;
  const cache: ClippingCache = new Map();
  // A first look at the index sets' first keys only. When even the smallest is larger, one
  // round of the walk runs before any deeper probe: it fills the page when the filter is
  // common, and then how large the set is never matters (the deeper probe, a cursor skip over
  // PROBE_CAP entries, cost 4-6 ms of a 25 ms page of a common tag).
  let plan = await planHighlightQuery(db, q, Math.min(cap, FIRST_KEYS));
  let walked: Walked | null = null;
  if (cap > FIRST_KEYS && plan.seeds[0]?.capped) {
    const first = await walk(db, q, plan, need, cache, 1);
    if (first.done) walked = first;
    else plan = await planHighlightQuery(db, q, cap);
  }
  const seed = plan.seeds[0];
  let total: number | undefined;
  let pageRecords: Highlight[];
  if (!walked && seed && !seed.capped && seed.estimate <= (tuning.smallSet ?? SMALL_SET)) {
    const records = seed.records ? await seed.records() : await db.highlights.bulkGet([...(await seed.load())]);
    // Index reads of several values may repeat a record (a highlight with two of the tags).
    const byId = new Map<string, Highlight>();
    for (const h of records) if (h && plan.accepts(h)) byId.set(h.id, h);
    const kept = [...byId.values()];
    total = kept.length;
    pageRecords = (await sortRecords(db, kept, q, cache)).slice(page.offset, need);
  } else {
    walked ??= await walk(db, q, plan, need, cache);
    // A walk that ran out before filling the page has seen every match.
    if (walked.complete) total = walked.records.length;
    else if (plan.filterCount === 1 && seed?.exact && !seed.capped) total = seed.estimate;
    pageRecords = walked.records.slice(page.offset, need);
  }
  const missing = [...new Set(pageRecords.map((h) => h.clippingId))].filter((id) => !cache.has(id));
  for (const [id, c] of await summariesOf(db, missing)) cache.set(id, c);
  return { total, items: pageRecords.map((h) => ({ highlight: h, clipping: cache.get(h.clippingId) ?? null })) };
}

/** The number of highlights a query matches (a full count: slow on large sets, run apart). */
export async function countHighlightQuery(db: ClipperDb, q: LibraryQuery, tuning: QueryTuning = {}): Promise<number> {
  return countPlan(db, await planHighlightQuery(db, q, tuning.probeCap));
}

/** Runs a query in the highlights view: the total and one page of items. */
export async function runHighlightQuery(
  db: ClipperDb,
  q: LibraryQuery,
  page: PageRequest,
  tuning: QueryTuning = {},
): Promise<{ total: number; items: HighlightItem[] }> {
  const answer = await pageHighlightQuery(db, q, page, tuning);
  return { items: answer.items, total: answer.total ?? (await countHighlightQuery(db, q, tuning)) };
}
