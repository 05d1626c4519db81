/**
 * Benchmark of issue 6's export bar in Node (fake-indexeddb): 10,000 highlights across 1,000
 * clippings from the database to finished zip bytes (read, template/Markdown, fflate), for the
 * three note styles, plus one study-notes file of everything, and the JSON backup's export
 * and import (replace into a fresh database, search index rebuild included) for that library.
 * The bar is < 1 s in Chromium; Node's figures are printed here, the browser's come from E2E.
 *
 * Run: npx tsx scripts/bench/export.ts   (or through npm run bench)
 */
import { pathToFileURL } from 'node:url';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { exportBackup, importBackup } from '../../lib/backup/backup';
import type { Clipping, Highlight } from '../../lib/bulletin/model';
import { openDb, type ClipperDb } from '../../lib/db/database';
import { buildClippingFiles, buildStudyNotes, buildZip } from '../../lib/export/study-notes';
import { BUILTIN_TEMPLATES } from '../../lib/export/template';
import { generateLibrary } from './fixtures';
import { loadEvalSentences } from './search';

const ms = (x: number): string => `${x.toFixed(x < 10 ? 1 : 0)} ms`;

/** Wall and CPU time of a step: on a shared machine the CPU figure is the steadier one. */
async function measure<T>(fn: () => T | Promise<T>): Promise<{ value: T; wall: number; cpu: number }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await fn();
  const c = process.cpuUsage(c0);
  return { value, wall: performance.now() - t0, cpu: (c.user + c.system) / 1000 };
}

const both = (m: { wall: number; cpu: number }): string => `${ms(m.wall)} (CPU ${ms(m.cpu)})`;
const kib = (n: number): string => `${(n / 1024).toFixed(0)} KiB`;

async function readLibrary(db: ClipperDb): Promise<{ clippings: Clipping[]; highlights: Highlight[] }> {
  return db.transaction('r', db.clippings, db.highlights, async () => ({
    clippings: await db.clippings.toArray(),
    highlights: await db.highlights.toArray(),
  }));
}

/** One export style: database -> files -> zip bytes, timed per stage. */
async function timeZip(db: ClipperDb, label: string, options: Parameters<typeof buildClippingFiles>[2]): Promise<void> {
  const read = await measure(() => readLibrary(db));
  const files = await measure(() => buildClippingFiles(read.value.clippings, read.value.highlights, options));
  if (!files.value.ok) throw new Error(files.value.error.detail);
  const list = files.value.value;
  const zip = await measure(() => buildZip(list, { now: options.now }));
  const total = { wall: read.wall + files.wall + zip.wall, cpu: read.cpu + files.cpu + zip.cpu };
  const md = list.reduce((n, f) => n + new TextEncoder().encode(f.content).length, 0);
  console.log(
    `zip, ${label}: ${both(total)} total = read ${both(read)} + Markdown ${both(files)} + fflate ${both(zip)}; ${list.length + 1} files, ${kib(md)} Markdown -> ${kib(zip.value.length)} zip`,
  );
}

/** Prints the export and backup figures for a generated library. */
export async function run(sizes = { clippings: 1_000, highlights: 10_000, tags: 60 }): Promise<void> {
  const lib = generateLibrary(7, { ...sizes, sentences: loadEvalSentences() });
  const db = openDb({ name: `bench-export-${Date.now()}`, indexedDB, IDBKeyRange });
  await db.transaction('rw', [db.clippings, db.highlights, db.tags, db.settings], async () => {
    await db.clippings.bulkAdd(lib.clippings);
    await db.highlights.bulkAdd(lib.highlights);
    await db.tags.bulkAdd(lib.tags);
    await db.settings.put({ key: 'templates', value: BUILTIN_TEMPLATES });
  });
  console.log(`export bench: ${lib.clippings.length} clippings, ${lib.highlights.length} highlights, ${lib.tags.length} tags (fake-indexeddb, Node ${process.version})`);
  const now = new Date();
  await timeZip(db, 'highlights + notes (toMarkdown)', { mode: 'highlights', now }); // warm-up run is the first line
  await timeZip(db, 'highlights + notes (toMarkdown)', { mode: 'highlights', now });
  await timeZip(db, '学习笔记 template', { template: BUILTIN_TEMPLATES[0]!.source, now });
  await timeZip(db, 'full text with ==marks==', { mode: 'full', marks: true, now });

  const all = await readLibrary(db);
  const notes = await measure(() => buildStudyNotes({ ...all, groupBy: 'clipping', title: '全部摘录', now }));
  if (!notes.value.ok) throw new Error(notes.value.error.detail);
  console.log(`study notes, one file of all ${all.highlights.length} passages: ${both(notes)}, ${kib(new TextEncoder().encode(notes.value.value).length)}`);

  const backup = await measure(() => exportBackup(db, { now }));
  const chunks = backup.value;
  const bytes = chunks.reduce((n, c) => n + new TextEncoder().encode(c).length, 0);
  console.log(`backup export: ${both(backup)}, ${kib(bytes)} JSON in ${chunks.length} chunks (largest ${kib(Math.max(...chunks.map((c) => c.length)))} chars)`);

  const target = openDb({ name: `bench-import-${Date.now()}`, indexedDB, IDBKeyRange });
  await target.open();
  const text = chunks.join('');
  const replaced = await measure(() => importBackup(target, text, { mode: 'replace' }));
  if (!replaced.value.ok) throw new Error(replaced.value.error.detail);
  console.log(`backup import (replace into a fresh database; validation + search index rebuild): ${both(replaced)}`);
  const merged = await measure(() => importBackup(target, text, { mode: 'merge' }));
  if (!merged.value.ok) throw new Error(merged.value.error.detail);
  console.log(`backup import again (merge, all ${merged.value.value.tables.highlights.skipped} highlights identical): ${both(merged)}`);
  await db.delete();
  await target.delete();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
