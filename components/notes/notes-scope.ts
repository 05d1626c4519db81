/**
 * What a study-notes export covers, and reading it from the database: one clipping, one tag
 * (theme) across the library, a range of bulletin dates, or a hand-picked set of clippings.
 */
import type { Clipping, Highlight } from '../../lib/bulletin/model';
import type { ClipperDb } from '../../lib/db/database';

/** The part of the library an export covers. */
export type NotesScope =
  | { kind: 'clipping'; id: string }
  | { kind: 'tag'; tag: string }
  | { kind: 'dates'; from: string; to: string }
  | { kind: 'pick'; ids: string[] };

/** The clippings and passages of a scope. */
export interface ScopeData {
  clippings: Clipping[];
  highlights: Highlight[];
}

const byDate = (a: Clipping, b: Clipping): number => (a.date ?? '').localeCompare(b.date ?? '') || a.createdAt - b.createdAt;

async function loadClippings(db: ClipperDb, ids: Iterable<string>): Promise<Clipping[]> {
  return (await db.clippings.bulkGet([...new Set(ids)])).filter((c): c is Clipping => !!c);
}

/**
 * The passages of these clippings (`libraryClippings`: the table's size, when the caller has
 * counted it already). For most of the library one scan of the table is the cheapest read
 * (measured in Chromium, 1,000 of 1,000 clippings: about 13% under index lookups); otherwise
 * one index lookup per clipping in one transaction: the lookups are sent together and each
 * returns its rows at once, where anyOf walks a cursor one row at a time (about half the time
 * for 100 clippings).
 */
async function loadHighlightsOf(db: ClipperDb, ids: readonly string[], libraryClippings?: number): Promise<Highlight[]> {
  if (!ids.length) return [];
  if (ids.length * 2 > (libraryClippings ?? (await db.clippings.count()))) return passagesOf(await db.highlights.toArray(), ids);
  const lists = await db.transaction('r', db.highlights, () => Promise.all(ids.map((id) => db.highlights.where('clippingId').equals(id).toArray())));
  return lists.flat();
}

/**
 * A date range's clippings and passages. Over most of the library, both tables are read by
 * one scan each, at the same time (measured in Chromium, 1,000 clippings and 10,000 passages:
 * 691 ms against 845 ms one after the other); otherwise through the date index.
 */
async function loadDates(db: ClipperDb, from: string, to: string): Promise<ScopeData> {
  const range = db.clippings.where('date').between(from, to, true, true);
  const [inRange, total] = await Promise.all([range.count(), db.clippings.count()]);
  if (inRange * 2 <= total) {
    const clippings = (await range.toArray()).sort(byDate);
    return { clippings, highlights: await loadHighlightsOf(db, clippings.map((c) => c.id), total) };
  }
  const [all, highlights] = await Promise.all([db.clippings.toArray(), db.highlights.toArray()]);
  const clippings = all.filter((c) => c.date !== null && c.date >= from && c.date <= to).sort(byDate);
  return { clippings, highlights: passagesOf(highlights, clippings.map((c) => c.id)) };
}

/** The passages among `highlights` that belong to the clippings `ids`. */
function passagesOf(highlights: readonly Highlight[], ids: readonly string[]): Highlight[] {
  const wanted = new Set(ids);
  return highlights.filter((h) => wanted.has(h.clippingId));
}

/**
 * Reads a scope. A tag covers the passages carrying it, plus every passage of a clipping
 * tagged with it as a whole (a theme can be set on the bulletin or on single passages).
 * A date range compares the bulletin's own date (YYYY-MM-DD), ends included.
 */
export async function loadScope(db: ClipperDb, scope: NotesScope): Promise<ScopeData> {
  switch (scope.kind) {
    case 'clipping': {
      const clippings = await loadClippings(db, [scope.id]);
      return { clippings, highlights: await loadHighlightsOf(db, clippings.map((c) => c.id)) };
    }
    case 'tag': {
      const tagged = await db.highlights.where('tags').equals(scope.tag).toArray();
      const wholeClippings = await db.clippings.where('tags').equals(scope.tag).toArray();
      const more = await loadHighlightsOf(db, wholeClippings.map((c) => c.id));
      const highlights = [...new Map([...tagged, ...more].map((h) => [h.id, h])).values()];
      const clippings = await loadClippings(db, [...highlights.map((h) => h.clippingId), ...wholeClippings.map((c) => c.id)]);
      // Passages of a deleted clipping (kept for its undo) have no source to cite: leave them out.
      const present = new Set(clippings.map((c) => c.id));
      return { clippings: clippings.sort(byDate), highlights: highlights.filter((h) => present.has(h.clippingId)) };
    }
    case 'dates': {
      if (!scope.from || !scope.to || scope.from > scope.to) return { clippings: [], highlights: [] };
      return loadDates(db, scope.from, scope.to);
    }
    case 'pick': {
      const clippings = (await loadClippings(db, scope.ids)).sort(byDate);
      return { clippings, highlights: await loadHighlightsOf(db, clippings.map((c) => c.id)) };
    }
  }
}

/** Encodes a scope for the URL (so a scope can be linked, e.g. from a tag: #/notes?tag=…). */
export function scopeFromParams(params: URLSearchParams): NotesScope | null {
  const tag = params.get('tag');
  if (tag) return { kind: 'tag', tag };
  const clip = params.get('clip');
  if (clip) return { kind: 'clipping', id: clip };
  return null;
}
