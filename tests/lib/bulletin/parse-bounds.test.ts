/**
 * Bad and huge input: parsing must finish (bounded, linear work) and never throw. No time is
 * asserted; a regression to quadratic work or a catastrophic regex shows as a test timeout.
 */
import { describe, expect, it } from 'vitest';
import { parseBulletin, parseTextBulletin } from '../../../lib/bulletin/parse';
import { normalizeSpacing } from '../../../lib/text/spacing';

const TEN_MB = 10 * 1024 * 1024;

describe('parsing bounds', () => {
  it('parses a 10 MB hard-wrapped text', () => {
    const line = '会议指出，要提高政治站位，充分认识开展党史学习教育的重大意';
    const lines: string[] = [];
    let size = 0;
    for (let i = 0; size < TEN_MB; i++) {
      const l = i % 9 === 8 ? '义。' : line;
      lines.push(l, '');
      size += l.length * 3 + 2;
    }
    const draft = parseTextBulletin(lines.join('\n'));
    expect(draft.paragraphs.length).toBeGreaterThan(1000);
    expect(draft.paragraphs[0]!.endsWith('义。')).toBe(true);
  });

  it('parses a 10 MB text that is one single line', () => {
    const draft = parseTextBulletin('建党 100 周年，'.repeat(TEN_MB / 20));
    expect(draft.paragraphs).toHaveLength(1);
    expect(draft.paragraphs[0]!.startsWith('建党100周年，')).toBe(true);
  });

  it('parses 2 MB of short lines (one block each)', () => {
    const lines = Array.from({ length: 140_000 }, (_, i) => `第${i}项`);
    const got = parseBulletin({ lines });
    expect(got.paragraphs.length + got.headings.length).toBeGreaterThan(130_000);
  });

  it('survives pathological lines for every regex', () => {
    const nasty = [
      '发布时间：'.repeat(20_000),
      '来源：'.repeat(50_000),
      '2021-'.repeat(100_000),
      '（'.repeat(100_000),
      '(a'.repeat(100_000),
      '一、'.repeat(100_000),
      '报：'.repeat(100_000),
      '附件'.repeat(100_000),
      ' '.repeat(100_000) + 'x',
      '第 '.repeat(100_000),
      '〔2021〕'.repeat(50_000),
      '年 '.repeat(100_000),
      '【字体：大 中 小】'.repeat(30_000),
      '首页 > '.repeat(50_000),
    ];
    const got = parseBulletin({ lines: nasty });
    expect(got).toBeTruthy();
    for (const s of nasty) expect(typeof normalizeSpacing(s)).toBe('string');
  });

  it('turns binary junk into a draft without throwing', () => {
    let junk = '';
    for (let i = 0; i < 200_000; i++) junk += String.fromCharCode((i * 7919) % 65536);
    const draft = parseTextBulletin(junk);
    expect(Array.isArray(draft.paragraphs)).toBe(true);
  });
});
