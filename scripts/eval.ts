/**
 * `npm run eval`: scores extraction on every page of ../shared/eval-data with ground truth and
 * prints per-page and overall figures next to raw Readability on the same DOM.
 *   npm run eval              all pages
 *   npm run eval -- --worst 20   only the 20 pages with the lowest F1 in the per-page table
 */
import { loadEvalCases, resolveSharedDir } from './eval/dataset';
import { evaluateCase, summarize, type CaseResult, type Summary } from './eval/run';

const args = process.argv.slice(2);
const worstAt = args.indexOf('--worst');
const worst = worstAt >= 0 ? Number(args[worstAt + 1] ?? 20) : Infinity;

const cases = loadEvalCases();
if (!cases.length) {
  console.error(`eval: no data under ${resolveSharedDir()}/eval-data`);
  process.exit(2);
}
const results: CaseResult[] = cases.map((c) => evaluateCase(c));

const fmt = (n: number): string => n.toFixed(3);
const rows = [...results].sort((a, b) => a.ours.f1 - b.ours.f1).slice(0, worst);
console.log('page'.padEnd(34), 'F1'.padStart(6), 'raw'.padStart(6), ' date(truth/ours/raw)  title');
for (const r of rows) {
  const date = r.truthDate ? `${r.truthDate} ${r.ours.dateRight ? 'ok' : `x ${r.ours.date ?? '-'}`} ${r.raw.dateRight ? 'ok' : 'x'}` : '';
  console.log(r.id.padEnd(34), fmt(r.ours.f1).padStart(6), fmt(r.raw.f1).padStart(6), ` ${date.padEnd(22)}`, r.ours.title.slice(0, 40));
}

const line = (name: string, s: Summary): string =>
  `${name.padEnd(12)} body F1 mean ${fmt(s.f1Mean)} min ${fmt(s.f1Min)} | ${s.atLeast90}/${s.pages} pages >= 0.9 | ` +
  `${s.noResult} no result | date right ${s.dateRight}/${s.datePages} (year/month-only truths: ${s.partialDateRight}/${s.partialDatePages}) | ` +
  `clean titles ${s.titleClean}/${s.pages}`;
console.log('');
console.log(line('ours', summarize(results, 'ours')));
console.log(line('readability', summarize(results, 'raw')));
