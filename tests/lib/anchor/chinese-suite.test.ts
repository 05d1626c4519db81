/**
 * The Chinese anchoring suite: real pages from ../shared/eval-data, a few hundred random
 * passages (short ones, sentences, long ones, and occurrences of repeated stock phrases),
 * anchored on the page as saved and on perturbed copies whose ground truth is tracked through
 * the edits. Right = overlaps the true place by >= 90% of both lengths; orphan = null; anything
 * else is WRONG, and there must be none. Seed: ANCHOR_SEED (printed).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Selector } from '../../../lib/bulletin/model';
import { anchorInText, anchorMany, type AnchorMatch } from '../../../lib/anchor/anchor';
import { describeTextRange } from '../../../lib/anchor/text-quote';
import { loadChinesePages, type Page } from './chinese/pages';
import { pickPassages, type Passage } from './chinese/passages';
import { PERTURBATIONS, applyEdits, perturbationEdits, trackPassage } from './chinese/perturb';
import { createRng } from './chinese/prng';

const SEED = Number(process.env.ANCHOR_SEED ?? 20210322);
const PER_PAGE = 8;

type Verdict = 'right' | 'orphan' | 'wrong';

/** Judges one anchoring result against the tracked truth. */
function judge(truth: { start: number; end: number } | null, got: AnchorMatch | null): Verdict {
  if (!got) return truth ? 'orphan' : 'right';
  if (!truth) return 'wrong';
  const overlap = Math.min(truth.end, got.end) - Math.max(truth.start, got.start);
  const ok = overlap >= 0.9 * (truth.end - truth.start) && overlap >= 0.9 * (got.end - got.start);
  return ok ? 'right' : 'wrong';
}

interface Tally { right: number; orphan: number; wrong: number }
const emptyTally = (): Tally => ({ right: 0, orphan: 0, wrong: 0 });
const rate = (t: Tally) => t.right / Math.max(1, t.right + t.orphan + t.wrong);

interface Case { page: Page; passage: Passage; selectors: Selector[] }

const variants = ['saved', ...PERTURBATIONS] as const;
const byVariant = new Map<string, Tally>(variants.map((v) => [v, emptyTally()]));
const byKind = new Map<string, Tally>();
const wrongs: string[] = [];
let passageCount = 0;

/** Records verdicts under a variant, and per passage kind for the perturbed ones. */
function record(variant: string, mode: string, c: Case, v: Verdict, got: AnchorMatch | null, text: string) {
  byVariant.get(variant)![v]++;
  const kindKey = `${c.passage.kind}${variant === 'saved' ? ' (saved)' : ''}`;
  if (!byKind.has(kindKey)) byKind.set(kindKey, emptyTally());
  byKind.get(kindKey)![v]++;
  if (v === 'wrong' && wrongs.length < 20) {
    const exact = c.page.text.slice(c.passage.start, c.passage.end);
    wrongs.push(`${variant}/${mode} ${c.page.name} ${c.passage.kind} "${exact.slice(0, 30)}" -> ${got?.method} "${got ? text.slice(got.start, got.end).slice(0, 30) : ''}"`);
  }
}

describe(`Chinese anchoring suite (seed ${SEED})`, () => {
  beforeAll(async () => {
    const pages = loadChinesePages();
    for (const [pi, page] of pages.entries()) {
      const rng = createRng(SEED + pi * 7919);
      const donor = pages[(pi + 1) % pages.length]!.text;
      const passages = pickPassages(page, rng, PER_PAGE);
      passageCount += passages.length;
      const cases: Case[] = passages.map((passage) => ({
        page,
        passage,
        selectors: describeTextRange(page.text, passage.start, passage.end),
      }));
      for (const variant of variants) {
        const perturbed =
          variant === 'saved'
            ? applyEdits(page.text, [])
            : applyEdits(page.text, perturbationEdits(variant, page, passages, rng, donor));
        const truths = cases.map((c) => trackPassage(perturbed, c.passage.start, c.passage.end));
        // One target at a time (original hints only) ...
        cases.forEach((c, i) => {
          const got = anchorInText(perturbed.text, c.selectors);
          record(variant, 'single', c, judge(truths[i]!, got), got, perturbed.text);
        });
        // ... and the page's batch, in slices, with neighbour drift as a hint.
        const many = await anchorMany(perturbed.text, cases.map((c) => c.selectors), { yieldToLoop: () => Promise.resolve() });
        cases.forEach((c, i) => record(variant, 'many', c, judge(truths[i]!, many[i]!), many[i]!, perturbed.text));
      }
    }
    const rows = [...byVariant, ...byKind].map(([name, t]) => ({
      name,
      right: t.right,
      orphan: t.orphan,
      wrong: t.wrong,
      'right %': (100 * rate(t)).toFixed(2),
    }));
    console.log(`seed ${SEED}: ${passageCount} passages on ${pages.length} pages, each anchored singly and in a batch`);
    console.table(rows);
    if (wrongs.length) console.log('WRONG anchors:\n' + wrongs.join('\n'));
  }, 120_000);

  it('uses a few hundred passages', () => {
    expect(passageCount).toBeGreaterThanOrEqual(300);
  });

  it('anchors at least 99 percent right on the pages as saved', () => {
    expect(rate(byVariant.get('saved')!)).toBeGreaterThanOrEqual(0.99);
  });

  it.each(PERTURBATIONS)('anchors at least 95 percent right after %s changes', (name) => {
    expect(rate(byVariant.get(name)!)).toBeGreaterThanOrEqual(0.95);
  });

  it('never anchors to a wrong place', () => {
    expect(wrongs).toEqual([]);
  });
});
