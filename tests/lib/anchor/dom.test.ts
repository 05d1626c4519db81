import { describe, expect, it } from 'vitest';
import type { RangeSelector, Selector } from '../../../lib/bulletin/model';
import { describeRange } from '../../../lib/anchor/describe';
import { anchorInDom, anchorInRoot, rangeSelectorToTextPosition, rangeToTextPosition, textPositionToRange } from '../../../lib/anchor/dom';
import { parseWithJsdom } from './jsdom-doc';

const HTML = `<html><body><h1>河南省科协召开党史学习教育动员大会</h1>
<div class="content"><p>\u3000\u30003月18日，河南省科协召开<b>党史学习教育</b>动员大会。</p>
<p>\u3000\u3000会议强调，要深入开展<i>党史</i>学习教育。<!-- 注释不算文字 --></p><p></p>
<p>\u3000\u3000省科协党组成员出席。</p></div></body></html>`;

/** A fresh document and its body. */
function setup() {
  const doc = parseWithJsdom(HTML);
  return { doc, body: doc.body, text: doc.body.textContent ?? '' };
}

describe('textPositionToRange / rangeToTextPosition', () => {
  const { text } = setup();
  const spans: [string, number, number][] = [
    ['inside one text node', text.indexOf('河南'), text.indexOf('河南') + 4],
    ['across an element boundary', text.indexOf('召开党史'), text.indexOf('动员大会。')],
    ['across paragraphs', text.indexOf('大会。'), text.indexOf('会议强调') + 4],
    ['a whole element', text.indexOf('党史学习教育动员大会。'), text.indexOf('党史学习教育动员大会。') + 6],
    ['the very end', text.length - 3, text.length],
    ['collapsed', 10, 10],
  ];

  it.each(spans)('round-trips %s', (_name, start, end) => {
    const { body } = setup();
    const range = textPositionToRange(body, start, end);
    expect(range.toString()).toBe(text.slice(start, end));
    expect(rangeToTextPosition(body, range)).toEqual({ start, end });
  });

  it('hugs the text: a start on a node boundary begins in the next text node', () => {
    const { body } = setup();
    const start = text.indexOf('党史学习教育动员大会。');
    const range = textPositionToRange(body, start, start + 2);
    expect(range.startContainer.parentElement?.nodeName).toBe('B');
  });

  it('reads element-container boundaries', () => {
    const { doc, body } = setup();
    const range = doc.createRange();
    range.selectNodeContents(doc.querySelector('b')!);
    expect(rangeToTextPosition(body, range)).toEqual({
      start: text.indexOf('党史学习教育动员大会。'),
      end: text.indexOf('党史学习教育动员大会。') + 6,
    });
  });

  it('clamps offsets past the end', () => {
    const { body } = setup();
    expect(textPositionToRange(body, text.length - 2, text.length + 50).toString()).toBe(text.slice(-2));
  });
});

describe('describeRange then anchorInDom', () => {
  it('describes a selection as range, position and quote selectors that anchor back by range', () => {
    const { doc, body, text } = setup();
    const start = text.indexOf('深入开展');
    const range = textPositionToRange(body, start, start + 10);
    const selectors = describeRange(body, range);
    expect(selectors.map((s) => s.type)).toEqual(['RangeSelector', 'TextPositionSelector', 'TextQuoteSelector']);
    const r = selectors[0] as RangeSelector;
    expect(r.startContainer).toBe('/div[1]/p[2]');
    expect(doc.evaluate('.' + r.startContainer, body, null, 9, null).singleNodeValue?.textContent?.slice(r.startOffset, r.startOffset + 4)).toBe('深入开展');
    const found = anchorInDom(body, selectors)!;
    expect(found.match.method).toBe('range');
    expect(found.range.toString()).toBe('深入开展党史学习教育');
  });

  it('falls back to the quote when the page gained a paragraph (stale range and position)', () => {
    const { body, text } = setup();
    const start = text.indexOf('党史学习教育动员大会。');
    const selectors = describeRange(body, textPositionToRange(body, start, start + 6));
    const changed = parseWithJsdom(HTML.replace('<div class="content">', '<div class="content"><p>【推广】新增的一段广告文字。</p>'));
    const found = anchorInDom(changed.body, selectors)!;
    expect(found.match.method).toBe('quote');
    expect(found.range.toString()).toBe('党史学习教育');
    expect(found.range.startContainer.parentElement?.nodeName).toBe('B');
  });

  it('ignores a range hint whose text is not the quote', () => {
    const { body, text } = setup();
    const start = text.indexOf('省科协党组');
    const selectors = describeRange(body, textPositionToRange(body, start, start + 5));
    const bad: Selector[] = selectors.map((s) => (s.type === 'RangeSelector' ? { ...s, startContainer: '/div[1]/p[1]', endContainer: '/div[1]/p[1]' } : s));
    expect(anchorInRoot(body, bad)?.method).toBe('position');
  });

  it.each([
    ['an XPath that no longer resolves', '/div[9]/p[1]', 0, 2],
    ['offsets past the element text', '/h1[1]', 0, 999],
  ])('returns no hint for %s', (_name, xpath, startOffset, endOffset) => {
    const { body } = setup();
    const sel: RangeSelector = { type: 'RangeSelector', startContainer: xpath, startOffset, endContainer: xpath, endOffset };
    expect(rangeSelectorToTextPosition(body, sel)).toBeNull();
  });

  it('returns null when nothing anchors', () => {
    const { body } = setup();
    expect(anchorInDom(body, [{ type: 'TextQuoteSelector', exact: '完全不存在的句子内容', prefix: '', suffix: '' }])).toBeNull();
  });
});
