/**
 * Extraction time in real headless Chromium: the fixture bulletin page scaled to ~20 KB,
 * 200 KB and 2 MB of HTML, our whole pipeline (Readability on a clone + bulletin parsing)
 * next to raw Readability (clone + parse) on the same DOM in the same run.
 */
import { chromium } from '@playwright/test';
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

/** Prints the table. */
export async function run(): Promise<void> {
  const bundle = await build({ entryPoints: [join(ROOT, 'scripts/bench/extract-entry.ts')], bundle: true, format: 'iife', minify: true, write: false, logLevel: 'error' });
  const script = bundle.outputFiles[0]!.text;
  const base = readFileSync(join(ROOT, 'tests/fixtures/pages/gov-bulletin.html'), 'utf8');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--disable-gpu'] });
  try {
    console.log('\n## Extraction in headless Chromium (median of runs; same page, same run)');
    console.log('| page HTML | pipeline ms | raw Readability ms | ratio | paragraphs |');
    console.log('|---|---|---|---|---|');
    for (const target of [20_000, 200_000, 2_000_000]) {
      const html = scalePage(base, target);
      const page = await browser.newPage();
      await page.setContent(html);
      await page.addScriptTag({ content: script });
      const runs = target >= 2_000_000 ? 5 : 15;
      // A string, not a function: tsx would wrap a serialized function with helpers the page lacks.
      const r = (await page.evaluate(`__bench.measure(${runs})`)) as { pipeline: number[]; readability: number[]; paragraphs: number };
      const pm = median(r.pipeline);
      const qm = median(r.readability);
      console.log(`| ${(Buffer.byteLength(html) / 1024).toFixed(0)} KB | ${pm.toFixed(1)} | ${qm.toFixed(1)} | ${(pm / qm).toFixed(2)}x | ${r.paragraphs} |`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}
