import { describe, expect, it } from 'vitest';
import { foldCharCode, foldString, foldText, toFoldedOffset, toRawSpan } from '../../../lib/anchor/fold';

describe('foldCharCode', () => {
  it.each([
    ['，', ','],
    ['。', '.'],
    ['：', ':'],
    ['（', '('],
    ['、', ','],
    ['“', '"'],
    ['》', '>'],
    ['Ａ', 'A'],
    ['１', '1'],
    ['党', '党'],
    ['a', 'a'],
  ])('folds %s to %s', (from, to) => {
    expect(String.fromCharCode(foldCharCode(from.charCodeAt(0)))).toBe(to);
  });

  it.each([' ', '\n', '\t', '\r', '\u3000', '\u00a0', '\u200b', '\ufeff'])('drops whitespace %j', (c) => {
    expect(foldCharCode(c.charCodeAt(0))).toBe(-1);
  });
});

describe('foldText', () => {
  it.each([
    ['　　党史学习教育，\n深入开展。', '党史学习教育,深入开展.'],
    ['a b\tc', 'abc'],
    ['', ''],
    ['   ', ''],
  ])('folds %j to %j', (raw, folded) => {
    expect(foldText(raw).folded).toBe(folded);
    expect(foldString(raw)).toBe(folded);
  });

  it('maps every folded char back to its raw offset', () => {
    const raw = '　　一、 总体要求\n（一）指导思想';
    const ft = foldText(raw);
    for (let i = 0; i < ft.folded.length; i++) {
      expect(String.fromCharCode(foldCharCode(raw.charCodeAt(ft.map[i]!)))).toBe(ft.folded[i]);
    }
  });

  it.each([
    [0, 0],
    [2, 0],
    [3, 1],
    [5, 2],
    [99, 4],
  ])('raw offset %i is folded offset %i', (raw, folded) => {
    expect(toFoldedOffset(foldText('　　甲乙 丙丁'), raw)).toBe(folded);
  });

  it('returns the raw span from the first to the last folded char', () => {
    const ft = foldText('　　甲乙 丙丁');
    expect(toRawSpan(ft, 1, 3)).toEqual({ start: 3, end: 6 });
  });
});
