// Browser bundle for the extraction bench: our pipeline and raw Readability side by side,
// timed in the page (alternating, after a warm-up, so drift hits both alike).
import { Readability } from '@mozilla/readability';
import { extractBulletin } from '../../lib/extract/extract';

function time(f: () => unknown): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

function measure(runs: number): { pipeline: number[]; readability: number[]; paragraphs: number } {
  const pipeline = () => extractBulletin(document, { url: location.href, mode: 'article' });
  const readability = () => new Readability(document.cloneNode(true) as Document).parse();
  pipeline();
  readability();
  const p: number[] = [];
  const q: number[] = [];
  for (let i = 0; i < runs; i++) {
    p.push(time(pipeline));
    q.push(time(readability));
  }
  const res = pipeline();
  return { pipeline: p, readability: q, paragraphs: res.ok ? res.value.paragraphs.length : 0 };
}

(globalThis as unknown as { __bench: unknown }).__bench = { measure };
