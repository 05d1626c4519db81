/**
 * A full disk during import: a QuotaExceededError raised by IndexedDB itself (simulated with
 * a DBCore middleware, below Dexie's tables, after some writes of the transaction went
 * through) must leave the library exactly as it was and come back as storage_full.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { exportBackup, importBackup } from '../../../lib/backup/backup';
import type { ClipperDb } from '../../../lib/db/database';
import { fillDb, openTestDb, sampleLibrary, snapshot } from './library';
import { quotaAfter } from './quota-sim';
import { liveRefs } from '../search/helpers';

const dbs: ClipperDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('importBackup under a quota error', () => {
  it.each([
    ['merge', 'highlights', 2],
    ['replace', 'highlights', 2],
    ['replace', 'settings', 1],
    ['merge', 'searchRows', 1],
  ] as const)('%s failing on %s write #%d leaves the library unchanged', async (mode, table, failAt) => {
    const source = openTestDb('quota-src');
    dbs.push(source);
    await fillDb(source, sampleLibrary(2, 600));
    const backup = (await exportBackup(source)).join('');

    const target = openTestDb('quota-dst');
    dbs.push(target);
    const quota = quotaAfter(table, failAt);
    target.use(quota.middleware);
    await fillDb(target, sampleLibrary(2, 3));
    const before = await snapshot(target);
    const refsBefore = await liveRefs(target);

    quota.arm();
    const r = await importBackup(target, backup, { mode });
    expect(quota.writes()).toBeGreaterThanOrEqual(failAt);
    expect(r).toEqual({ ok: false, error: { code: 'storage_full', detail: expect.stringContaining('quota') } });
    expect(await snapshot(target)).toEqual(before);
    expect(await liveRefs(target)).toEqual(refsBefore);
  });
});
