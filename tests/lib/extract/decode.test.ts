import { describe, expect, it } from 'vitest';
import { decodeHtml, findDeclaredCharset } from '../../../lib/extract/decode';
import { readPageBytes } from './fixtures';

/** GBK bytes of 简报 (U+7B80 U+62A5). */
const JIANBAO_GBK = [0xbc, 0xf2, 0xb1, 0xa8];
const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));

describe('decodeHtml', () => {
  it('honours <meta charset=gbk> on real GBK bytes', () => {
    const bytes = Uint8Array.from([...ascii('<html><head><meta charset="gbk"></head><body>'), ...JIANBAO_GBK, ...ascii('</body></html>')]);
    expect(decodeHtml(bytes)).toContain('<body>简报</body>');
  });

  it('honours http-equiv Content-Type with gb2312', () => {
    const bytes = Uint8Array.from([...ascii('<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>'), ...JIANBAO_GBK]);
    expect(decodeHtml(bytes)).toContain('<p>简报');
  });

  it('reads undeclared legacy bytes as GB18030', () => {
    expect(decodeHtml(Uint8Array.from([...ascii('<p>'), ...JIANBAO_GBK]))).toBe('<p>简报');
  });

  it('strips a UTF-8 BOM and decodes UTF-16LE with its BOM', () => {
    expect(decodeHtml(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<p>简报')]))).toBe('<p>简报');
    const utf16 = [0xff, 0xfe, ...Array.from('<p>简报').flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])];
    expect(decodeHtml(Uint8Array.from(utf16))).toBe('<p>简报');
  });

  it('keeps valid UTF-8 even under a stale gb2312 declaration (re-saved pages)', () => {
    const bytes = new TextEncoder().encode('<meta charset="gb2312"><p>工作简报第12期</p>');
    expect(decodeHtml(bytes)).toContain('工作简报第12期');
  });

  it('decodes the GBK fixture page identically to the UTF-8 one', () => {
    const gbk = decodeHtml(readPageBytes('gov-bulletin-gbk.html'));
    const utf8 = decodeHtml(readPageBytes('gov-bulletin.html'));
    expect(gbk.replace('charset="gbk"', 'charset="utf-8"')).toBe(utf8);
  });

  it.each([
    ['<meta charset=GB2312>', 'gb2312'],
    ["<meta http-equiv='content-type' content='text/html;charset=GBK'>", 'gbk'],
    ['<?xml version="1.0" encoding="GB18030"?><html>', 'gb18030'],
    ['<html><head><title>x</title>', null],
  ])('findDeclaredCharset(%s) = %s', (head, want) => {
    expect(findDeclaredCharset(new TextEncoder().encode(head))).toBe(want);
  });
});
