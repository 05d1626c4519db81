/**
 * The extraction quality bars, measured over ../shared/eval-data exactly as `npm run eval` does:
 * a regression in extraction, dates or titles fails CI. The bars are what the extractor reaches
 * today, all above raw Readability's figures on the same pages (measured by `npm run eval`,
 * which runs both: body F1 mean 0.889, 99/121 pages >= 0.9, date right 1/48, clean titles
 * 57/121). The baseline is not re-run here to keep the test's time down.
 */
import { describe, expect, it } from 'vitest';
import { loadEvalCases } from '../../../scripts/eval/dataset';
import { evaluateCase, summarize, type CaseResult } from '../../../scripts/eval/run';

const cases = loadEvalCases();

describe('extraction quality over the eval pages', () => {
  it('has the eval data beside the repo (../shared/eval-data)', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
  });

  const results: CaseResult[] = cases.map((c) => evaluateCase(c, { baseline: false }));
  const ours = summarize(results, 'ours');
  const RAW = { f1Mean: 0.889, atLeast90: 99, dateRight: 1 };

  it('beats raw Readability on body F1 and has no page without a result', () => {
    expect(ours.f1Mean).toBeGreaterThanOrEqual(RAW.f1Mean);
    // Measured 0.964 and 116/121 (the five below 0.9 are listed in the eval's per-page table).
    expect(ours.f1Mean).toBeGreaterThanOrEqual(0.96);
    expect(ours.atLeast90).toBeGreaterThanOrEqual(116);
    expect(ours.atLeast90).toBeGreaterThan(RAW.atLeast90);
    expect(ours.noResult).toBe(0);
  });

  it('gets the publish date right on most pages that state one', () => {
    // Full-day truths (YYYY-MM-DD); the five year/month-only truths are reported apart.
    expect(ours.datePages).toBeGreaterThanOrEqual(45);
    expect(ours.dateRight / ours.datePages).toBeGreaterThanOrEqual(0.9);
    expect(ours.dateRight).toBeGreaterThan(RAW.dateRight);
  });

  it('leaves no site suffix in titles', () => {
    expect(ours.titleClean).toBe(ours.pages);
  });
});
