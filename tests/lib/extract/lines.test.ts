import { describe, expect, it } from 'vitest';
import { collectLines, isHiddenElement, LineReader } from '../../../lib/extract/lines';
import { readLineMeta, readLineMetaFromTop, type LineMetaNeed } from '../../../lib/extract/line-meta';
import { htmlDocument, loadPage } from './fixtures';

const PAGES = ['gov-bulletin.html', 'gov-bulletin-br.html', 'gov-bulletin-gbk.html'];
const ALL: LineMetaNeed = { publishedAt: true, source: true, author: true };

describe('LineReader (collectLines in steps)', () => {
  it('gives what collectLines gives, however the reads are split', () => {
    for (const name of PAGES) {
      const body = loadPage(name).body;
      for (const maxLines of [1, 7, 16, 40, 400, Infinity]) {
        const whole = collectLines(body, { maxLines });
        const reader = new LineReader(body);
        for (const step of [1, 3, 16, 17, 64]) if (step < maxLines) reader.read(step);
        reader.read(maxLines);
        expect(reader.finish(), `${name} ${maxLines}`).toEqual(whole);
      }
    }
  });

  it('stops at the character budget like collectLines', () => {
    const body = htmlDocument(`<html><body>${'<p>一二三四五六七八九十</p>'.repeat(100)}</body></html>`).body;
    const reader = new LineReader(body, { maxChars: 95 });
    reader.read(5);
    expect(reader.done).toBe(false);
    reader.read(Infinity);
    expect(reader.done).toBe(true);
    expect(reader.finish()).toEqual(collectLines(body, { maxChars: 95 }));
  });

  it('keeps hidden elements out and <br> lines apart', () => {
    const body = htmlDocument('<html><body><div>甲<br>乙<span hidden>丙</span></div><p style="display:none">丁</p><p>戊  己\n庚</p></body></html>').body;
    expect(collectLines(body)).toEqual(['甲', '乙', '戊 己 庚']);
  });

  it('tells hidden markup from markup that only looks like it', () => {
    const body = htmlDocument(`<html><body>
      <p hidden>一</p><p aria-hidden="true">二</p><p style="color:red; VISIBILITY: hidden">三</p><p style="display :none">四</p>
      <p aria-hidden="false">甲</p><p aria-hidden="TRUE">乙</p><p style="color: red">丙</p><p class="hidden" id="hidden">丁</p>
      <p data-hidden="true" title="display:none">戊</p><a href="#">己</a></body></html>`).body;
    const hidden = [...body.children].filter(isHiddenElement).map((el) => el.textContent);
    expect(hidden).toEqual(['一', '二', '三', '四']);
  });
});

describe('readLineMetaFromTop', () => {
  it('agrees with readLineMeta on all lines whenever it settles', () => {
    const lines = [
      '首页 工作动态',
      ...Array.from({ length: 20 }, (_, i) => `栏目链接${i}`),
      '河南省科协召开党史学习教育动员大会',
      '发布时间：2021-03-22 16:05 来源：河南省科协 作者：张三',
      ...Array.from({ length: 20 }, (_, i) => `正文第${i}段。`),
    ];
    const title = '河南省科协召开党史学习教育动员大会';
    for (let n = 1; n <= lines.length; n++) {
      const top = readLineMetaFromTop(lines.slice(0, n), title, ALL);
      if (top.meta) expect(top.meta).toEqual(readLineMeta(lines, title, ALL));
      else expect(n).toBeLessThan(21 + 9);
    }
    expect(readLineMetaFromTop(lines.slice(0, 21 + 9), title, ALL).meta).toEqual({ publishedAt: '2021-03-22 16:05', source: '河南省科协', author: '张三' });
    // The title line seen, its window not yet: how many lines it takes.
    expect(readLineMetaFromTop(lines.slice(0, 25), title, ALL).want).toBe(30);
  });

  it('does not settle without an exact title line or a needed date', () => {
    const lines = ['关于河南省科协召开党史学习教育动员大会的报道', ...Array.from({ length: 40 }, (_, i) => `第${i}行`)];
    expect(readLineMetaFromTop(lines, '河南省科协召开党史学习教育动员大会', ALL).meta).toBeUndefined();
    const noDate = ['标题', '作者：李四', ...Array.from({ length: 20 }, (_, i) => `第${i}行`)];
    expect(readLineMetaFromTop(noDate, '标题', ALL).meta).toBeUndefined();
    expect(readLineMetaFromTop(noDate, '标题', { publishedAt: false, source: false, author: true }).meta).toEqual({
      publishedAt: null,
      source: null,
      author: '李四',
    });
  });
});
