/** The clippings and passages of a notes scope, kept live as the library changes. */
import { useDb } from '../common/use-db';
import { useLiveQuery } from '../common/use-live-query';
import { loadScope, type NotesScope, type ScopeData } from './notes-scope';

const EMPTY: ScopeData = { clippings: [], highlights: [] };

/** The scope's data; undefined while loading, empty when no scope is complete yet. */
export function useScopeData(scope: NotesScope | null): ScopeData | undefined {
  const db = useDb();
  return useLiveQuery(() => (scope ? loadScope(db, scope) : EMPTY), [db, JSON.stringify(scope)]);
}
