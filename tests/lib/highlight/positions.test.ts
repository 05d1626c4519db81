import { describe, expect, it } from 'vitest';
import { textPositionToRange } from '../../../lib/anchor/dom';
import { readTextSliced, spansToPoints, spansToRanges } from '../../../lib/highlight/positions';
import { createSlicer } from '../../../lib/highlight/slicer';
import { BULLETIN, makePage } from './page';

/** A slicer whose every check is past the slice: it yields as often as it is asked. */
function alwaysYield() {
  let yields = 0;
  let clock = 0;
  const slicer = createSlicer({ sliceMs: 1, now: () => (clock += 2), yieldToLoop: async () => void yields++ });
  return { slicer, yields: () => yields };
}

describe('positions', () => {
  it('reads the body text in slices, equal to textContent', async () => {
    const { doc } = makePage(BULLETIN.repeat(60) + '<script>var a = "脚本";</script>');
    const { slicer, yields } = alwaysYield();
    expect(await readTextSliced(doc.body, slicer)).toBe(doc.body.textContent);
    expect(yields()).toBeGreaterThan(0);
  });

  it('maps many spans in one (sliced) walk exactly like textPositionToRange', async () => {
    const { doc } = makePage(BULLETIN.repeat(30));
    const len = doc.body.textContent!.length;
    const spans = Array.from({ length: 80 }, (_, i) => {
      const start = (i * 97) % (len - 1);
      return { start, end: Math.min(len, start + 1 + ((i * 13) % 40)) };
    });
    spans.push({ start: len, end: len + 5 }, { start: 0, end: len });
    const { slicer, yields } = alwaysYield();
    const ranges = await spansToRanges(doc.body, spans, slicer);
    expect(yields()).toBeGreaterThan(0);
    spans.forEach((s, i) => {
      const want = textPositionToRange(doc.body, s.start, s.end);
      expect(ranges[i]!.toString(), `span ${i}`).toBe(want.toString());
      expect([ranges[i]!.startContainer, ranges[i]!.startOffset, ranges[i]!.endContainer, ranges[i]!.endOffset]).toEqual([want.startContainer, want.startOffset, want.endContainer, want.endOffset]);
    });
  });

  it('has no points in a body without text', async () => {
    const { doc } = makePage('<div><img alt=""></div>');
    expect(await spansToPoints(doc.body, [{ start: 0, end: 3 }])).toEqual([null]);
    const [r] = await spansToRanges(doc.body, [{ start: 0, end: 3 }]);
    expect(r!.collapsed).toBe(true);
  });
});
