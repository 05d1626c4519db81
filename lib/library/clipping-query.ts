/**
 * The clippings view of a library query. Clipping filters are index sets; filters about a
 * clipping's highlights (colour, has-note, orphaned) are answered from the highlights
 * table. The order comes from index keys, so only the page's records are loaded.
 */
import type { Clipping, Highlight } from '../bulletin/model';
import type { ClipperDb } from '../db/database';
import { matchSources } from '../search/query';
import { pageOfClippings } from './clipping-order';
import type { PageRequest } from './highlight-query';
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

/** Runs a query in the clippings view: the total and one page of cards. */
export async function runClippingQuery(db: ClipperDb, q: LibraryQuery, page: PageRequest): Promise<{ total: number; items: ClippingItem[] }> {
  const sets: Set<string>[] = [];
  const base = await clippingIdsForQuery(db, q);
  if (base) sets.push(base);
  if (q.tags.length) sets.push(await idsWithTags(db.clippings, q.tags, q.tagMode));
  if (q.clippedFrom || q.clippedTo) sets.push(await idsInDayRange(db.clippings, 'createdAt', q.clippedFrom, q.clippedTo));
  const viaHighlights = await clippingsWithHighlights(db, q);
  if (viaHighlights) sets.push(viaHighlights);
  if (q.text.trim()) sets.push((await matchSources(db, q.text, ['title', 'clipping'])).clippingIds);
  const ids = intersectSets(sets);
  let total: number;
  let slice: string[];
  if (ids) {
    const matching = (await orderClippings(db, q.sort)).filter((id) => ids.has(id));
    total = matching.length;
    slice = matching.slice(page.offset, page.offset + page.limit);
  } else {
    // No filter (the library's first paint): one index page and a count, no key list.
    [total, slice] = await Promise.all([db.clippings.count(), pageOfClippings(db, q.sort, page.offset, page.limit)]);
  }
  const [records, counts] = await Promise.all([
    db.clippings.bulkGet(slice),
    Promise.all(slice.map((id) => db.highlights.where('clippingId').equals(id).count())),
  ]);
  const items: ClippingItem[] = [];
  records.forEach((c, i) => {
    if (c) items.push({ clipping: c, highlightCount: counts[i]! });
  });
  return { total, items };
}
