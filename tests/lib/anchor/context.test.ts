import { describe, expect, it } from 'vitest';
import { scoreContext, scorePrefix, scoreSuffix } from '../../../lib/anchor/context';

const TEXT = '会议强调，要深入开展党史学习教育，推动各项工作落实。';
const AT = TEXT.indexOf('党史学习教育');
const END = AT + '党史学习教育'.length;

describe('scorePrefix', () => {
  it.each([
    ['要深入开展', 1],
    ['', null],
    ['要深X开展', 0.8],
    ['要深入开展了', 1 - 1 / 6],
    ['完全不同的文字', 0],
  ])('prefix %j scores %s', (prefix, score) => {
    const got = scorePrefix(TEXT, AT, prefix);
    if (score === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(score, 5);
  });

  it('scores a prefix longer than the text before it by what is there', () => {
    expect(scorePrefix('甲乙丙', 1, '丁甲')).toBeCloseTo(0.5, 5);
  });
});

describe('scoreSuffix', () => {
  it.each([
    ['，推动各项', 1],
    ['，推各项', 0.75],
    ['', null],
    ['，推动各项工作落实。后面没有了', 10 / 15],
  ])('suffix %j scores %s', (suffix, score) => {
    const got = scoreSuffix(TEXT, END, suffix);
    if (score === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(score, 5);
  });
});

describe('scoreContext', () => {
  it('weights each side by its saved length', () => {
    // prefix (4 chars) perfect, suffix (2 chars) wrong entirely.
    expect(scoreContext(TEXT, AT, END, '深入开展', '甲乙')).toBeCloseTo(4 / 6, 5);
  });

  it('is null when no context was saved', () => {
    expect(scoreContext(TEXT, AT, END, '', '')).toBeNull();
  });

  it('uses the one side that was saved', () => {
    expect(scoreContext(TEXT, AT, END, '', '，推动')).toBe(1);
  });
});
