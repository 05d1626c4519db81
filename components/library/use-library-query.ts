/**
 * The library view state kept in the URL: the hash's query string decoded into a
 * LibraryQuery (lib/library), and a setter that writes a new history entry, so filtered
 * views can be bookmarked and the back button undoes a filter change.
 */
import { decodeQuery, encodeQuery, makeQuery, type LibraryQuery, type LibraryView } from '../../lib/library/filters';
import { navigate } from '../common/use-hash-route';

/** The route path of each list view ('view' is implied by the path, never in the query). */
export const VIEW_PATH: Record<LibraryView, string> = { clippings: '/', highlights: '/highlights' };

/** The hash (without '#') showing `q`. */
export function hashOfQuery(q: LibraryQuery): string {
  const p = new URLSearchParams(encodeQuery(q));
  p.delete('view');
  const s = p.toString();
  return s ? `${VIEW_PATH[q.view]}?${s}` : VIEW_PATH[q.view];
}

/** The query of a list view from its route parameters. */
export function readLibraryQuery(view: LibraryView, params: URLSearchParams): LibraryQuery {
  return { ...decodeQuery(params.toString()), view };
}

/** The query and a setter that merges a change into it and navigates there. */
export function useLibraryQuery(view: LibraryView, params: URLSearchParams): [LibraryQuery, (change: Partial<LibraryQuery>) => void] {
  const q = readLibraryQuery(view, params);
  const set = (change: Partial<LibraryQuery>) => navigate(hashOfQuery(makeQuery({ ...q, ...change, view })));
  return [q, set];
}
