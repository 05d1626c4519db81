/**
 * Table stamps (lib/db/table-changes.ts): they move on a committed write to their table only,
 * whichever Dexie instance of the database made it, and not on an aborted one.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { onTablesChanged, tablesStamp } from '../../../lib/db/table-changes';
import { openDb, type ClipperDb } from '../../../lib/db/database';
import { makeClipping, makeHighlight } from '../search/helpers';

const opened: ClipperDb[] = [];
function open(name: string): ClipperDb {
  const db = openDb({ name });
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe('table stamps', () => {
  it('move on a write to the table, not on a write to another table or another database', async () => {
    const name = `stamps-${Math.random()}`;
    const db = open(name);
    const other = open(`${name}-other`);
    await db.open();
    const before = tablesStamp(db, ['highlights']);
    const calls: string[] = [];
    const stop = onTablesChanged(db, ['highlights'], () => calls.push('highlights'));

    await db.clippings.add(makeClipping('c1'));
    expect(tablesStamp(db, ['highlights'])).toBe(before);
    expect(tablesStamp(db, ['clippings'])).toBeGreaterThan(before);
    await other.highlights.add(makeHighlight('h0', 'c1'));
    expect(tablesStamp(db, ['highlights'])).toBe(before);
    expect(calls).toEqual([]);

    await db.highlights.add(makeHighlight('h1', 'c1'));
    const afterAdd = tablesStamp(db, ['highlights']);
    expect(afterAdd).toBeGreaterThan(before);
    expect(tablesStamp(db, ['clippings', 'highlights'])).toBe(afterAdd);
    expect(calls).toEqual(['highlights']);

    // Another Dexie instance of the same database (another page's writes reach this one too,
    // through Dexie's BroadcastChannel, as the same event).
    const again = openDb({ name });
    await again.highlights.update('h1', { note: '改' });
    again.close();
    expect(tablesStamp(db, ['highlights'])).toBeGreaterThan(afterAdd);
    expect(calls).toEqual(['highlights', 'highlights']);

    stop();
    await db.highlights.delete('h1');
    expect(calls).toHaveLength(2);
  });

  it('stay put when the write’s transaction aborts', async () => {
    const db = open(`stamps-abort-${Math.random()}`);
    await db.open();
    const before = tablesStamp(db, ['highlights']);
    await expect(
      db.transaction('rw', db.highlights, async () => {
        await db.highlights.add(makeHighlight('h1', 'c1'));
        throw new Error('give up');
      }),
    ).rejects.toThrow('give up');
    expect(await db.highlights.count()).toBe(0);
    expect(tablesStamp(db, ['highlights'])).toBe(before);
  });
});
