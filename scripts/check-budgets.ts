// Fails when an entrypoint's gzip size exceeds its budget (issue 2): content script 30 KiB,
// popup 40 KiB. Heavy libraries must load lazily where they are used.
import { BUDGETS, measureBundles } from './bench/bundle-size';

let failed = false;
for (const b of measureBundles('.output/chrome-mv3')) {
  const kib = b.gzipBytes / 1024;
  const budget = BUDGETS[b.entry];
  const verdict = budget === undefined ? '' : kib <= budget ? `<= ${budget} KiB ok` : `> ${budget} KiB OVER BUDGET`;
  if (budget !== undefined && kib > budget) failed = true;
  console.log(`${b.entry.padEnd(15)} ${kib.toFixed(1).padStart(7)} KiB gzip  ${(b.rawBytes / 1024).toFixed(1).padStart(7)} KiB raw  ${verdict}`);
}
process.exit(failed ? 1 : 0);
