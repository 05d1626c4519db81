import { describe, expect, it } from 'vitest';
import { acceptExact, acceptFuzzy, pickBest, scoreContent, type Evidence } from '../../../lib/anchor/score';

/** Evidence at `start` (4 chars long) with the given quote/context/distance. */
const ev = (start: number, quote: number, context: number | null, distance: number | null): Evidence => ({
  start,
  end: start + 4,
  quote,
  context,
  distance,
});

describe('acceptExact', () => {
  it.each([
    ['a unique distinctive quote with little agreeing context', ev(0, 1, 0.35, 5), 12, 1, true],
    ['a unique distinctive quote with no agreeing context (a copy of a cut passage)', ev(0, 1, 0.1, 5), 12, 1, false],
    ['a unique short quote with no agreeing context', ev(0, 1, 0.2, 5), 6, 1, false],
    ['a repeated short quote with agreeing context', ev(0, 1, 0.6, 5), 6, 30, true],
    ['a repeated long quote with disagreeing context', ev(0, 1, 0.3, 5), 20, 2, false],
    ['a 2-char quote with half-agreeing context', ev(0, 1, 0.6, 5), 2, 5, false],
    ['a 2-char quote with agreeing context', ev(0, 1, 0.9, 5), 2, 5, true],
    ['a quote saved without context, unique', ev(0, 1, null, 5), 3, 1, true],
    ['a quote saved without context, repeated', ev(0, 1, null, 5), 3, 2, false],
  ])('%s: %s', (_name, e, length, count, want) => {
    expect(acceptExact(e, length, count)).toBe(want);
  });
});

describe('acceptFuzzy', () => {
  it.each([
    ['too many errors', ev(0, 0.7, 1, 0), 40, false],
    ['a long quote with a few errors and agreeing context', ev(0, 0.85, 0.6, 0), 40, true],
    ['a long quote with a few errors and no agreeing context', ev(0, 0.85, 0.1, 0), 40, false],
    ['a long quote with very few errors and little agreeing context', ev(0, 0.95, 0.35, 0), 40, true],
    ['a long quote with very few errors and no agreeing context', ev(0, 0.95, 0.1, 0), 40, false],
    ['a short quote with one error and perfect context', ev(0, 0.8, 0.9, 0), 5, true],
    ['a short quote with one error and fair context', ev(0, 0.8, 0.7, 0), 5, false],
    ['no context saved, long, close', ev(0, 0.9, null, 0), 30, true],
    ['no context saved, short', ev(0, 0.9, null, 0), 6, false],
  ])('%s: %s', (_name, e, length, want) => {
    expect(acceptFuzzy(e, length)).toBe(want);
  });
});

describe('pickBest', () => {
  it('takes the candidate with clearly the best context, however far', () => {
    const best = ev(5000, 1, 1, 4800);
    expect(pickBest([ev(200, 1, 0.3, 0), best, ev(900, 1, 0.4, 700)])).toBe(best);
  });

  it.each([
    ['a rival 40 chars away', 40, true],
    ['a rival 8 chars away', 8, false],
  ])('takes a candidate exactly at the hint over %s', (_name, gap, wins) => {
    const at = ev(1000, 1, 1, 0);
    expect(pickBest([at, ev(1000 + gap, 1, 1, gap)])).toBe(wins ? at : null);
  });

  it('lets position settle identical twins when the nearer is decisively nearer', () => {
    const near = ev(1000, 1, 1, 10);
    expect(pickBest([near, ev(3000, 1, 1, 1990)])).toBe(near);
  });

  it.each([
    ['twins at similar distances', [ev(1000, 1, 1, 100), ev(1300, 1, 1, 200)]],
    ['the nearer twin only slightly nearer (an ad-sized shift)', [ev(1000, 1, 1, 19), ev(1081, 1, 1, 100)]],
    ['the better context far, the near one almost as good', [ev(1000, 1, 0.95, 5), ev(9000, 1, 1, 8000)]],
  ])('returns null (orphan) for %s', (_name, cands) => {
    expect(pickBest(cands)).toBeNull();
  });

  it('does not count an overlapping candidate as a rival', () => {
    const a = ev(100, 0.9, 1, 0);
    expect(pickBest([a, { ...a, start: 101, end: 105 }])).toBe(a);
  });

  it('without a hint takes the first of equals (W3C semantics)', () => {
    const first = ev(10, 1, 1, null);
    expect(pickBest([first, ev(500, 1, 1, null)])).toBe(first);
  });

  it('returns null for no candidates', () => {
    expect(pickBest([])).toBeNull();
  });

  it('scores content by quote and context only', () => {
    expect(scoreContent(ev(0, 1, 1, 0))).toBe(scoreContent(ev(0, 1, 1, 99999)));
    expect(scoreContent(ev(0, 1, 1, 0))).toBeGreaterThan(scoreContent(ev(0, 0.9, 1, 0)));
  });
});

describe('pickBest when position and context disagree', () => {
  it('orphans when the quote sits exactly at the hint with fair context but better context is elsewhere', () => {
    expect(pickBest([ev(1000, 1, 0.6, 0), ev(5000, 1, 1, 4000)])).toBeNull();
  });

  it('follows the context when what sits at the hint has unrelated context', () => {
    const far = ev(5000, 1, 1, 4000);
    expect(pickBest([ev(1000, 1, 0.2, 0), far])).toBe(far);
  });
});
