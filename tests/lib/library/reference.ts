/**
 * A brute-force reference of runQuery's documented semantics over plain arrays, for the
 * randomized comparison in filters.test.ts.
 */
import type { Clipping, Highlight } from '../../../lib/bulletin/model';
import type { LibraryQuery } from '../../../lib/library/library-query';
import { foldText, splitTerms } from '../../../lib/search/normalize';

function localDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function matchesText(q: string, fields: string[]): boolean {
  const terms = splitTerms(q);
  return fields.some((f) => terms.every((t) => foldText(f).includes(t)));
}

function inDays(ms: number, from: string | null, to: string | null): boolean {
  const d = localDay(ms);
  return (!from || d >= from) && (!to || d <= to);
}

function clippingPasses(c: Clipping, q: LibraryQuery): boolean {
  if (q.clippingId && c.id !== q.clippingId) return false;
  if (q.issuer && c.issuer !== q.issuer) return false;
  if (q.site && !(c.normalizedUrl ?? '').startsWith(`https://${q.site}/`)) return false;
  if ((q.dateFrom || q.dateTo) && (!c.date || (q.dateFrom && c.date < q.dateFrom) || (q.dateTo && c.date > q.dateTo))) return false;
  return true;
}

function tagsPass(tags: string[], q: LibraryQuery): boolean {
  if (!q.tags.length) return true;
  return q.tagMode === 'and' ? q.tags.every((t) => tags.includes(t)) : q.tags.some((t) => tags.includes(t));
}

function highlightPasses(h: Highlight, q: LibraryQuery): boolean {
  if (q.colors.length && !q.colors.includes(h.color)) return false;
  if (q.hasNote !== null && (h.note.trim() !== '') !== q.hasNote) return false;
  if (q.orphaned !== null && h.orphan !== q.orphaned) return false;
  return true;
}

const desc = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

/** Clipping ids in the documented sort order. */
export function referenceClippingOrder(clippings: Clipping[], sort: LibraryQuery['sort']): string[] {
  const cs = [...clippings];
  const byDate = (a: Clipping, b: Clipping) => desc(a.date ?? '', b.date ?? '') || desc(a.id, b.id);
  if (sort === 'clipped') cs.sort((a, b) => b.createdAt - a.createdAt || desc(a.id, b.id));
  else if (sort === 'edited') cs.sort((a, b) => b.updatedAt - a.updatedAt || desc(a.id, b.id));
  else if (sort === 'date') cs.sort((a, b) => (a.date === null ? 1 : 0) - (b.date === null ? 1 : 0) || byDate(a, b));
  else {
    cs.sort(
      (a, b) =>
        (a.issuer === null ? 1 : 0) - (b.issuer === null ? 1 : 0) ||
        (a.issuer === null ? desc(a.id, b.id) : -desc(a.issuer, b.issuer!) || (a.date === null ? 1 : 0) - (b.date === null ? 1 : 0) || byDate(a, b)),
    );
  }
  return cs.map((c) => c.id);
}

/** All matching ids of a query, in order. */
export function referenceQuery(clippings: Clipping[], highlights: Highlight[], q: LibraryQuery): string[] {
  const byId = new Map(clippings.map((c) => [c.id, c]));
  if (q.view === 'clippings') {
    return referenceClippingOrder(clippings, q.sort).filter((id) => {
      const c = byId.get(id)!;
      if (!clippingPasses(c, q) || !tagsPass(c.tags, q) || !inDays(c.createdAt, q.clippedFrom, q.clippedTo)) return false;
      if (q.colors.length || q.hasNote !== null || q.orphaned !== null) {
        if (!highlights.some((h) => h.clippingId === id && highlightPasses(h, q))) return false;
      }
      return !q.text.trim() || matchesText(q.text, [c.subtitle ? `${c.title}\n${c.subtitle}` : c.title, c.text]);
    });
  }
  const kept = highlights.filter((h) => {
    const c = byId.get(h.clippingId);
    if (!c || !clippingPasses(c, q) || !tagsPass(h.tags, q) || !highlightPasses(h, q)) return false;
    if (!inDays(h.createdAt, q.clippedFrom, q.clippedTo)) return false;
    return !q.text.trim() || matchesText(q.text, [h.exact, h.note]);
  });
  const asc = (a: string, b: string) => -desc(a, b);
  if (q.sort === 'clipped') return kept.sort((a, b) => b.createdAt - a.createdAt || desc(a.id, b.id)).map((h) => h.id);
  if (q.sort === 'edited') return kept.sort((a, b) => b.updatedAt - a.updatedAt || desc(a.id, b.id)).map((h) => h.id);
  const rank = new Map(referenceClippingOrder(clippings, q.sort).map((id, i) => [id, i]));
  return kept.sort((a, b) => rank.get(a.clippingId)! - rank.get(b.clippingId)! || asc(a.id, b.id)).map((h) => h.id);
}
