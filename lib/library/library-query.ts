/**
 * The library's view state as one value, and its URL form: every filter lives in the query
 * string so a view can be bookmarked and the back button walks through filter changes.
 * Decoding is forgiving (a hand-edited or old URL falls back to defaults, never throws).
 */
import { HIGHLIGHT_COLORS, type HighlightColor } from '../bulletin/model';

/** Which list the library shows. */
export type LibraryView = 'clippings' | 'highlights';

/**
 * Sort orders, newest first: 'date' = the bulletin's date, 'issuer' = issuer A-Z then date,
 * 'edited' = last change, 'clipped' = when it was saved (highlighted).
 */
export type LibrarySort = 'date' | 'issuer' | 'edited' | 'clipped';

/** Everything that selects and orders the library's list. */
export interface LibraryQuery {
  view: LibraryView;
  /** Text query (phrase search, see lib/search). Empty: no text filter. */
  text: string;
  tags: string[];
  /** 'and': items carrying every tag; 'or': any of them. */
  tagMode: 'and' | 'or';
  /** Highlight colours (clippings view: clippings with a highlight of one of them). */
  colors: HighlightColor[];
  issuer: string | null;
  /** Host name, e.g. www.gov.cn. */
  site: string | null;
  /** Bulletin date range, YYYY-MM-DD, inclusive. */
  dateFrom: string | null;
  dateTo: string | null;
  /** Clipped (saved) date range, YYYY-MM-DD in local time, inclusive. */
  clippedFrom: string | null;
  clippedTo: string | null;
  /** true: with a note only; false: without; null: either. */
  hasNote: boolean | null;
  /** true: orphans only; false: anchored only; null: either. */
  orphaned: boolean | null;
  /** Restrict to one clipping (its highlights, or itself). */
  clippingId: string | null;
  sort: LibrarySort;
}

/** The default view: all clippings, newest bulletin first. */
export const DEFAULT_QUERY: Readonly<LibraryQuery> = Object.freeze({
  view: 'clippings',
  text: '',
  tags: [],
  tagMode: 'and',
  colors: [],
  issuer: null,
  site: null,
  dateFrom: null,
  dateTo: null,
  clippedFrom: null,
  clippedTo: null,
  hasNote: null,
  orphaned: null,
  clippingId: null,
  sort: 'date',
}) as Readonly<LibraryQuery>;

/** A query with every field present: defaults for what `partial` leaves out. */
export function makeQuery(partial: Partial<LibraryQuery> = {}): LibraryQuery {
  return { ...DEFAULT_QUERY, tags: [], colors: [], ...partial };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const SORTS: readonly LibrarySort[] = ['date', 'issuer', 'edited', 'clipped'];

function flag(v: boolean | null): string | null {
  return v === null ? null : v ? '1' : '0';
}

/**
 * The URL query string of a view (without '?'), short and stable: defaults are left out,
 * keys come in a fixed order, lists repeat their key (tag=a&tag=b) so names may hold commas.
 */
export function encodeQuery(q: LibraryQuery): string {
  const p = new URLSearchParams();
  const set = (k: string, v: string | null) => {
    if (v !== null && v !== '') p.append(k, v);
  };
  if (q.view !== DEFAULT_QUERY.view) set('view', q.view);
  set('q', q.text.trim());
  for (const t of q.tags) set('tag', t);
  if (q.tagMode !== DEFAULT_QUERY.tagMode) set('mode', q.tagMode);
  for (const c of q.colors) set('color', c);
  set('issuer', q.issuer);
  set('site', q.site);
  set('from', q.dateFrom);
  set('to', q.dateTo);
  set('clippedFrom', q.clippedFrom);
  set('clippedTo', q.clippedTo);
  set('note', flag(q.hasNote));
  set('orphan', flag(q.orphaned));
  set('clip', q.clippingId);
  if (q.sort !== DEFAULT_QUERY.sort) set('sort', q.sort);
  return p.toString();
}

/** Parses a URL query string (with or without '?'); unknown or invalid values are ignored. */
export function decodeQuery(search: string): LibraryQuery {
  const p = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const one = (k: string): string | null => {
    const v = p.get(k);
    return v === null || v.trim() === '' ? null : v.trim();
  };
  const day = (k: string): string | null => {
    const v = one(k);
    return v !== null && DAY.test(v) ? v : null;
  };
  const bool = (k: string): boolean | null => (p.get(k) === '1' ? true : p.get(k) === '0' ? false : null);
  const sort = one('sort');
  return makeQuery({
    view: one('view') === 'highlights' ? 'highlights' : 'clippings',
    text: p.get('q')?.trim() ?? '',
    tags: [...new Set(p.getAll('tag').map((t) => t.trim()).filter(Boolean))],
    tagMode: one('mode') === 'or' ? 'or' : 'and',
    colors: [...new Set(p.getAll('color'))].filter((c): c is HighlightColor => (HIGHLIGHT_COLORS as readonly string[]).includes(c)),
    issuer: one('issuer'),
    site: one('site'),
    dateFrom: day('from'),
    dateTo: day('to'),
    clippedFrom: day('clippedFrom'),
    clippedTo: day('clippedTo'),
    hasNote: bool('note'),
    orphaned: bool('orphan'),
    clippingId: one('clip'),
    sort: SORTS.includes(sort as LibrarySort) ? (sort as LibrarySort) : DEFAULT_QUERY.sort,
  });
}
