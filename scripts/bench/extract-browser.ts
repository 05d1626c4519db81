/**
 * Extraction time in real headless Chromium: the fixture bulletin page scaled to ~20 KB,
 * 200 KB and 2 MB of HTML, our whole pipeline (Readability on a clone + bulletin parsing)
 * next to raw Readability (clone + parse) on the same DOM in the same run.
 */
import { chromium, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const CHROMIUM = existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : '/usr/bin/chromium';

/** The fixture page with its body paragraphs repeated until the HTML reaches `bytes`. */
export function scalePage(html: string, bytes: number): string {
  // Body paragraphs only (long ones), so the copies land inside the article, not the footer.
  const paras = [...html.matchAll(/<p[^>]*>[\s\S]*?<\/p>/g)].map((m) => m[0]).filter((p) => p.length > 200);
  const block = paras.join('\n');
  const marker = paras[paras.length - 1]!;
  let extra = '';
  let n = 0;
  while (Buffer.byteLength(html) + Buffer.byteLength(extra) < bytes) extra += `\n<h3>（${++n}）续</h3>\n${block}`;
  return html.replace(marker, marker + extra);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

type Case = 'pipeline' | 'readability';

/**
 * Times both cases in alternating batches. CPU time of the page's main thread (CDP
 * Performance.getMetrics ThreadTime) is the headline: other processes on a shared machine
 * stretch wall time, not the thread's own CPU time. Wall time is printed beside it.
 */
async function measure(page: Page, rounds: number, perBatch: number): Promise<Record<Case, { cpu: number; wall: number }>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const threadTime = async (): Promise<number> => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'ThreadTime')!.value * 1000;
  };
  const samples: Record<Case, { cpu: number[]; wall: number[] }> = { pipeline: { cpu: [], wall: [] }, readability: { cpu: [], wall: [] } };
  for (const c of ['pipeline', 'readability'] as const) await page.evaluate(`__bench.batch('${c}', 2)`); // warm-up
  for (let r = 0; r < rounds; r++) {
    for (const c of ['pipeline', 'readability'] as const) {
      const before = await threadTime();
      // A string, not a function: tsx would wrap a serialized function with helpers the page lacks.
      const wall = (await page.evaluate(`__bench.batch('${c}', ${perBatch})`)) as number;
      samples[c].cpu.push(((await threadTime()) - before) / perBatch);
      samples[c].wall.push(wall / perBatch);
    }
  }
  await cdp.detach();
  const sum = (c: Case) => ({ cpu: median(samples[c].cpu), wall: median(samples[c].wall) });
  return { pipeline: sum('pipeline'), readability: sum('readability') };
}

/** Prints the table. */
export async function run(): Promise<void> {
  const bundle = await build({ entryPoints: [join(ROOT, 'scripts/bench/extract-entry.ts')], bundle: true, format: 'iife', minify: true, write: false, logLevel: 'error' });
  const script = bundle.outputFiles[0]!.text;
  const base = readFileSync(join(ROOT, 'tests/fixtures/pages/gov-bulletin.html'), 'utf8');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--disable-gpu'] });
  try {
    console.log('\n## Extraction in headless Chromium (main-thread CPU ms per page, median of alternating batches; wall ms in brackets)');
    console.log('| page HTML | pipeline | raw Readability | ratio (CPU) | ratio (wall) | paragraphs |');
    console.log('|---|---|---|---|---|---|');
    for (const target of [20_000, 200_000, 2_000_000]) {
      const html = scalePage(base, target);
      const page = await browser.newPage();
      await page.setContent(html);
      await page.addScriptTag({ content: script });
      const [rounds, perBatch] = target >= 2_000_000 ? [5, 1] : target >= 200_000 ? [9, 5] : [9, 40];
      const r = await measure(page, rounds, perBatch);
      const p = r.pipeline;
      const q = r.readability;
      const paragraphs = (await page.evaluate('__bench.paragraphs()')) as number;
      const f = (x: number) => x.toFixed(x < 10 ? 2 : 1);
      console.log(`| ${(Buffer.byteLength(html) / 1024).toFixed(0)} KB | ${f(p.cpu)} (${f(p.wall)}) | ${f(q.cpu)} (${f(q.wall)}) | ${(p.cpu / q.cpu).toFixed(2)}x | ${(p.wall / q.wall).toFixed(2)}x | ${paragraphs} |`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}
