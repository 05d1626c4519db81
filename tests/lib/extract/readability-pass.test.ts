/** The tuned Readability pass: its cheaper byline test answers exactly as Readability's own. */
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { runReadabilityPass, useCheapBylineTest } from '../../../lib/extract/readability-pass';
import { collectLines } from '../../../lib/extract/lines';
import { htmlDocument } from './fixtures';

const PROSE = '全省各级科协组织要把党史学习教育作为当前的重大政治任务，精心组织，周密安排，确保取得实效。';
const page = `<!DOCTYPE html><html><head><title>省科协召开动员大会</title></head><body>
  <div class="header"><a href="/">首页</a></div>
  <div class="content">
    <h1>省科协召开动员大会</h1>
    <div class="author-info">作者：王某某</div>
    <p rel="author">rel 作者</p>
    <span itemprop="author"><span itemprop="name">李某</span></span>
    <div class="byline">${'很长的署名栏'.repeat(20)}</div>
    <div class="author"></div>
    <div id="writtenby-box">张三</div>
    <p class="text">${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p>
  </div></body></html>`;

type Internals = { _isValidByline: (node: Element, matchString: string) => boolean };

describe('the cheap byline test', () => {
  it('relies on a method Readability still has (an upgrade that drops it must be looked at)', () => {
    expect(typeof (Readability.prototype as unknown as Internals)._isValidByline).toBe('function');
  });

  it('gives the same answer as Readability’s own test for every element', () => {
    const doc = htmlDocument(page);
    const original = new Readability(htmlDocument(page)) as unknown as Internals;
    const patched = new Readability(htmlDocument(page)) as unknown as Internals;
    useCheapBylineTest(patched);
    expect(patched._isValidByline).not.toBe(original._isValidByline);
    const answers: boolean[] = [];
    for (const el of doc.querySelectorAll('*')) {
      const matchString = `${el.className} ${el.id}`;
      const want = original._isValidByline(el, matchString);
      expect(patched._isValidByline(el, matchString), el.outerHTML.slice(0, 60)).toBe(want);
      answers.push(want);
    }
    // Both answers occur: bylines by class, id, rel and itemprop; too long and empty ones are not.
    expect(answers.filter(Boolean).length).toBeGreaterThanOrEqual(4);
    expect(answers.filter((a) => !a).length).toBeGreaterThan(4);
  });

  it('still lets the pass take the byline out of the article', () => {
    const article = runReadabilityPass(htmlDocument(page), { charThreshold: 100 });
    expect(article).not.toBeNull();
    const lines = collectLines(article!.root);
    expect(lines.join('\n')).toContain(PROSE);
    expect(lines.join('\n')).not.toContain('作者：王某某');
    expect(article!.byline).toBe('作者：王某某');
  });
});
