import { describe, expect, it } from 'vitest';
import { parseAnnotations, toSelector } from '../../../lib/anchor/annotations';

const quote = { type: 'TextQuoteSelector', exact: '党史', prefix: '开展', suffix: '学习' };
const position = { type: 'TextPositionSelector', start: 3, end: 5 };

describe('parseAnnotations', () => {
  it.each([
    ['Hypothesis API rows', { rows: [{ id: 'a', target: [{ source: 'x', selector: [quote, position] }] }] }],
    ['a plain array', [{ id: 'a', target: { selector: [quote, position] } }]],
    ['a plain array with a target list', [{ id: 'a', target: [{ selector: [quote, position] }] }]],
  ])('reads %s', (_name, data) => {
    const r = parseAnnotations(JSON.stringify(data));
    expect(r).toEqual({ ok: true, value: [{ id: 'a', selectors: [quote, position] }] });
  });

  it('keeps annotations without usable selectors (they become orphans), in order', () => {
    const r = parseAnnotations(JSON.stringify([{ id: 1, target: {} }, { id: 2, target: { selector: quote } }]));
    expect(r.ok && r.value).toEqual([
      { id: 1, selectors: [] },
      { id: 2, selectors: [quote] },
    ]);
  });

  it.each([
    ['not JSON', '{rows:'],
    ['a bare object', '{"total": 3}'],
    ['a number', '42'],
    ['a row that is not an object', '[1]'],
  ])('rejects %s', (_name, json) => {
    const r = parseAnnotations(json);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe('unsupported_input');
  });
});

describe('toSelector', () => {
  it.each([
    [{ type: 'TextPositionSelector', start: -1, end: 3 }],
    [{ type: 'TextPositionSelector', start: 5, end: 3 }],
    [{ type: 'TextPositionSelector', start: '1', end: 3 }],
    [{ type: 'TextQuoteSelector', prefix: 'x' }],
    [{ type: 'RangeSelector', startContainer: '/p[1]', startOffset: 0, endContainer: 3, endOffset: 1 }],
    [{ type: 'CssSelector', value: 'p' }],
    [null],
  ])('drops malformed %j', (v) => {
    expect(toSelector(v)).toBeNull();
  });

  it('fills a missing prefix/suffix with empty strings', () => {
    expect(toSelector({ type: 'TextQuoteSelector', exact: '党史' })).toEqual({
      type: 'TextQuoteSelector',
      exact: '党史',
      prefix: '',
      suffix: '',
    });
  });
});
