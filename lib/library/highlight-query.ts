/**
 * The highlights view of a library query. A small filter set (a rare tag, one clipping, a
 * text match) is loaded and sorted in memory; when every filter matches many highlights
 * (a common tag), the sort order is walked in chunks of records, tested, until the page
 * is full: the work is about a page divided by the filter's selectivity, never the table.
 */
import type { Clipping, Highlight } from '../bulletin/model';
import type { ClipperDb } from '../db/database';
import { clippingIdsInOrder } from './clipping-order';
import { countPlan, planHighlightQuery, type HighlightPlan } from './highlight-plan';
import { compareClippings, orderClippings } from './id-sets';
import type { LibraryQuery } from './library-query';

/** What a highlight card shows of its clipping. */
export type ClippingSummary = Pick<Clipping, 'id' | 'title' | 'issuer' | 'bulletinName' | 'issueNumber' | 'date' | 'siteName' | 'url'>;

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

/** Up to this many clippings, a small set is ordered from their records, not all keys. */
const FEW_CLIPPINGS = 200;

/** Planner knobs (tests use them to force each path; the defaults suit the UI). */
export interface QueryTuning {
  /** Largest candidate set sorted in memory rather than walked in sort order. */
  smallSet?: number;
}

/** The summary a highlight card shows of its clipping. */
export function summarizeClipping(c: Clipping): ClippingSummary {
  return { id: c.id, title: c.title, issuer: c.issuer, bulletinName: c.bulletinName, issueNumber: c.issueNumber, date: c.date, siteName: c.siteName, url: c.url };
}

const byIdDesc = (a: Highlight, b: Highlight) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** Sorts highlight records in memory exactly as the walks order them. */
async function sortRecords(db: ClipperDb, records: Highlight[], q: LibraryQuery): Promise<Highlight[]> {
  if (q.sort === 'clipped') return records.sort((a, b) => b.createdAt - a.createdAt || byIdDesc(a, b));
  if (q.sort === 'edited') return records.sort((a, b) => b.updatedAt - a.updatedAt || byIdDesc(a, b));
  const clippingIds = [...new Set(records.map((h) => h.clippingId))];
  const rank = new Map<string, number>();
  if (clippingIds.length <= FEW_CLIPPINGS) {
    // A few clippings: sort their records rather than read every clipping key.
    const clippings = (await db.clippings.bulkGet(clippingIds)).filter((c): c is Clipping => !!c);
    clippings.sort(compareClippings(q.sort)).forEach((c, i) => rank.set(c.id, i));
  } else {
    (await orderClippings(db, q.sort)).forEach((id, i) => rank.set(id, i));
  }
  const r = (h: Highlight) => rank.get(h.clippingId) ?? Infinity;
  return records.sort((a, b) => r(a) - r(b) || -byIdDesc(a, b));
}

/** Walks a time index newest first, testing records, until `need` pass. */
async function walkTime(db: ClipperDb, index: 'createdAt' | 'updatedAt', plan: HighlightPlan, need: number, selectivity: number): Promise<Highlight[]> {
  const out: Highlight[] = [];
  // Expected records read = need / selectivity; read a little more to finish in one go.
  let size = Math.min(4000, Math.max(64, Math.ceil((need / selectivity) * 1.3)));
  for (let offset = 0; out.length < need; offset += size, size = Math.min(size * 2, 4000)) {
    const chunk = await db.highlights.orderBy(index).reverse().offset(offset).limit(size).toArray();
    for (const h of chunk) if (plan.accepts(h)) out.push(h);
    if (chunk.length < size) break;
  }
  return out.slice(0, need);
}

/** Walks clippings in sort order, testing their highlights (id order within one), until `need` pass. */
async function walkByClipping(db: ClipperDb, q: LibraryQuery, plan: HighlightPlan, need: number): Promise<Highlight[]> {
  const out: Highlight[] = [];
  for await (const chunk of clippingIdsInOrder(db, q.sort)) {
    const lists = await Promise.all(chunk.map((id) => db.highlights.where('clippingId').equals(id).toArray()));
    for (const list of lists) for (const h of list) if (plan.accepts(h)) out.push(h);
    if (out.length >= need) break;
  }
  return out.slice(0, need);
}

/** Runs a query in the highlights view: the total and one page of items. */
export async function runHighlightQuery(
  db: ClipperDb,
  q: LibraryQuery,
  page: PageRequest,
  tuning: QueryTuning = {},
): Promise<{ total: number; items: HighlightItem[] }> {
  const plan = await planHighlightQuery(db, q);
  const need = page.offset + page.limit;
  const seed = plan.seeds[0];
  let total: number;
  let pageRecords: Highlight[];
  if (seed && seed.estimate <= (tuning.smallSet ?? SMALL_SET)) {
    const ids = [...(await seed.load())];
    const kept = (await db.highlights.bulkGet(ids)).filter((h): h is Highlight => !!h && plan.accepts(h));
    total = kept.length;
    pageRecords = (await sortRecords(db, kept, q)).slice(page.offset, need);
  } else {
    const size = await db.highlights.count();
    const selectivity = Math.max(1 / 64, Math.min(1, (seed?.estimate ?? size) / Math.max(1, size)));
    const [walked, count] = await Promise.all([
      q.sort === 'clipped' || q.sort === 'edited'
        ? walkTime(db, q.sort === 'clipped' ? 'createdAt' : 'updatedAt', plan, need, selectivity)
        : walkByClipping(db, q, plan, need),
      countPlan(db, plan),
    ]);
    total = count;
    pageRecords = walked.slice(page.offset, need);
  }
  const clippingIds = [...new Set(pageRecords.map((h) => h.clippingId))];
  const clippings = new Map<string, ClippingSummary>();
  for (const c of await db.clippings.bulkGet(clippingIds)) if (c) clippings.set(c.id, summarizeClipping(c));
  return { total, items: pageRecords.map((h) => ({ highlight: h, clipping: clippings.get(h.clippingId) ?? null })) };
}
