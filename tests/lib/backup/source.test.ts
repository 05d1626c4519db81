/**
 * Reading a backup row by row (lib/backup/source.ts): our own files are scanned line by line
 * and give exactly the rows JSON.parse gives; any other layout falls back to parsing whole;
 * a bad row anywhere, even after earlier tables were written, aborts the one transaction.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_TABLES, exportBackup, importBackup } from '../../../lib/backup/backup';
import { peekEnvelope, scanBackupText } from '../../../lib/backup/source';
import type { ClipperDb } from '../../../lib/db/database';
import { fillDb, openTestDb, sampleLibrary, snapshot } from './library';

const NOW = new Date('2026-11-29T12:00:00Z');
const open: ClipperDb[] = [];
function freshDb(): ClipperDb {
  const db = openTestDb('source');
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

async function backupText(lib = sampleLibrary(3, 4)): Promise<string> {
  const db = freshDb();
  await fillDb(db, lib);
  return (await exportBackup(db, { now: NOW })).join('');
}

/** The lines of a backup with one row line replaced. */
function replaceLine(text: string, find: (line: string) => boolean, by: (line: string) => string): string {
  const lines = text.split('\n');
  const i = lines.findIndex(find);
  if (i < 0) throw new Error('no such line');
  lines[i] = by(lines[i]!);
  return lines.join('\n');
}

describe('scanBackupText', () => {
  it('reads our own layout row by row: the same rows and envelope as JSON.parse', async () => {
    const text = await backupText({ ...sampleLibrary(3, 4), tags: [] });
    const doc = JSON.parse(text);
    for (const t of [text, text.replace(/\n/g, '\r\n')]) {
      const source = scanBackupText(t)!;
      expect(source).not.toBeNull();
      expect(source.envelope).toEqual({ ...doc, tables: {} });
      expect(source.counts).toEqual(doc.counts);
      for (const table of BACKUP_TABLES) {
        const pages = [...source.pages(table, 5)];
        expect(pages.flat()).toEqual(doc.tables[table]);
        expect(Math.max(0, ...pages.map((p) => p.length))).toBeLessThanOrEqual(5);
      }
    }
  });

  it.each([
    ['pretty-printed', (t: string) => JSON.stringify(JSON.parse(t), null, 2)],
    ['one line', (t: string) => JSON.stringify(JSON.parse(t))],
    ['a trailing comma after the last row', (t: string) => t.replace(/\}\n\],\n"highlights"/, '},\n],\n"highlights"')],
    ['a missing comma between rows', (t: string) => t.replace(/\},\n\{/, '}\n{')],
    ['text after the end', (t: string) => `${t}x\n`],
    ['an unknown table', (t: string) => t.replace('\n"tags":[', '\n"tagz":[')],
  ])('leaves a file %s to the whole-document parser', async (_label, change) => {
    expect(scanBackupText(change(await backupText()))).toBeNull();
  });

  it('peekEnvelope reads the header from the first line alone', async () => {
    const text = await backupText();
    const { tables: _rows, ...header } = JSON.parse(text);
    expect(peekEnvelope(text)).toEqual(header);
    expect(peekEnvelope(JSON.stringify(JSON.parse(text), null, 2))).toBeUndefined();
    expect(peekEnvelope('{"format":"x","tables":{},')).toBeUndefined();
  });

  it('imports a pretty-printed backup through the whole-document path', async () => {
    const text = await backupText();
    const target = freshDb();
    const r = await importBackup(target, JSON.stringify(JSON.parse(text), null, 2), { mode: 'merge' });
    expect(r.ok).toBe(true);
    expect((await exportBackup(target, { now: NOW })).join('')).toBe(text);
  });
});

describe('importBackup row by row', () => {
  it.each([
    ['a row that is not JSON', (t: string) => replaceLine(t, (l) => l.startsWith('{"key":"templates"'), () => '{"key":"templates","value":'), /^not valid JSON: settings\[1\]/],
    ['a bad row in the last table', (t: string) => replaceLine(t, (l) => l.startsWith('{"key":"templates"'), () => '{"key":"templates"}'), /^settings\[1\]/],
    ['a duplicate id', (t: string) => replaceLine(t, (l) => l.includes('"id":"c00002"'), (l) => l.replace('"id":"c00002"', '"id":"c00001"')), /^clippings\[1\]: duplicate id "c00001"/],
  ])('refuses %s after earlier tables were written, and changes nothing', async (_label, change, message) => {
    const text = change(await backupText());
    expect(scanBackupText(text)).not.toBeNull();
    for (const mode of ['merge', 'replace'] as const) {
      const target = freshDb();
      await fillDb(target, sampleLibrary(2, 1));
      const before = await snapshot(target);
      const r = await importBackup(target, text, { mode });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('bad_backup');
        expect(r.error.detail).toMatch(message);
      }
      expect(await snapshot(target)).toEqual(before);
    }
  });
});
