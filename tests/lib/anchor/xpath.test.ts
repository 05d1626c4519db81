import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { elementFromXPath, xpathFromElement } from '../../../lib/anchor/xpath';

const { document } = parseHTML(
  '<html><body><div><p>一</p><p>二<b>粗</b></p></div><div><P>三</P><span>四</span></div></body></html>',
);
const body = document.body as unknown as Element;

describe('xpath', () => {
  it.each([
    ['/div[1]/p[1]', '一'],
    ['/div[1]/p[2]/b[1]', '粗'],
    ['/div[2]/p[1]', '三'],
    ['/DIV[2]/SPAN[1]', '四'],
    ['/div[2]/span', '四'],
  ])('resolves %s', (xpath, text) => {
    expect(elementFromXPath(xpath, body)?.textContent).toBe(text);
  });

  it.each(['/div[3]', '/div[1]/p[0]', '//p', '/div[1]/text()[1]', 'div[1]', "/div[1][@id='x']"])(
    'does not resolve %s',
    (xpath) => {
      expect(elementFromXPath(xpath, body)).toBeNull();
    },
  );

  it('round-trips every element', () => {
    for (const el of body.querySelectorAll('*')) {
      expect(elementFromXPath(xpathFromElement(el, body), body)).toBe(el);
    }
  });

  it('is empty for the root itself', () => {
    expect(xpathFromElement(body, body)).toBe('');
    expect(elementFromXPath('', body)).toBe(body);
  });
});
