/**
 * The clippings view of a library query. Clipping filters are index sets; filters about a
 * clipping's highlights (colour, has-note, orphaned) are answered from the highlights
 * table. The order comes from index keys, so only the page's records are loaded.
 */
import type { Clipping, Highlight } from '../bulletin/model';
import type { ClipperDb } from '../db/database';
import { matchSources } from '../search/query';
import { pageOfAllClippings, pageOfIndexedClippings } from './clipping-order';
import type { PageAnswer, PageRequest } from './highlight-query';
import { clippingIdsForQuery, idsInDayRange, idsWithTags, intersectSets, orderClippings } from './id-sets';
import type { LibraryQuery } from './library-query';

/** One card of the clippings view. */
export interface ClippingItem {
  clipping: Clipping;
  highlightCount: number;
}

/** Clipping ids having at least one highlight that passes the highlight-level filters. */
async function clippingsWithHighlights(db: ClipperDb, q: LibraryQuery): Promise<Set<string> | null> {
  if (!q.colors.length && q.hasNote === null && q.orphaned === null) return null;
  const out = new Set<string>();
  const visit = (h: Highlight) => {
    if (q.colors.length && !q.colors.includes(h.color)) return;
    if (q.hasNote !== null && (h.note.trim() !== '') !== q.hasNote) return;
    if (q.orphaned !== null && h.orphan !== q.orphaned) return;
    out.add(h.clippingId);
  };
  // One colour: its index narrows the scan; otherwise one pass over all highlights.
  if (q.colors.length === 1) await db.highlights.where('color').equals(q.colors[0]!).each(visit);
  else await db.highlights.each(visit);
  return out;
}

/** Ids of the clippings a filtered query matches, or null when the query has no filter. */
async function matchingIds(db: ClipperDb, q: LibraryQuery): Promise<Set<string> | null> {
  const sets: Set<string>[] = [];
  const base = await clippingIdsForQuery(db, q);
  if (base) sets.push(base);
  if (q.tags.length) sets.push(await idsWithTags(db.clippings, q.tags, q.tagMode));
  if (q.clippedFrom || q.clippedTo) sets.push(await idsInDayRange(db.clippings, 'createdAt', q.clippedFrom, q.clippedTo));
  const viaHighlights = await clippingsWithHighlights(db, q);
  if (viaHighlights) sets.push(viaHighlights);
  if (q.text.trim()) sets.push((await matchSources(db, q.text, ['title', 'clipping'])).clippingIds);
  return intersectSets(sets);
}

/** The number of highlights of each clipping, in the order given (one index count each). */
export async function highlightCountsOf(db: ClipperDb, ids: readonly string[]): Promise<number[]> {
  return Promise.all(ids.map((id) => db.highlights.where('clippingId').equals(id).count()));
}

/** Cards of clipping records: each with its number of highlights. */
async function toItems(db: ClipperDb, records: readonly Clipping[]): Promise<ClippingItem[]> {
  const counts = await highlightCountsOf(db, records.map((c) => c.id));
  return records.map((clipping, i) => ({ clipping, highlightCount: counts[i]! }));
}

const present = (records: Array<Clipping | undefined>): Clipping[] => records.filter((c): c is Clipping => !!c);

/**
 * One page of clipping records, without their highlight counts (the list paints its cards
 * first and counts the page's highlights apart: fifty index counts took longer than the page).
 * Unfiltered (the library's first paint), the page comes straight from the sort index and the
 * total is left to countClippingQuery (counting the table reads every record: ~150 ms at
 * 10,000 clippings); filtered, the matching ids give both.
 */
export async function pageClippingRecords(db: ClipperDb, q: LibraryQuery, page: PageRequest): Promise<PageAnswer<Clipping>> {
  const ids = await matchingIds(db, q);
  if (ids) {
    const matching = (await orderClippings(db, q.sort)).filter((id) => ids.has(id));
    return { total: matching.length, items: present(await db.clippings.bulkGet(matching.slice(page.offset, page.offset + page.limit))) };
  }
  if (q.sort !== 'issuer') {
    const records = await pageOfIndexedClippings(db, q.sort, page.offset, page.limit);
    // A full page is the right one whatever the total (dateless clippings come after all dated ones).
    if (records.length === page.limit) return { total: undefined, items: records };
    const total = await db.clippings.count();
    if (page.offset + records.length >= total) return { total, items: records };
  }
  return { total: undefined, items: await pageOfAllClippings(db, q.sort, page.offset, page.limit) };
}

/** One page of cards: pageClippingRecords with each clipping's number of highlights. */
export async function pageClippingQuery(db: ClipperDb, q: LibraryQuery, page: PageRequest): Promise<PageAnswer<ClippingItem>> {
  const answer = await pageClippingRecords(db, q, page);
  return { total: answer.total, items: await toItems(db, answer.items) };
}

/** The number of clippings a query matches. */
export async function countClippingQuery(db: ClipperDb, q: LibraryQuery): Promise<number> {
  const ids = await matchingIds(db, q);
  return ids ? ids.size : db.clippings.count();
}

/** Runs a query in the clippings view: the total and one page of cards. */
export async function runClippingQuery(db: ClipperDb, q: LibraryQuery, page: PageRequest): Promise<{ total: number; items: ClippingItem[] }> {
  const answer = await pageClippingQuery(db, q, page);
  return { items: answer.items, total: answer.total ?? (await countClippingQuery(db, q)) };
}
