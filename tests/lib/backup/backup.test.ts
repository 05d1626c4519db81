import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_TABLES, BACKUP_VERSION, DERIVED_TABLES, exportBackup, exportBackupBlob, importBackup, LAST_BACKUP_SETTING } from '../../../lib/backup/backup';
import { PAGE_SIZE } from '../../../lib/backup/export';
import type { ClipperDb } from '../../../lib/db/database';
import { search } from '../../../lib/search/query';
import { fillDb, openTestDb, sampleClipping, sampleHighlight, sampleLibrary, snapshot } from './library';

const NOW = new Date('2026-11-29T12:00:00Z');
const open: ClipperDb[] = [];
function freshDb(): ClipperDb {
  const db = openTestDb();
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

async function backupOf(lib = sampleLibrary()): Promise<{ db: ClipperDb; text: string; chunks: string[] }> {
  const db = freshDb();
  await fillDb(db, lib);
  const chunks = await exportBackup(db, { now: NOW });
  return { db, text: chunks.join(''), chunks };
}

describe('exportBackup', () => {
  it('writes one JSON document: header, counts, every backed-up table in key order', async () => {
    const lib = sampleLibrary(3, 2);
    const { db, text } = await backupOf(lib);
    const doc = JSON.parse(text);
    expect(doc).toMatchObject({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      schemaVersion: db.verno,
      exportedAt: NOW.toISOString(),
      counts: { clippings: 3, highlights: 6, tags: 2, settings: 2 },
    });
    expect(Object.keys(doc.tables)).toEqual([...BACKUP_TABLES]);
    expect(doc.tables.clippings).toEqual(lib.clippings);
    expect(doc.tables.highlights).toEqual([...lib.highlights].sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(doc.tables.settings.map((s: { key: string }) => s.key)).toEqual(['backupReminderDays', 'templates']);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('streams page by page: no chunk holds more than one page of rows, progress reaches the total', async () => {
    const cs = Array.from({ length: 5 }, (_, i) => sampleClipping(i));
    const highlights = cs.flatMap((c) => Array.from({ length: 500 }, (_, j) => sampleHighlight(c, j)));
    const db = freshDb();
    await fillDb(db, { clippings: cs, highlights, tags: [], settings: [] });
    const progress: [number, number][] = [];
    const chunks = await exportBackup(db, { now: NOW, onProgress: (d, t) => progress.push([d, t]) });
    const rowsPerChunk = chunks.slice(1).map((c) => c.split('\n').filter((l) => l.startsWith('{')).length);
    expect(Math.max(...rowsPerChunk)).toBe(PAGE_SIZE);
    expect(rowsPerChunk.reduce((a, b) => a + b, 0)).toBe(2505);
    expect(progress.at(-1)).toEqual([2505, 2505]);
    expect(progress.map((p) => p[0])).toEqual([...progress.map((p) => p[0])].sort((a, b) => a - b));
    expect(JSON.parse(chunks.join('')).tables.highlights).toHaveLength(2500);
  });

  it('exportBackupBlob gives the same bytes as the pieces, as a JSON Blob', async () => {
    const { db, text } = await backupOf(sampleLibrary(3, 4));
    const blob = await exportBackupBlob(db, { now: NOW });
    expect(blob.type).toBe('application/json');
    expect(await blob.text()).toBe(text);
  });

  it('exports an empty library as a valid backup that imports to an empty library', async () => {
    const { text } = await backupOf({ clippings: [], highlights: [], tags: [], settings: [] });
    expect(JSON.parse(text).tables).toEqual({ clippings: [], highlights: [], tags: [], settings: [] });
    const target = freshDb();
    const r = await importBackup(target, text, { mode: 'merge' });
    expect(r.ok).toBe(true);
  });
});

describe('importBackup', () => {
  it('restores a wiped library exactly (replace), search index included', async () => {
    const { text, db } = await backupOf();
    const before = await snapshot(db);
    await Promise.all(BACKUP_TABLES.map((t) => db.table(t).clear()));
    const r = await importBackup(db, text, { mode: 'replace' });
    expect(r.ok && r.value.tables.clippings).toEqual({ added: 3, updated: 0, skipped: 0, kept: 0, removed: 0 });
    expect(await snapshot(db)).toEqual(before);
    expect((await exportBackup(db, { now: NOW })).join('')).toBe(text);
    const hits = await search(db, '批注2', { limit: 10 });
    expect(hits.length).toBeGreaterThan(0);
  });

  it('keeps the search index in step with a merge that adds highlights', async () => {
    const { text } = await backupOf(sampleLibrary(2, 1));
    const target = freshDb();
    const first = await importBackup(target, text, { mode: 'merge' });
    expect(first.ok).toBe(true);
    expect(await search(target, '批注1', { limit: 10 })).toHaveLength(2);
    const more = sampleLibrary(2, 1);
    more.highlights = more.highlights.map((h) => ({ ...h, id: `${h.id}-new`, note: '新增批注甲乙' }));
    const second = await importBackup(target, (await backupOf(more)).text, { mode: 'merge' });
    expect(second.ok && second.value.tables.highlights.added).toBe(2);
    expect(await search(target, '新增批注甲乙', { limit: 10 })).toHaveLength(2);
  });

  it('merges by id: new added, identical skipped, newer wins, local newer kept, untimed rows take the backup', async () => {
    const lib = sampleLibrary(3, 1);
    const { text } = await backupOf(lib);
    const target = freshDb();
    const [c1, c2, c3] = lib.clippings as [typeof lib.clippings[0], typeof lib.clippings[0], typeof lib.clippings[0]];
    await fillDb(target, {
      clippings: [
        c1, // identical
        { ...c2, title: '旧标题', updatedAt: c2.updatedAt - 10 }, // backup newer -> updated
        { ...c3, title: '本机更新', updatedAt: c3.updatedAt + 10 }, // local newer -> kept
        sampleClipping(99), // only local -> untouched
      ],
      highlights: [],
      tags: [{ name: '重点', color: '#00f', createdAt: 2 }],
      settings: [{ key: 'backupReminderDays', value: 7 }],
    });
    const r = await importBackup(target, text, { mode: 'merge' });
    if (!r.ok) throw new Error(r.error.detail);
    expect(r.value.tables).toEqual({
      clippings: { added: 0, updated: 1, skipped: 1, kept: 1, removed: 0 },
      highlights: { added: 3, updated: 0, skipped: 0, kept: 0, removed: 0 },
      tags: { added: 1, updated: 1, skipped: 0, kept: 0, removed: 0 },
      settings: { added: 1, updated: 1, skipped: 0, kept: 0, removed: 0 },
    });
    expect((await target.clippings.get(c2.id))?.title).toBe(c2.title);
    expect((await target.clippings.get(c3.id))?.title).toBe('本机更新');
    expect(await target.clippings.get('c00099')).toBeDefined();
    expect((await target.tags.get('重点'))?.color).toBe('#f00');
    expect((await target.settings.get('backupReminderDays'))?.value).toBe(30);
    const again = await importBackup(target, text, { mode: 'merge' });
    expect(again.ok && again.value.tables.highlights).toEqual({ added: 0, updated: 0, skipped: 3, kept: 0, removed: 0 });
  });

  it('merges the user templates setting template by template (newer wins, none lost)', async () => {
    const tpl = (id: string, updatedAt: number, source = id) => ({ id, name: id, source, base: 'study-notes', updatedAt });
    const lib = { ...sampleLibrary(1, 0), settings: [{ key: 'templates', value: [tpl('a', 9, 'a from backup'), tpl('b', 1, 'b from backup'), tpl('c', 5)] }] };
    const { text } = await backupOf(lib);
    const target = freshDb();
    await fillDb(target, { clippings: [], highlights: [], tags: [], settings: [{ key: 'templates', value: [tpl('b', 3, 'b edited here'), tpl('a', 2), tpl('d', 7)] }] });
    const r = await importBackup(target, text, { mode: 'merge' });
    expect(r.ok && r.value.tables.settings).toEqual({ added: 0, updated: 1, skipped: 0, kept: 0, removed: 0 });
    expect((await target.settings.get('templates'))?.value).toEqual([tpl('b', 3, 'b edited here'), tpl('a', 9, 'a from backup'), tpl('d', 7), tpl('c', 5)]);
  });

  it.each(['merge', 'replace'] as const)('%s keeps the newer last-backup time: an old backup does not roll the reminder back', async (mode) => {
    const at = (key: string, value: unknown) => ({ key, value });
    const old = { ...sampleLibrary(1, 0), settings: [at(LAST_BACKUP_SETTING, 1_000), at('backupReminderDays', 7)] };
    const { text } = await backupOf(old);
    const target = freshDb();
    await fillDb(target, { clippings: [], highlights: [], tags: [], settings: [at(LAST_BACKUP_SETTING, 5_000)] });
    expect((await importBackup(target, text, { mode })).ok).toBe(true);
    expect(await target.settings.get(LAST_BACKUP_SETTING)).toEqual(at(LAST_BACKUP_SETTING, 5_000));
    expect((await target.settings.get('backupReminderDays'))?.value).toBe(7);

    // A newer backup's time wins; a backup without one leaves the library's in place.
    const newer = await backupOf({ ...old, settings: [at(LAST_BACKUP_SETTING, 9_000)] });
    expect((await importBackup(target, newer.text, { mode })).ok).toBe(true);
    expect((await target.settings.get(LAST_BACKUP_SETTING))?.value).toBe(9_000);
    const none = await backupOf({ ...old, settings: [] });
    expect((await importBackup(target, none.text, { mode })).ok).toBe(true);
    expect((await target.settings.get(LAST_BACKUP_SETTING))?.value).toBe(9_000);
  });

  it('replace removes what the backup does not have', async () => {
    const { text } = await backupOf(sampleLibrary(2, 1));
    const target = freshDb();
    await fillDb(target, sampleLibrary(4, 1));
    const r = await importBackup(target, text, { mode: 'replace' });
    expect(r.ok && r.value.tables.clippings).toEqual({ added: 0, updated: 2, skipped: 0, kept: 0, removed: 2 });
    expect(await target.clippings.count()).toBe(2);
    expect(await target.highlights.count()).toBe(2);
  });

  it('reads a file with a byte-order mark', async () => {
    const { text } = await backupOf();
    const r = await importBackup(freshDb(), `\ufeff${text}`, { mode: 'merge' });
    expect(r.ok).toBe(true);
  });

  const good = () => JSON.parse(JSON.stringify({ format: BACKUP_FORMAT, version: 1, schemaVersion: 2, tables: { clippings: [sampleClipping(1)], highlights: [sampleHighlight(sampleClipping(1), 1)] } }));
  it.each([
    ['not JSON', () => '{"format": "bulletin-clipper-backup", ', /^not valid JSON/],
    ['a foreign JSON file', () => JSON.stringify({ version: 1, items: [] }), /^not a Bulletin Clipper backup/],
    ['another app’s export', () => JSON.stringify([1, 2, 3]), /^not a Bulletin Clipper backup/],
    ['a newer envelope', () => JSON.stringify({ ...good(), version: 99 }), /format version 99 is newer/],
    ['a newer schema', () => JSON.stringify({ ...good(), schemaVersion: 99 }), /schema 99 is newer/],
    ['a missing tables key', () => JSON.stringify({ ...good(), tables: undefined }), /^tables: /],
    [
      'a bad row deep inside',
      () => {
        const b = good();
        b.tables.highlights.push({ ...b.tables.highlights[0], id: 'x2', note: 5 });
        return JSON.stringify(b);
      },
      /^highlights\[1\]\.note: Invalid type/,
    ],
    [
      'an unknown colour',
      () => {
        const b = good();
        b.tables.highlights[0].color = 'purple';
        return JSON.stringify(b);
      },
      /^highlights\[0\]\.color: /,
    ],
    [
      'duplicate ids',
      () => {
        const b = good();
        b.tables.clippings.push(b.tables.clippings[0]);
        return JSON.stringify(b);
      },
      /^clippings\[1\]: duplicate id "c00001"/,
    ],
    [
      'rows for a table the old schema did not have',
      () => JSON.stringify({ ...good(), schemaVersion: 1 }),
      /^schema 1 has no table "highlights"/,
    ],
  ])('refuses %s with bad_backup and changes nothing', async (_label, make, message) => {
    const { db } = await backupOf();
    const before = await snapshot(db);
    const r = await importBackup(db, make(), { mode: 'replace' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('bad_backup');
      expect(r.error.detail).toMatch(message);
    }
    expect(await snapshot(db)).toEqual(before);
  });

  it('every database table is either backed up or declared derived', async () => {
    const db = freshDb();
    await db.open();
    const declared = new Set<string>([...BACKUP_TABLES, ...DERIVED_TABLES]);
    expect(db.tables.map((t) => t.name).filter((n) => !declared.has(n))).toEqual([]);
  });
});
