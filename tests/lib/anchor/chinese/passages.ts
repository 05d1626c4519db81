/**
 * Random passages of a page, the way readers select them: sentences and clauses, short
 * phrases of 4-10 chars, long multi-node stretches, and occurrences of stock phrases that the
 * page repeats (the hard case: a wrong anchor on another occurrence must never happen).
 */
import type { Page } from './pages';
import type { Rng } from './prng';

/** A passage picked on the saved page. */
export interface Passage {
  kind: 'short' | 'sentence' | 'long' | 'stock';
  start: number;
  end: number;
}

const CJK_RUN = /[\u4e00-\u9fff]{4,}/g;

/** True for chars a selection would not start or end on. */
function isBlank(c: string | undefined): boolean {
  return c === undefined || /\s|\u3000/.test(c);
}

/** Shrinks [start, end) so it neither starts nor ends on whitespace. */
function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && isBlank(text[start])) start++;
  while (end > start && isBlank(text[end - 1])) end--;
  return [start, end];
}

/** Substrings of 4-8 ideographs occurring at least 3 times on the page, with their offsets. */
export function findStockPhrases(page: Page): Map<string, number[]> {
  const counts = new Map<string, number[]>();
  for (const span of page.spans) {
    const nodeText = page.text.slice(span.start, span.end);
    for (const run of nodeText.matchAll(CJK_RUN)) {
      const base = span.start + run.index;
      for (let len = 4; len <= 8; len++) {
        for (let i = 0; i + len <= run[0].length; i++) {
          const s = run[0].slice(i, i + len);
          const list = counts.get(s) ?? [];
          list.push(base + i);
          counts.set(s, list);
        }
      }
    }
  }
  for (const [s, list] of counts) if (list.length < 3) counts.delete(s);
  return counts;
}

/** A passage of `kind` on the page, or null if the page has nothing suitable. */
function pickOne(page: Page, rng: Rng, kind: Passage['kind'], stock: [string, number[]][]): Passage | null {
  if (kind === 'stock') {
    if (!stock.length) return null;
    const [phrase, offsets] = rng.pick(stock);
    const start = rng.pick(offsets);
    return { kind, start, end: start + phrase.length };
  }
  const spans = page.spans.filter((s) => s.end - s.start >= (kind === 'short' ? 6 : 12));
  if (!spans.length) return null;
  const span = rng.pick(spans);
  const len = kind === 'short' ? rng.int(4, 10) : kind === 'sentence' ? rng.int(10, 50) : rng.int(50, 200);
  const maxStart = kind === 'long' ? span.end - 1 : span.end - Math.min(len, span.end - span.start);
  const start0 = rng.int(span.start, Math.max(span.start, maxStart));
  const end0 = Math.min(page.text.length, start0 + len);
  const [start, end] = trimSpan(page.text, start0, kind === 'long' ? end0 : Math.min(end0, span.end));
  if (end - start < 4 || !/[\u4e00-\u9fff]/.test(page.text.slice(start, end))) return null;
  return { kind, start, end };
}

/** Mix of kinds: many short ones and stock phrases, because those are where anchors go wrong. */
const KINDS: Passage['kind'][] = ['short', 'short', 'stock', 'stock', 'stock', 'sentence', 'sentence', 'sentence', 'long', 'long'];

/** Picks `count` passages on a page. */
export function pickPassages(page: Page, rng: Rng, count: number): Passage[] {
  const stock = [...findStockPhrases(page)];
  const out: Passage[] = [];
  for (let tries = 0; out.length < count && tries < count * 20; tries++) {
    const p = pickOne(page, rng, rng.pick(KINDS), stock);
    if (p) out.push(p);
  }
  return out;
}
