import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractBulletin } from '../../../lib/extract/extract';
import { htmlDocument, loadPage, readSeedExpected } from './fixtures';

const expected = readSeedExpected();

describe('extractBulletin on the gov-CMS fixture pages', () => {
  it.each(['gov-bulletin.html', 'gov-bulletin-br.html', 'gov-bulletin-gbk.html'])('%s gives the seed bulletin', (name) => {
    const result = extractBulletin(loadPage(name), { url: 'https://www.hast.net.cn/gzdt/202103/t20210322_1.html' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const d = result.value;
    expect(d.title).toBe(expected.title);
    expect(d.issuer).toBe(expected.issuer);
    expect(d.date).toBe(expected.date);
    expect(d.paragraphs).toEqual(expected.paragraphs);
    expect(d.distribution).toEqual(expected.distribution);
    expect(d.publishedAt).toBe('2021-03-22 16:05');
    expect(d.source).toBe('河南省科协');
    expect(d.siteName).toBe('河南省科学技术协会');
    expect(d.url).toBe('https://www.hast.net.cn/gzdt/202103/t20210322_1.html');
    expect(d.origin).toBe('article');
    expect(d.text).toBe(expected.paragraphs.join('\n\n'));
    // No page chrome leaks into the body.
    expect(d.text).not.toMatch(/字体|打印本页|关闭窗口|备案|浏览次数|当前位置|上一篇/);
  });

  it('does not mutate the document it reads', () => {
    const doc = loadPage('gov-bulletin.html');
    const before = doc.documentElement.outerHTML;
    extractBulletin(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('works on a jsdom Document too, taking the url from doc.URL', () => {
    const html = loadPage('gov-bulletin.html').documentElement.outerHTML;
    const dom = new JSDOM(html, { url: 'https://www.hast.net.cn/a.html' });
    const result = extractBulletin(dom.window.document);
    expect(result.ok && result.value.paragraphs).toEqual(expected.paragraphs);
    expect(result.ok && result.value.url).toBe('https://www.hast.net.cn/a.html');
  });
});

describe('titles and site names', () => {
  const page = (title: string, extra = ''): string =>
    `<!DOCTYPE html><html><head><title>${title}</title>${extra}</head><body><div class="nav"><a href="/">首页</a></div>` +
    `<div class="content"><p>\u3000\u3000近日，市政府召开常务会议，研究部署当前经济运行、安全生产和民生保障等重点工作，要求各部门压实责任、狠抓落实，确保各项任务按期完成。</p>` +
    `<p>\u3000\u3000会议指出，要坚持稳中求进工作总基调，统筹发展和安全，扎实推进高质量发展，持续改善民生福祉，切实维护社会大局稳定。</p></div></body></html>`;

  it.each([
    ['市政府召开常务会议_政务要闻_某某市人民政府', '市政府召开常务会议', '某某市人民政府'],
    ['市政府召开常务会议 - 新华网', '市政府召开常务会议', '新华网'],
    ['市政府召开常务会议|中国政府网', '市政府召开常务会议', '中国政府网'],
    ['市政府召开常务会议-人民网', '市政府召开常务会议', '人民网'],
  ])('<title>%s</title> -> %s', (title, want, site) => {
    const result = extractBulletin(htmlDocument(page(title)));
    expect(result.ok && result.value.title).toBe(want);
    expect(result.ok && result.value.siteName).toBe(site);
  });

  it('prefers meta ArticleTitle and og:site_name', () => {
    const extra = '<meta name="ArticleTitle" content="市政府召开第12次常务会议"><meta property="og:site_name" content="某某市政府网">';
    const result = extractBulletin(htmlDocument(page('常务会议_要闻_某某市', extra)));
    expect(result.ok && result.value.title).toBe('市政府召开第12次常务会议');
    expect(result.ok && result.value.siteName).toBe('某某市政府网');
  });

  it('falls back to the host for siteName', () => {
    const result = extractBulletin(htmlDocument(page('市政府召开常务会议')), { url: 'https://www.example.gov.cn/x.html' });
    expect(result.ok && result.value.siteName).toBe('www.example.gov.cn');
  });
});

describe('modes and failures', () => {
  it('fails with no_article on a page without text', () => {
    const result = extractBulletin(htmlDocument('<!DOCTYPE html><html><head><title>空</title></head><body><nav><a href="/">首页</a></nav><img src="x.png"></body></html>'));
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'no_article' }) });
  });

  it('fails with no_article on navigation and a stray line, but page mode still takes them', () => {
    const doc = htmlDocument('<!DOCTYPE html><html><head><title>导航</title></head><body><ul><li><a href="/a">首页</a></li><li><a href="/b">机构</a></li><li><a href="/c">公开</a></li></ul><div>会议通知：请各单位于周五前报送材料。</div></body></html>');
    expect(extractBulletin(doc)).toEqual({ ok: false, error: expect.objectContaining({ code: 'no_article' }) });
    const whole = extractBulletin(doc, { mode: 'page' });
    expect(whole.ok && whole.value.text).toContain('会议通知：请各单位于周五前报送材料。');
  });

  it('page mode returns every visible line, hidden ones skipped', () => {
    const doc = htmlDocument('<html><head><title>页面_站点</title></head><body><h1>页面</h1><p>第一行文字</p><div style="display:none">隐藏文字</div><p>第二行文字</p><script>var x="脚本";</script></body></html>');
    const result = extractBulletin(doc, { mode: 'page' });
    expect(result.ok && result.value.text).toBe('第一行文字\n\n第二行文字');
    expect(result.ok && result.value.origin).toBe('page');
  });

  it('selection mode clips the selected paragraphs (jsdom selection API)', () => {
    const dom = new JSDOM('<html><body><p id="a">不要这一段。</p><p id="b">会议强调，要抓好落实。</p><p id="c">会议要求，要加强领导。</p></body></html>');
    const doc = dom.window.document;
    const range = doc.createRange();
    range.setStart(doc.getElementById('b')!.firstChild!, 0);
    range.setEnd(doc.getElementById('c')!.firstChild!, 11);
    doc.getSelection()!.addRange(range);
    const result = extractBulletin(doc, { mode: 'selection' });
    expect(result.ok && result.value.paragraphs).toEqual(['会议强调，要抓好落实。', '会议要求，要加强领导。']);
    expect(result.ok && result.value.origin).toBe('selection');
  });

  it('selection mode fails with empty_selection when nothing is selected', () => {
    const dom = new JSDOM('<html><body><p>文字</p></body></html>');
    const result = extractBulletin(dom.window.document, { mode: 'selection' });
    expect(result.ok ? null : result.error.code).toBe('empty_selection');
  });
});
