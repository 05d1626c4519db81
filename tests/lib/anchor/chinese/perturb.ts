/**
 * Perturbed copies of a page's text, with ground truth: every perturbation is a list of edits,
 * and applying them yields the new text plus a map from old to new offsets, so we know where
 * each passage moved to. The perturbations are the ones revisited bulletin pages really show:
 * whitespace and U+3000 indent changes, full-/half-width punctuation swaps, an inserted ad
 * paragraph, a changed sidebar, a re-wrapped paragraph, a sentence edited near a passage.
 */
import type { Page } from './pages';
import type { Passage } from './passages';
import type { Rng } from './prng';

/** Replace `del` chars at old offset `at` with `ins`. */
export interface Edit {
  at: number;
  del: number;
  ins: string;
}

/** A perturbed text and the old -> new offset map (-1: the old char was deleted or rewritten). */
export interface Perturbed {
  text: string;
  map: Int32Array;
}

/** Applies edits (overlapping ones after the first are dropped: the sets are random). */
export function applyEdits(text: string, edits: readonly Edit[]): Perturbed {
  const sorted = [...edits].sort((a, b) => a.at - b.at || a.del - b.del);
  const map = new Int32Array(text.length + 1).fill(-1);
  const parts: string[] = [];
  let oldPos = 0;
  let newLen = 0;
  const copyTo = (to: number) => {
    for (let i = oldPos; i < to; i++) map[i] = newLen + (i - oldPos);
    parts.push(text.slice(oldPos, to));
    newLen += to - oldPos;
    oldPos = to;
  };
  for (const e of sorted) {
    if (e.at < oldPos) continue; // overlaps an earlier edit
    copyTo(e.at);
    // A same-length replacement (a punctuation swap) keeps its chars' identity.
    if (e.del === e.ins.length) for (let k = 0; k < e.del; k++) map[e.at + k] = newLen + k;
    parts.push(e.ins);
    newLen += e.ins.length;
    oldPos = e.at + e.del;
  }
  copyTo(text.length);
  map[text.length] = newLen;
  return { text: parts.join(''), map };
}

/** Where a passage is in the perturbed text, or null if it was edited away. */
export function trackPassage(p: Perturbed, start: number, end: number): { start: number; end: number } | null {
  const s = p.map[start]!;
  const e = p.map[end - 1]!;
  return s < 0 || e < 0 ? null : { start: s, end: e + 1 };
}

/** True when [s, e) overlaps any passage (grown by `pad` chars). */
function touchesPassage(passages: readonly Passage[], s: number, e: number, pad = 0): boolean {
  return passages.some((p) => s < p.end + pad && p.start - pad < e);
}

/** A run of Chinese text from a donor page (ads, replaced sidebars, edited words). */
export function donorText(donor: string, rng: Rng, length: number): string {
  const runs = donor.match(/[\u4e00-\u9fff，。、]{6,}/g) ?? ['广告推广内容'];
  let out = '';
  while (out.length < length) out += rng.pick(runs);
  return out.slice(0, length);
}

/** Indents, spaces and line breaks changed; U+3000 indents added, removed or swapped for spaces. */
export function perturbWhitespace(page: Page, rng: Rng): Edit[] {
  const edits: Edit[] = [];
  const t = page.text;
  page.spans.forEach((span, i) => {
    const lead = /^[\s\u3000]+/.exec(t.slice(span.start, span.end));
    if (lead) edits.push({ at: span.start, del: lead[0].length, ins: rng.pick(['', '  ', '\u3000\u3000', '\n']) });
    else if (rng.chance(0.3)) edits.push({ at: span.start, del: 0, ins: '\u3000\u3000' });
    const next = page.spans[i + 1];
    if (next && next.start > span.end && !t.slice(span.end, next.start).trim()) {
      edits.push({ at: span.end, del: next.start - span.end, ins: rng.pick(['\n', '\r\n\t\t', ' ', '']) });
    }
    for (let j = span.start; j < span.end; j++) {
      if (t[j] === '，' && rng.chance(0.15)) edits.push({ at: j + 1, del: 0, ins: ' ' });
    }
  });
  return edits;
}

const SWAPS: Record<string, string> = {
  '，': ',', '。': '.', '：': ':', '；': ';', '！': '!', '？': '?', '（': '(', '）': ')',
  ',': '，', ':': '：', ';': '；', '(': '（', ')': '）',
};

/** Full-/half-width punctuation swapped in visible text, most occurrences, both directions. */
export function perturbPunctuation(page: Page, rng: Rng): Edit[] {
  const edits: Edit[] = [];
  for (const span of page.spans) {
    for (let j = span.start; j < span.end; j++) {
      const to = SWAPS[page.text[j]!];
      if (to && rng.chance(0.7)) edits.push({ at: j, del: 1, ins: to });
    }
  }
  return edits;
}

/**
 * An ad paragraph inserted at a block boundary in the first half of the page, between
 * passages (inside a multi-paragraph passage the "true place" would be ill-defined).
 */
export function perturbAd(page: Page, passages: readonly Passage[], rng: Rng, donor: string): Edit[] {
  const half = page.spans.slice(0, Math.max(1, page.spans.length >> 1));
  const spans = half.filter((s) => !passages.some((p) => p.start < s.start && s.start < p.end));
  if (!spans.length) return [];
  const at = rng.pick(spans).start;
  return [{ at, del: 0, ins: `\n【推广】${donorText(donor, rng, rng.int(60, 200))}\n` }];
}

/** A sidebar or link list (a run of short text nodes away from the passages) replaced. */
export function perturbSidebar(page: Page, passages: readonly Passage[], rng: Rng, donor: string): Edit[] {
  const free = page.spans.map((s) => s.end - s.start <= 40 && !touchesPassage(passages, s.start, s.end, 40));
  const runs: [number, number][] = [];
  for (let i = 0; i < free.length; ) {
    let j = i;
    while (j < free.length && free[j]) j++;
    if (j - i >= 3) runs.push([i, j]);
    i = Math.max(j, i + 1);
  }
  if (!runs.length) return [];
  const [a, b] = rng.pick(runs);
  return page.spans.slice(a, b).map((s) => ({ at: s.start, del: s.end - s.start, ins: donorText(donor, rng, rng.int(4, 30)) }));
}

/** Paragraphs hard-wrapped: a line break (sometimes with an indent) every 20-35 chars. */
export function perturbRewrap(page: Page, rng: Rng): Edit[] {
  const edits: Edit[] = [];
  for (const span of page.spans) {
    if (span.end - span.start < 40 || !rng.chance(0.6)) continue;
    for (let j = span.start + rng.int(20, 35); j < span.end; j += rng.int(20, 35)) {
      edits.push({ at: j, del: 0, ins: rng.chance(0.5) ? '\n' : '\n    ' });
    }
  }
  return edits;
}

/** A few words changed in the sentence before or after a passage (inside its saved context). */
export function perturbNearby(page: Page, passages: readonly Passage[], rng: Rng, donor: string): Edit[] {
  const edits: Edit[] = [];
  for (const p of passages) {
    if (!rng.chance(0.6)) continue;
    const len = rng.int(2, 6);
    const gap = rng.int(1, 24);
    const at = rng.chance(0.5) ? p.start - gap - len : p.end + gap;
    if (at < 0 || at + len > page.text.length || touchesPassage(passages, at, at + len)) continue;
    edits.push({ at, del: len, ins: donorText(donor, rng, rng.int(1, 8)) });
  }
  return edits;
}

/** The perturbations the suite runs, by name. */
export const PERTURBATIONS = ['whitespace', 'punctuation', 'ad', 'sidebar', 'rewrap', 'nearby', 'combined'] as const;
export type PerturbationName = (typeof PERTURBATIONS)[number];

/** The edits of one named perturbation. */
export function perturbationEdits(
  name: PerturbationName, page: Page, passages: readonly Passage[], rng: Rng, donor: string,
): Edit[] {
  switch (name) {
    case 'whitespace': return perturbWhitespace(page, rng);
    case 'punctuation': return perturbPunctuation(page, rng);
    case 'ad': return perturbAd(page, passages, rng, donor);
    case 'sidebar': return perturbSidebar(page, passages, rng, donor);
    case 'rewrap': return perturbRewrap(page, rng);
    case 'nearby': return perturbNearby(page, passages, rng, donor);
    case 'combined':
      return [
        ...perturbAd(page, passages, rng, donor),
        ...perturbNearby(page, passages, rng, donor),
        ...perturbSidebar(page, passages, rng, donor),
        ...perturbWhitespace(page, rng),
        ...perturbRewrap(page, rng),
        ...perturbPunctuation(page, rng),
      ];
  }
}

/** Every other passage (at random) cut out of the page; returns the edits and which were cut. */
export function perturbDeleted(passages: readonly Passage[], rng: Rng): { edits: Edit[]; deleted: Set<number> } {
  const edits: Edit[] = [];
  const deleted = new Set<number>();
  const taken: [number, number][] = [];
  passages.forEach((p, i) => {
    if (!rng.chance(0.5) || taken.some(([s, e]) => p.start < e && s < p.end)) return;
    taken.push([p.start, p.end]);
    edits.push({ at: p.start, del: p.end - p.start, ins: '' });
    deleted.add(i);
  });
  return { edits, deleted };
}
