/**
 * Benchmark of the library's data layer in Node (fake-indexeddb): index build from scratch
 * next to a plain scan of the same texts, phrase search, and one-tag filtering, on a
 * generated library of 10,000 clippings / 100,000 highlights / 500 tags. Real-browser
 * figures are taken by the E2E suite with the same generator (./fixtures.ts).
 *
 * Run: npx tsx scripts/bench/search.ts   (or through npm run bench)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { openDb } from '../../lib/db/database';
import { collectGrams, foldText, splitTerms } from '../../lib/search/normalize';
import { makeQuery, runQuery } from '../../lib/library/filters';
import { computeDashboard } from '../../lib/library/stats';
import { listTags } from '../../lib/library/tags';
import { indexClipping, indexHighlight } from '../../lib/search/indexer';
import { search } from '../../lib/search/query';
import { rebuildIndex } from '../../lib/search/rebuild';
import { createRng, generateLibrary, splitSentences } from './fixtures';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Sentences of the Chinese extraction dataset's cleaned texts (Node only). */
export function loadEvalSentences(shared = join(REPO, '..', 'shared')): string[] {
  const dir = join(shared, 'eval-data', 'Chinese-Web-Content-Extraction-Dataset', 'cleaned');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => splitSentences(readFileSync(join(dir, f), 'utf8')));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function ms(x: number): string {
  return `${x.toFixed(x < 10 ? 2 : 0)} ms`;
}

/** Picks `n` two-word phrases (four word characters) that occur in the texts. */
function pickPhrases(texts: string[], n: number, seed: number): string[] {
  const rand = createRng(seed);
  const out = new Set<string>();
  for (let tries = 0; out.size < n && tries < n * 100; tries++) {
    const t = texts[Math.floor(rand() * texts.length)]!;
    const at = Math.floor(rand() * Math.max(1, t.length - 4));
    const p = t.slice(at, at + 4);
    if (/^[\u4e00-\u9fff]{4}$/.test(p)) out.add(p);
  }
  return [...out];
}

/** Runs the benchmark and prints its figures. */
export async function run(sizes = { clippings: 10_000, highlights: 100_000, tags: 500 }): Promise<void> {
  const sentences = loadEvalSentences();
  let t0 = performance.now();
  const lib = generateLibrary(42, { ...sizes, sentences });
  const chars = lib.clippings.reduce((n, c) => n + c.text.length, 0);
  const bytes = lib.clippings.reduce((n, c) => n + Buffer.byteLength(c.text), 0);
  console.log(`library: ${lib.clippings.length} clippings (avg ${Math.round(chars / lib.clippings.length)} chars, ${Math.round(bytes / lib.clippings.length)} B UTF-8), ${lib.highlights.length} highlights, ${lib.tags.length} tags; generated in ${ms(performance.now() - t0)} from ${sentences.length} sentences`);

  const texts = [...lib.clippings.flatMap((c) => [c.title, c.text]), ...lib.highlights.flatMap((h) => [h.exact, h.note])];
  const phrases = pickPhrases(lib.clippings.map((c) => c.text), 25, 7);

  // The physical floor: one String.includes pass over every text, per phrase.
  const scans = phrases.map((p) => {
    const s = performance.now();
    let hits = 0;
    for (const t of texts) if (t.includes(p)) hits++;
    return { time: performance.now() - s, hits };
  });
  console.log(`plain scan (String.includes over all ${texts.length} texts): median ${ms(median(scans.map((s) => s.time)))} per phrase`);

  t0 = performance.now();
  let grams = 0;
  for (const t of texts) grams += collectGrams(foldText(t)).size;
  console.log(`gram extraction alone (CPU floor of a build): ${ms(performance.now() - t0)}, ${grams} postings`);

  const db = openDb({ name: `bench-${Date.now()}`, indexedDB, IDBKeyRange });
  t0 = performance.now();
  await db.clippings.bulkAdd(lib.clippings);
  await db.highlights.bulkAdd(lib.highlights);
  await db.tags.bulkAdd(lib.tags);
  console.log(`store library in fake-indexeddb: ${ms(performance.now() - t0)}`);

  t0 = performance.now();
  const summary = await rebuildIndex(db);
  const build = performance.now() - t0;
  console.log(`index build from scratch: ${ms(build)} (${summary.sources} sources, ${summary.rows} rows, ${summary.postings} postings)`);

  const searchTimes: number[] = [];
  for (const p of phrases) {
    const s = performance.now();
    const hits = await search(db, p, { limit: 20 });
    searchTimes.push(performance.now() - s);
    if (hits.some((h) => !foldText(h.snippet.match).includes(splitTerms(p)[0]!))) throw new Error(`bad snippet for ${p}`);
  }
  console.log(`search, two-word phrase, first page of 20: median ${ms(median(searchTimes))}, max ${ms(Math.max(...searchTimes))} over ${phrases.length} phrases`);

  // Recall against the plain scan: every source whose title/body/text/note holds the phrase.
  let expected = 0;
  let got = 0;
  for (const p of phrases.slice(0, 5)) {
    const want = new Set<string>();
    for (const c of lib.clippings) if (c.title.includes(p) || c.text.includes(p)) want.add(c.id);
    for (const h of lib.highlights) if (h.exact.includes(p) || h.note.includes(p)) want.add(h.id);
    const hits = await search(db, p, { limit: 1_000_000 });
    expected += want.size;
    got += hits.filter((h) => want.has(h.highlightId ?? h.clippingId)).length;
    if (hits.length !== want.size) throw new Error(`recall/precision mismatch for ${p}: ${hits.length} vs ${want.size}`);
  }
  console.log(`recall over 5 phrases, all hits: ${got} of ${expected} sources found by the plain scan, no extra hits`);

  await timeQueries(db, lib);
  await timeUpdates(db, lib);
  await db.delete();
}

async function timed<T>(fn: () => Promise<T>, runs = 5): Promise<{ median: number; value: T }> {
  const times: number[] = [];
  let value!: T;
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    value = await fn();
    times.push(performance.now() - s);
  }
  return { median: median(times), value };
}

/** Filter, dashboard and tag-list queries the library page runs. */
async function timeQueries(db: ReturnType<typeof openDb>, lib: ReturnType<typeof generateLibrary>): Promise<void> {
  const tagUse = new Map<string, number>();
  for (const h of lib.highlights) for (const t of h.tags) tagUse.set(t, (tagUse.get(t) ?? 0) + 1);
  const byUse = [...tagUse].sort((a, b) => b[1] - a[1]);
  const picks = [byUse[0]!, byUse[Math.floor(byUse.length / 2)]!, byUse[byUse.length - 1]!];
  for (const [tag, uses] of picks) {
    for (const sort of ['clipped', 'date'] as const) {
      const q = makeQuery({ view: 'highlights', tags: [tag], sort });
      const r = await timed(() => runQuery(db, q, { offset: 0, limit: 50 }));
      console.log(`filter highlights by one tag (${uses} of ${lib.highlights.length}), sort ${sort}, first page of 50: median ${ms(r.median)} (total ${r.value.total})`);
    }
  }
  const first = await timed(() => runQuery(db, makeQuery(), { offset: 0, limit: 50 }));
  console.log(`clippings view, no filter, first page of 50: median ${ms(first.median)} (total ${first.value.total})`);
  const text = await timed(() => runQuery(db, makeQuery({ view: 'highlights', text: '发展' }), { offset: 0, limit: 50 }));
  console.log(`highlights view, text filter 发展, first page of 50: median ${ms(text.median)} (total ${text.value.total})`);
  const tags = await timed(() => listTags(db), 3);
  console.log(`list ${tags.value.length} tags with counts: median ${ms(tags.median)}`);
  const dash = await timed(() => computeDashboard(db, Date.UTC(2024, 1, 1)), 3);
  console.log(`dashboard: median ${ms(dash.median)}`);
}

/** Incremental index maintenance on the full library (the newest block takes the writes). */
async function timeUpdates(db: ReturnType<typeof openDb>, lib: ReturnType<typeof generateLibrary>): Promise<void> {
  const c = lib.clippings[0]!;
  const clipTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const edited = { ...c, text: `${c.text}\n\n补充第${i}段：${lib.clippings[i + 1]!.text.slice(0, 200)}` };
    const s = performance.now();
    await indexClipping(db, edited);
    clipTimes.push(performance.now() - s);
  }
  const h = lib.highlights[0]!;
  const hlTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const s = performance.now();
    await indexHighlight(db, { ...h, note: `第${i}次修改的笔记` });
    hlTimes.push(performance.now() - s);
  }
  console.log(`incremental: re-index an edited clipping median ${ms(median(clipTimes))}, a highlight note edit median ${ms(median(hlTimes))}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await run();
}
