import { describe, expect, it } from 'vitest';
import { CONTEXT_CHARS, MAX_RAW_CONTEXT, describeTextRange } from '../../../lib/anchor/text-quote';
import { foldString } from '../../../lib/anchor/fold';

const LONG = '一二三四五六七八九十'.repeat(8);

describe('describeTextRange', () => {
  it('returns the quote, its position and 32 chars of context on each side', () => {
    const text = LONG + '党史学习教育' + LONG;
    const [q, p] = describeTextRange(text, 80, 86);
    expect(p).toEqual({ type: 'TextPositionSelector', start: 80, end: 86 });
    expect(q.exact).toBe('党史学习教育');
    expect(q.prefix).toBe(text.slice(80 - CONTEXT_CHARS, 80));
    expect(q.suffix).toBe(text.slice(86, 86 + CONTEXT_CHARS));
  });

  it.each([
    ['line breaks and spaces', '\n    '],
    ['U+3000 indents', '\u3000\u3000'],
  ])('does not count %s towards the context', (_name, pad) => {
    const text = (LONG.slice(0, 40).split('').join(pad)) + '目标' + LONG;
    const start = text.indexOf('目标');
    const [q] = describeTextRange(text, start, start + 2);
    expect(foldString(q.prefix)).toHaveLength(CONTEXT_CHARS);
  });

  it('never reaches further than MAX_RAW_CONTEXT raw chars', () => {
    const text = '前' + ' '.repeat(1000) + '目标' + ' '.repeat(1000) + '后';
    const [q] = describeTextRange(text, 1001, 1003);
    expect(q.prefix).toHaveLength(MAX_RAW_CONTEXT);
    expect(q.suffix).toHaveLength(MAX_RAW_CONTEXT);
  });

  it('cuts context at a sentence boundary when the passage stays unique', () => {
    const text = '上一句话说的是别的事情很长很长。本句开头八个字以上的内容在这里目标在此处然后还有更多的字。下一句的内容也很长很长很长很长。';
    const start = text.indexOf('目标');
    const [q] = describeTextRange(text, start, start + 2);
    expect(q.prefix).toBe('本句开头八个字以上的内容在这里');
    expect(q.suffix).toBe('在此处然后还有更多的字。');
  });

  it('keeps the full context when the shortened one would be ambiguous', () => {
    const sentence = '本句开头八个字以上的内容在这里目标在此处然后还有更多的字。';
    const text = '第一段不同的前文很长很长很长很长很长。' + sentence + '第二段也不同的后文很长很长很长很长很长。' + sentence + '结尾。';
    const start = text.lastIndexOf('目标');
    const [q] = describeTextRange(text, start, start + 2);
    const whole = q.prefix + q.exact + q.suffix;
    expect(text.indexOf(whole)).toBe(text.lastIndexOf(whole));
    // The prefix could be cut (the suffix "结尾。" disambiguates), the suffix could not.
    expect(q.prefix).toBe('本句开头八个字以上的内容在这里');
    expect(q.suffix).toBe('在此处然后还有更多的字。结尾。');
  });

  it('keeps the prefix whole when the sentence before is what tells repeats apart', () => {
    const sentence = '本句开头八个字以上的内容在这里目标在此处然后还有更多的字。';
    const text = '第一段不同的前文很长很长很长很长很长。' + sentence + '第二段也不同的后文很长很长很长很长很长。' + sentence;
    const start = text.lastIndexOf('目标');
    const [q] = describeTextRange(text, start, start + 2);
    expect(q.prefix).toContain('后文');
  });

  it.each([
    [5, 2, 2, 5],
    [-3, 4, 0, 4],
    [3, 999, 3, 10],
  ])('normalises offsets (%i, %i) to (%i, %i)', (s, e, ws, we) => {
    const [, p] = describeTextRange('0123456789', s, e);
    expect([p.start, p.end]).toEqual([ws, we]);
  });

  it('describes an empty text without context', () => {
    expect(describeTextRange('', 0, 0)[0]).toEqual({ type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' });
  });
});
