/** Tag colours by name, live (the tags table is small: at most a few thousand rows). */
import type { ClipperDb } from '../../lib/db/database';
import { useLiveQuery } from '../common/use-live-query';

/** Map of tag name to its colour (null: default). */
export function useTagColors(db: ClipperDb): ReadonlyMap<string, string | null> | undefined {
  return useLiveQuery(async () => new Map((await db.tags.toArray()).map((t) => [t.name, t.color])), [db]);
}
