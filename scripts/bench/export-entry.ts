// Browser bundle for the export bench: fill a real IndexedDB, then time database -> zip.
import { openDb } from '../../lib/db/database';
import { buildNotesOutput } from '../../components/notes/notes-render';
import { loadScope } from '../../components/notes/notes-scope';
import { BUILTIN_TEMPLATES } from '../../lib/export/builtin-templates';
import { generateLibrary } from './fixtures';

async function fill(sentences: string[]): Promise<void> {
  const db = openDb({ name: 'bench-export' });
  await db.delete();
  await db.open();
  const lib = generateLibrary(7, { clippings: 1_000, highlights: 10_000, tags: 60, sentences });
  await db.transaction('rw', db.clippings, db.highlights, db.tags, async () => {
    await db.clippings.bulkAdd(lib.clippings);
    await db.highlights.bulkAdd(lib.highlights);
    await db.tags.bulkAdd(lib.tags);
  });
  db.close();
}

/**
 * The library's own export path, timed from the database to the zip Blob: the notes view's
 * scope read (a date range covering every clipping) and its zip rendering with the default
 * template and options, as the 导出 button runs it.
 */
async function exportZip(template: 'highlights' | 'study-notes' = 'highlights'): Promise<{ ms: number; readMs: number; markdownMs: number; zipMs: number; files: number; zipBytes: number; blobBytes: number }> {
  const source = BUILTIN_TEMPLATES.find((t) => t.id === template)!.source;
  const now = new Date();
  const t0 = performance.now();
  const db = openDb({ name: 'bench-export' });
  const data = await loadScope(db, { kind: 'dates', from: '0000-01-01', to: '9999-12-31' });
  const readMs = performance.now() - t0;
  let markdownDone = 0;
  const out = await buildNotesOutput(data, { title: '学习笔记', template: source, marks: true, noteStyle: 'plain', groupBy: 'clipping', output: 'zip' }, false, now, (done, total) => {
    if (done === total) markdownDone = performance.now();
  });
  if (!out.ok || out.value.kind !== 'zip') throw new Error(out.ok ? 'expected a zip' : out.error.detail);
  const blob = new Blob([out.value.bytes as BlobPart], { type: 'application/zip' });
  db.close();
  const t2 = performance.now();
  return { ms: t2 - t0, readMs, markdownMs: markdownDone - t0 - readMs, zipMs: t2 - markdownDone, files: out.value.files + 1, zipBytes: out.value.bytes.length, blobBytes: blob.size };
}

(globalThis as unknown as { __bench: unknown }).__bench = { fill, exportZip };
