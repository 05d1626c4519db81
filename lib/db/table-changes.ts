/**
 * Which tables of a database have changed since a moment: a stamp per table that moves on
 * every committed write to it. Dexie announces each one as 'storagemutated' with the parts
 * the write touched ('idb://DB/TABLE/INDEX'), for this page's writes and, through its
 * BroadcastChannel, for the other pages' and the background's: the same news its liveQuery
 * re-runs on.
 *
 * A result derived from some tables stays good while their stamp has not moved, so a page can
 * keep it instead of reading again. (The lists' totals: counting 100,000 highlights takes
 * 200-300 ms in Chromium's IndexedDB, and a read asked for meanwhile waits behind it.)
 */
import Dexie from 'dexie';

/** Stamp of each table written to, by 'DB/TABLE'. */
const stamps = new Map<string, number>();
/** Moves on every announced write. */
let clock = 0;
/** Called with the 'DB/TABLE' names of each write. */
const listeners = new Set<(changed: ReadonlySet<string>) => void>();

/** The 'DB/TABLE' name of a mutated part, or null for a part of another form. */
function tableOfPart(part: string): string | null {
  const m = /^idb:\/\/(.*)\/([^/]+)\/[^/]*$/.exec(part);
  return m ? `${m[1]}/${m[2]}` : null;
}

Dexie.on('storagemutated', (parts) => {
  const changed = new Set<string>();
  for (const part of Object.keys(parts)) {
    const table = tableOfPart(part);
    if (table) changed.add(table);
  }
  if (changed.size === 0) return;
  clock++;
  for (const table of changed) stamps.set(table, clock);
  for (const listener of [...listeners]) listener(changed);
});

/** The latest stamp of any of `tables` of `db` (0 if none has changed since the page loaded). */
export function tablesStamp(db: Dexie, tables: readonly string[]): number {
  let stamp = 0;
  for (const t of tables) stamp = Math.max(stamp, stamps.get(`${db.name}/${t}`) ?? 0);
  return stamp;
}

/** Calls `onChange` after each committed write to any of `tables`; returns the unsubscribe. */
export function onTablesChanged(db: Dexie, tables: readonly string[], onChange: () => void): () => void {
  const watched = new Set(tables.map((t) => `${db.name}/${t}`));
  const listener = (changed: ReadonlySet<string>) => {
    for (const t of changed) {
      if (watched.has(t)) {
        onChange();
        return;
      }
    }
  };
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Runs `read` (at once, unless `now` is false) and again after each committed write to any of
 * `tables`, one run at a time: writes made during a run ask for one more, after it. `read`
 * learns from `live()` whether its answer is still wanted. Returns the stop.
 */
export function followTables(
  db: Dexie,
  tables: readonly string[],
  read: (live: () => boolean) => Promise<void>,
  options: { now?: boolean; failed: string },
): () => void {
  let live = true;
  let running = false;
  let again = false;
  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        await read(() => live);
      } while (again && live);
    } catch (e) {
      console.error(options.failed, e);
    } finally {
      running = false;
    }
  };
  if (options.now !== false) void run();
  const stop = onTablesChanged(db, tables, () => void run());
  return () => {
    live = false;
    stop();
  };
}
