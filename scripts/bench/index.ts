/**
 * `npm run bench`: every benchmark, each printing its figures (ratios against a baseline run
 * in the same process where one exists). Select sections with arguments, e.g.
 * `npm run bench -- extract bundle`. Tests never assert times; this is where they are read.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { measureBundles, BUDGETS } from './bundle-size';

type Section = { name: string; run: () => Promise<void> };

const sections: Section[] = [
  {
    name: 'bundle',
    run: async () => {
      if (!existsSync('.output/chrome-mv3/manifest.json')) spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
      console.log('\n## Bundle sizes (production build, each entry with the chunks it loads at start)');
      console.log('| entry | gzip KiB | raw KiB | budget |');
      console.log('|---|---|---|---|');
      for (const b of measureBundles('.output/chrome-mv3')) {
        const budget = BUDGETS[b.entry];
        console.log(`| ${b.entry} | ${(b.gzipBytes / 1024).toFixed(1)} | ${(b.rawBytes / 1024).toFixed(1)} | ${budget ? `${budget} KiB` : '-'} |`);
      }
    },
  },
  { name: 'extract', run: async () => (await import('./extract-browser')).run() },
  { name: 'anchor', run: async () => (await import('./anchor')).run() },
  { name: 'export', run: async () => (await import('./export')).run() },
  { name: 'export-browser', run: async () => (await import('./export-browser')).run() },
  { name: 'search', run: async () => (await import('./search')).run() },
  // Real Chromium with the e2e build; BENCH_SCALE runs a fraction of 10,000 / 100,000 / 500.
  { name: 'library', run: async () => (await import('./library-browser')).run() },
];

const wanted = process.argv.slice(2);
for (const s of sections) {
  if (wanted.length && !wanted.includes(s.name)) continue;
  const t0 = Date.now();
  await s.run();
  console.log(`(${s.name}: ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}
