/** The windowed list's arithmetic: which rows are rendered, where to scroll to reveal one. */
import { describe, expect, it } from 'vitest';
import { computeWindow, revealRow } from '../../components/library/virtual-window';

describe('computeWindow', () => {
  it.each([
    // scrollTop, viewport, rowHeight, count, overscan -> start, end
    [0, 800, 100, 100_000, 6, 0, 15],
    [10_000, 800, 100, 100_000, 6, 94, 115],
    [10_050, 800, 100, 100_000, 0, 100, 109],
    [9_999_000, 800, 100, 100_000, 6, 99_984, 100_000],
    [0, 800, 100, 3, 6, 0, 3],
    [0, 800, 100, 0, 6, 0, 0],
  ])('scrollTop %i, viewport %i, row %i, %i rows, overscan %i: rows [%i, %i)', (top, vp, h, n, over, start, end) => {
    expect(computeWindow(top, vp, h, n, over)).toEqual({ start, end });
  });

  it('renders a bounded number of rows however long the list', () => {
    for (const count of [100, 10_000, 100_000]) {
      const w = computeWindow(count * 50, 900, 112, count);
      expect(w.end - w.start).toBeLessThanOrEqual(Math.ceil(900 / 112) + 2 + 12);
    }
  });

  it('a scroll position past the end (list shrank) still yields the last screenful', () => {
    expect(computeWindow(1_000_000, 800, 100, 10, 0)).toEqual({ start: 2, end: 10 });
  });
});

describe('revealRow', () => {
  it.each([
    // index, scrollTop, viewport, rowHeight -> new scrollTop (null: already visible)
    [5, 0, 800, 100, null],
    [7, 0, 800, 100, null],
    [8, 0, 800, 100, 100],
    [2, 500, 800, 100, 200],
    [0, 0, 50, 100, null],
  ])('row %i at scrollTop %i (viewport %i, row %i) -> %s', (index, top, vp, h, to) => {
    expect(revealRow(index, top, vp, h)).toBe(to);
  });
});
