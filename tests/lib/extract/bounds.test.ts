import { describe, expect, it } from 'vitest';
import { extractBulletin } from '../../../lib/extract/extract';
import { collectLines } from '../../../lib/extract/lines';
import { exceedsDomLimits, MAX_ELEMENTS } from '../../../lib/extract/article-lines';
import { parseHtmlDocument, slimHtml } from '../../../cli/dom';
import { htmlDocument } from './fixtures';

const PARAGRAPH = '<p>\u3000\u3000会议指出，要提高政治站位，充分认识开展党史学习教育的重大意义，扎实推进各项工作落地见效。</p>';

describe('bounded cost on hostile pages', () => {
  it('clips a 10 MB page (inline scripts, base64 images, a long table) through the CLI path', () => {
    const script = `<script>window.__DATA__=${JSON.stringify({ items: 'x'.repeat(200_000) })};</script>`;
    const image = `<img src="data:image/png;base64,${'A'.repeat(300_000)}">`;
    const rows = '<tr><td><a href="/x">链接</a></td><td>表格单元格文字内容</td></tr>'.repeat(2000);
    let html = `<!DOCTYPE html><html><head><title>大页面标题_站点</title>${script}</head><body><div id="article"><h1>大页面标题</h1>${PARAGRAPH.repeat(40)}</div><table>${rows}</table>`;
    while (html.length < 10 * 1024 * 1024) html += script + image;
    const slim = slimHtml(`${html}</body></html>`);
    expect(slim.html.length).toBeLessThan(1024 * 1024);
    const result = extractBulletin(parseHtmlDocument(slim.html));
    expect(result.ok && result.value.title).toBe('大页面标题');
    expect(result.ok && result.value.paragraphs.length).toBe(40);
  });

  it('cuts markup past the cap on a tag boundary', () => {
    const slim = slimHtml(`<html><body>${'<p>文字内容</p>'.repeat(400_000)}</body></html>`);
    expect(slim.truncated).toBe(true);
    expect(slim.html.endsWith('</p>')).toBe(true);
  });

  it('skips Readability on a DOM past the element cap and still finds the article', () => {
    const links = '<li><a href="/x">栏目链接</a></li>'.repeat(Math.ceil(MAX_ELEMENTS / 2) + 10);
    const doc = htmlDocument(`<!DOCTYPE html><html><head><title>大页面_站点</title></head><body><ul>${links}</ul><div id="a">${PARAGRAPH.repeat(30)}</div></body></html>`);
    expect(exceedsDomLimits(doc, MAX_ELEMENTS, 200)).toBe(true);
    const result = extractBulletin(doc);
    expect(result.ok && result.value.paragraphs.length).toBe(30);
  });

  it('clips a page nested 5,000 elements deep', () => {
    const depth = 5000;
    const html = `<!DOCTYPE html><html><head><title>深层嵌套_站点</title></head><body>${'<div>'.repeat(depth)}${PARAGRAPH.repeat(5)}${'</div>'.repeat(depth)}</body></html>`;
    const doc = htmlDocument(html);
    const result = extractBulletin(doc);
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.paragraphs[0]).toContain('会议指出');
    expect(collectLines(doc.body)).toHaveLength(5);
  });

  it('survives unclosed and mis-nested tags', () => {
    const html = `<html><head><title>残缺页面</title><body><div><p>\u3000\u3000第一段文字，内容完整，足以成为正文的一部分。<p>第二段<b>粗体<i>斜体</b>文字</i>继续。<table><tr><td>${PARAGRAPH}`;
    const result = extractBulletin(htmlDocument(html));
    expect(result.ok && result.value.text).toContain('第一段文字');
  });

  it('collectLines stops at its character and line budgets', () => {
    const doc = htmlDocument(`<html><body>${'<p>一二三四五六七八九十</p>'.repeat(1000)}</body></html>`);
    expect(collectLines(doc.body, { maxChars: 100 }).length).toBeLessThanOrEqual(11);
    expect(collectLines(doc.body, { maxLines: 7 })).toHaveLength(7);
  });
});
