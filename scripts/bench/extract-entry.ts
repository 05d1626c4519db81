// Browser bundle for the extraction bench: our pipeline and raw Readability side by side on
// the same document. The Node side times batches of each, alternating, so drift hits both.
import { Readability } from '@mozilla/readability';
import { extractBulletin } from '../../lib/extract/extract';

const cases = {
  pipeline: () => extractBulletin(document, { url: location.href, mode: 'article' }),
  readability: () => new Readability(document.cloneNode(true) as Document).parse(),
};

/** Runs one case `n` times; returns the wall time in ms. */
function batch(name: keyof typeof cases, n: number): number {
  const f = cases[name];
  const t0 = performance.now();
  for (let i = 0; i < n; i++) f();
  return performance.now() - t0;
}

/** Paragraphs our pipeline finds (a sanity figure for the table). */
function paragraphs(): number {
  const res = cases.pipeline();
  return res.ok ? res.value.paragraphs.length : 0;
}

(globalThis as unknown as { __bench: unknown }).__bench = { batch, paragraphs };
