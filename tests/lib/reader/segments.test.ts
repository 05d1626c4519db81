import { describe, expect, it } from 'vitest';
import { joinParagraphs, paragraphOffsets } from '../../../lib/bulletin/model';
import { segmentParagraphs } from '../../../lib/reader/segments';

const paras = ['会议指出，要提高政治站位。', '会议强调，要把党史学习教育激发的精神力量化为动力。'];
const text = joinParagraphs(paras);

describe('segmentParagraphs', () => {
  it('leaves unhighlighted paragraphs whole', () => {
    expect(segmentParagraphs(paras, []).map((s) => s.map((x) => x.text))).toEqual([[paras[0]], [paras[1]]]);
  });

  it('cuts at highlight boundaries and keeps the text identical', () => {
    const start = text.indexOf('党史学习教育');
    const segs = segmentParagraphs(paras, [{ id: 'a', start, end: start + 6, color: 'red' }]);
    expect(segs[1]!.map((s) => s.text).join('')).toBe(paras[1]);
    expect(segs[1]!.find((s) => s.ids.includes('a'))?.text).toBe('党史学习教育');
    expect(segs[1]!.find((s) => s.ids.includes('a'))?.color).toBe('red');
  });

  it('splits a highlight that spans two paragraphs, skipping the separator', () => {
    const start = text.indexOf('政治站位');
    const end = text.indexOf('要把') + 2;
    const segs = segmentParagraphs(paras, [{ id: 'x', start, end, color: 'yellow' }]);
    expect(segs[0]!.filter((s) => s.ids.length).map((s) => s.text)).toEqual(['政治站位。']);
    expect(segs[1]!.filter((s) => s.ids.length).map((s) => s.text)).toEqual(['会议强调，要把']);
  });

  it('nests overlapping highlights, the later-starting one inside', () => {
    const segs = segmentParagraphs(paras, [
      { id: 'outer', start: 0, end: 10, color: 'yellow' },
      { id: 'inner', start: 2, end: 4, color: 'blue' },
    ]);
    const inner = segs[0]!.find((s) => s.ids.includes('inner'))!;
    expect(inner.ids).toEqual(['outer', 'inner']);
    expect(inner.color).toBe('blue');
  });

  it('paragraph offsets match the joined text', () => {
    const offs = paragraphOffsets(paras);
    paras.forEach((p, i) => expect(text.slice(offs[i]!, offs[i]! + p.length)).toBe(p));
  });
});
