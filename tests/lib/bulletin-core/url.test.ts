import { describe, expect, it } from 'vitest';
import { normalizeUrl, pageIdentity } from '../../../lib/bulletin/url';

describe('normalizeUrl', () => {
  it.each([
    ['https://www.gov.cn/a/b.html#top', 'https://www.gov.cn/a/b.html'],
    ['http://www.gov.cn/a/b.html', 'https://www.gov.cn/a/b.html'],
    ['https://WWW.GOV.CN:443/a/b.html', 'https://www.gov.cn/a/b.html'],
    ['https://a.cn/x?utm_source=wx&utm_medium=s&id=3&spm=1.2', 'https://a.cn/x?id=3'],
    ['https://a.cn/x?b=2&a=1', 'https://a.cn/x?a=1&b=2'],
    ['https://a.cn/x?id=3&from=timeline&isappinstalled=0', 'https://a.cn/x?id=3'],
    ['file:///home/u/b.html', 'file:///home/u/b.html'],
  ])('%s -> %s', (input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });

  it.each(['', 'not a url', 'chrome://settings', 'javascript:alert(1)'])('%s -> null', (input) => {
    expect(normalizeUrl(input)).toBeNull();
  });
});

describe('pageIdentity', () => {
  it('honours a same-site canonical link', () => {
    expect(pageIdentity('https://www.a.gov.cn/art/2021/3/22/art_1.html?from=x', '/art/2021/3/22/art_1.html')).toBe('https://www.a.gov.cn/art/2021/3/22/art_1.html');
    expect(pageIdentity('https://m.a.cn/x?id=1', 'https://m.a.cn/article/1')).toBe('https://m.a.cn/article/1');
  });
  it('ignores a canonical pointing to another site', () => {
    expect(pageIdentity('https://a.gov.cn/x.html', 'https://other.com/y')).toBe('https://a.gov.cn/x.html');
  });
  it('ignores a malformed canonical', () => {
    expect(pageIdentity('https://a.gov.cn/x.html', 'http://[bad')).toBe('https://a.gov.cn/x.html');
  });
});
