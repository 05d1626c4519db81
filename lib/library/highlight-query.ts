/**
 * The highlights view of a library query. Index-backed filters become id sets first; only
 * has-note and orphaned need the records. With index filters only, the page is found by
 * walking a sort index in chunks and keeping members of the set, so a query over 100,000
 * highlights loads the records of one page and no more.
 */
import type { Clipping, Highlight } from '../bulletin/model';
import type { ClipperDb } from '../db/database';
import { matchSources } from '../search/query';
import { clippingIdsForQuery, idsInDayRange, idsWithTags, intersectSets, orderClippings, primaryKeysAnyOf } from './id-sets';
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

/** Below this many matches, records are loaded and sorted in memory (cheaper than a walk). */
const SMALL_SET = 500;

/** The summary a highlight card shows of its clipping. */
export function summarizeClipping(c: Clipping): ClippingSummary {
  return { id: c.id, title: c.title, issuer: c.issuer, bulletinName: c.bulletinName, issueNumber: c.issueNumber, date: c.date, siteName: c.siteName, url: c.url };
}

async function indexedIds(db: ClipperDb, q: LibraryQuery): Promise<Set<string> | null> {
  const sets: Set<string>[] = [];
  if (q.tags.length) sets.push(await idsWithTags(db.highlights, q.tags, q.tagMode));
  if (q.colors.length) sets.push(new Set((await primaryKeysAnyOf(db.highlights, 'color', q.colors)).flat()));
  if (q.clippedFrom || q.clippedTo) sets.push(await idsInDayRange(db.highlights, 'createdAt', q.clippedFrom, q.clippedTo));
  const clippingIds = await clippingIdsForQuery(db, q);
  if (clippingIds) sets.push(new Set((await primaryKeysAnyOf(db.highlights, 'clippingId', [...clippingIds])).flat()));
  if (q.text.trim()) sets.push((await matchSources(db, q.text, ['highlight', 'note'])).highlightIds);
  return intersectSets(sets);
}

/** Sorts highlight records in memory the way the index walks would order them. */
async function sortRecords(db: ClipperDb, records: Highlight[], q: LibraryQuery): Promise<Highlight[]> {
  const byId = (a: Highlight, b: Highlight) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
  if (q.sort === 'clipped') return records.sort((a, b) => b.createdAt - a.createdAt || byId(a, b));
  if (q.sort === 'edited') return records.sort((a, b) => b.updatedAt - a.updatedAt || byId(a, b));
  const rank = new Map<string, number>();
  (await orderClippings(db, q.sort)).forEach((id, i) => rank.set(id, i));
  const r = (h: Highlight) => rank.get(h.clippingId) ?? Infinity;
  return records.sort((a, b) => r(a) - r(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Walks a time index newest first, keeping members of `ids`, until `need` are found. */
async function walkTimeIndex(db: ClipperDb, index: 'createdAt' | 'updatedAt', ids: Set<string> | null, need: number, total: number): Promise<string[]> {
  const out: string[] = [];
  const size = await db.highlights.count();
  // Expected members per key scanned is ids.size / size: size the chunks accordingly.
  const chunk = Math.min(8192, Math.max(256, Math.ceil((need * size) / Math.max(1, total)) * 2));
  for (let offset = 0; out.length < need && offset < size; offset += chunk) {
    const keys = await db.highlights.orderBy(index).reverse().offset(offset).limit(chunk).primaryKeys();
    for (const id of keys) if (!ids || ids.has(id)) out.push(id);
    if (keys.length < chunk) break;
  }
  return out.slice(0, need);
}

/** Walks clippings in sort order, collecting their highlights in `ids`, until `need` are found. */
async function walkByClipping(db: ClipperDb, q: LibraryQuery, ids: Set<string> | null, need: number): Promise<string[]> {
  const order = await orderClippings(db, q.sort);
  const out: string[] = [];
  // Chunks double: a first page needs few clippings, a deep page or a sparse set more.
  for (let i = 0, size = 16; i < order.length && out.length < need; i += size, size = Math.min(size * 2, 512)) {
    const chunk = order.slice(i, i + size);
    for (const keys of await primaryKeysAnyOf(db.highlights, 'clippingId', chunk)) {
      for (const id of keys) if (!ids || ids.has(id)) out.push(id);
    }
  }
  return out.slice(0, need);
}

/** Runs a query in the highlights view: the total and one page of items. */
export async function runHighlightQuery(db: ClipperDb, q: LibraryQuery, page: PageRequest): Promise<{ total: number; items: HighlightItem[] }> {
  const ids = await indexedIds(db, q);
  const need = page.offset + page.limit;
  let pageRecords: Highlight[];
  let total: number;
  if (q.hasNote !== null || q.orphaned !== null || (ids && ids.size <= SMALL_SET)) {
    const all = ids ? (await db.highlights.bulkGet([...ids])).filter((h): h is Highlight => !!h) : await db.highlights.toArray();
    const kept = all.filter(
      (h) => (q.hasNote === null || (h.note.trim() !== '') === q.hasNote) && (q.orphaned === null || h.orphan === q.orphaned),
    );
    total = kept.length;
    pageRecords = (await sortRecords(db, kept, q)).slice(page.offset, need);
  } else {
    total = ids ? ids.size : await db.highlights.count();
    const ordered =
      q.sort === 'clipped' || q.sort === 'edited'
        ? await walkTimeIndex(db, q.sort === 'clipped' ? 'createdAt' : 'updatedAt', ids, need, total)
        : await walkByClipping(db, q, ids, need);
    const slice = ordered.slice(page.offset, need);
    pageRecords = (await db.highlights.bulkGet(slice)).filter((h): h is Highlight => !!h);
  }
  const clippingIds = [...new Set(pageRecords.map((h) => h.clippingId))];
  const clippings = new Map<string, ClippingSummary>();
  for (const c of await db.clippings.bulkGet(clippingIds)) if (c) clippings.set(c.id, summarizeClipping(c));
  return { total, items: pageRecords.map((h) => ({ highlight: h, clipping: clippings.get(h.clippingId) ?? null })) };
}
