/**
 * Issue 6's bar in real headless Chromium: 10,000 highlights across 1,000 clippings, from the
 * database (real IndexedDB) to the finished zip Blob through the notes view's own functions
 * (scope read, per-clipping Markdown with the 仅摘录 template, index note, fflate zip).
 */
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startFixtureServer } from '../../tests/e2e/support/server';
import { loadEvalSentences } from './search';

const ROOT = join(import.meta.dirname, '..', '..');
const CHROMIUM = existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : '/usr/bin/chromium';

/** Prints the figures. */
export async function run(): Promise<void> {
  const bundle = await build({ entryPoints: [join(ROOT, 'scripts/bench/export-entry.ts')], bundle: true, format: 'iife', minify: true, write: false, logLevel: 'error' });
  const server = await startFixtureServer();
  server.routes.set('/bench.html', '<!doctype html><meta charset="utf-8"><title>bench</title>');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/bench.html`); // an origin of its own for IndexedDB
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    await page.evaluate(`__bench.fill(${JSON.stringify(loadEvalSentences().slice(0, 4000))})`);
    type Run = { ms: number; readMs: number; markdownMs: number; zipMs: number; files: number; zipBytes: number };
    const runs: Run[] = [];
    for (let i = 0; i < 8; i++) runs.push((await page.evaluate('__bench.exportZip()')) as Run);
    const warm = runs.slice(1);
    // Medians stage by stage (each over the warm runs): on a shared machine single runs swing.
    const median = (f: (r: Run) => number): number => warm.map(f).sort((a, b) => a - b)[Math.floor(warm.length / 2)]!;
    const spread = warm.map((r) => r.ms).sort((a, b) => a - b);
    console.log('\n## Export to zip in headless Chromium (1,000 clippings, 10,000 highlights; real IndexedDB)');
    console.log(
      `database -> zip Blob: median ${median((r) => r.ms).toFixed(0)} ms of ${warm.length} warm runs (${spread[0]!.toFixed(0)}-${spread.at(-1)!.toFixed(0)}); ` +
        `read ${median((r) => r.readMs).toFixed(0)} + Markdown ${median((r) => r.markdownMs).toFixed(0)} + zip ${median((r) => r.zipMs).toFixed(0)} ms; ` +
        `first run ${runs[0]!.ms.toFixed(0)} ms; ${warm[0]!.files} files, zip ${(warm[0]!.zipBytes / 1024).toFixed(0)} KiB; bar < 1000 ms`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}
