// Browser bundle for the export bench: fill a real IndexedDB, then time database -> zip.
import { openDb } from '../../lib/db/database';
import { buildClippingFiles, buildZip } from '../../lib/export/study-notes';
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

async function exportZip(): Promise<{ ms: number; readMs: number; markdownMs: number; zipMs: number; files: number; zipBytes: number; blobBytes: number }> {
  const t0 = performance.now();
  const db = openDb({ name: 'bench-export' });
  const { clippings, highlights } = await db.transaction('r', db.clippings, db.highlights, async () => ({
    clippings: await db.clippings.toArray(),
    highlights: await db.highlights.toArray(),
  }));
  const readMs = performance.now() - t0;
  const files = buildClippingFiles(clippings, highlights, { mode: 'highlights', now: new Date() });
  if (!files.ok) throw new Error(files.error.detail);
  const t1 = performance.now();
  const zip = buildZip(files.value, { now: new Date() });
  const blob = new Blob([zip as BlobPart], { type: 'application/zip' });
  db.close();
  const t2 = performance.now();
  return { ms: t2 - t0, readMs, markdownMs: t1 - t0 - readMs, zipMs: t2 - t1, files: files.value.length + 1, zipBytes: zip.length, blobBytes: blob.size };
}

(globalThis as unknown as { __bench: unknown }).__bench = { fill, exportZip };
