/**
 * A restore goes through the search index like any write: after a replace, search finds the
 * backup's text and no longer the replaced library's, and indexing logs no error.
 */
import 'fake-indexeddb/auto';
import { expect, it, vi } from 'vitest';
import { openDb } from '../../../lib/db/database';
import { installSearchIndexing } from '../../../lib/search/auto-index';
import { exportBackup, importBackup } from '../../../lib/backup/backup';
import { search } from '../../../lib/search/query';
import { makeClipping, makeHighlight } from '../../components/notes/seed';
it('a replace restore re-indexes: search finds the backup, not the replaced library', async () => {
  const err = vi.spyOn(console, 'error');
  const db = openDb({ name: 'rr' });
  const idx = installSearchIndexing(db);
  const A = makeClipping(1), B = makeClipping(2);
  await db.clippings.bulkAdd([A, B]);
  await db.highlights.bulkAdd([makeHighlight(A, '学史明理'), makeHighlight(B, '学史力行')]);
  await idx.flush();
  const text = (await exportBackup(db)).join('');
  await db.clippings.delete(A.id);
  await db.clippings.add(makeClipping(3, { title: '别的简报', paragraphs: ['另一篇'], text: '另一篇' }));
  await idx.flush();
  const r = await importBackup(db, text, { mode: 'replace' });
  expect(r.ok).toBe(true);
  await idx.flush();
  const hits = await search(db, '学史力行', { limit: 10 });
  expect(hits.length).toBeGreaterThan(0);
  expect((await search(db, '另一篇', { limit: 10 })).length).toBe(0);
  expect(err.mock.calls).toEqual([]);
});
