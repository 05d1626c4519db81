/**
 * The tuned Readability pass: its cheaper byline and visibility tests answer exactly as
 * Readability's own, and the texts it keeps while cleaning change no article.
 */
import { Readability } from '@mozilla/readability';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { memoizeTextWhileCleaning, runReadabilityPass, skipPostProcessing, useCheapBylineTest, useCheapVisibilityTest } from '../../../lib/extract/readability-pass';
import { collectLines } from '../../../lib/extract/lines';
import { decodeHtml } from '../../../lib/extract/decode';
import { parseHtmlDocument } from '../../../cli/dom';
import { loadEvalCases } from '../../../scripts/eval/dataset';
import { htmlDocument, loadPage } from './fixtures';

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

/**
 * Asks a Readability method about every element of `html`, on a reader as Readability made it
 * and on one with `patch` applied, and expects the same answer each time; returns the answers.
 */
function sameAnswers(html: string, method: string, patch: (reader: object) => void, args: (el: Element) => unknown[]): unknown[] {
  type Methods = Record<string, (...a: unknown[]) => unknown>;
  const original = new Readability(htmlDocument(html)) as unknown as Methods;
  const patched = new Readability(htmlDocument(html)) as unknown as Methods;
  patch(patched);
  expect(patched[method]).not.toBe(original[method]);
  const answers: unknown[] = [];
  for (const el of htmlDocument(html).querySelectorAll('*')) {
    const want = original[method]!(...args(el));
    expect(patched[method]!(...args(el)), el.outerHTML.slice(0, 60)).toBe(want);
    answers.push(want);
  }
  return answers;
}

describe('the cheap byline test', () => {
  it('relies on a method Readability still has (an upgrade that drops it must be looked at)', () => {
    expect(typeof (Readability.prototype as unknown as Internals)._isValidByline).toBe('function');
  });

  it('gives the same answer as Readability’s own test for every element', () => {
    const answers = sameAnswers(page, '_isValidByline', useCheapBylineTest, (el) => [el, `${el.className} ${el.id}`]);
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

type VisibilityInternals = { _isProbablyVisible: (node: Element) => boolean };

describe('the cheap visibility test', () => {
  it('relies on a method Readability still has', () => {
    expect(typeof (Readability.prototype as unknown as VisibilityInternals)._isProbablyVisible).toBe('function');
  });

  it('gives the same answer as Readability’s own test for every element', () => {
    const html = `<!DOCTYPE html><html><head><title>t</title></head><body>
      <p>可见</p><p style="display:none">隐藏</p><div style="visibility: hidden">隐藏</div>
      <span hidden>隐藏</span><div aria-hidden="true">隐藏</div><div aria-hidden="false">可见</div>
      <img aria-hidden="true" class="mwe-math-fallback-image-inline"><div class="a" id="b">可见</div>
      <div class="hidden" data-hidden="true" title="display:none">可见</div><p style="color: red">可见</p>
      <a href="#" style="DISPLAY: NONE">隐藏</a><svg><g style="display:none"><text>图</text></g></svg><br><td>格</td></body></html>`;
    const answers = sameAnswers(html, '_isProbablyVisible', useCheapVisibilityTest, (el) => [el]);
    // Both answers occur (linkedom reads `DISPLAY: NONE` as visible; a browser would not).
    expect(answers.filter((a) => !a).length).toBeGreaterThanOrEqual(5);
    expect(answers.filter(Boolean).length).toBeGreaterThan(8);
  });
});

type CleaningInternals = {
  _cleanConditionally: (e: Element, tag: string) => void;
  _getInnerText: (e: Element, normalizeSpaces?: boolean) => string;
  _removeNodes: (nodes: ArrayLike<Element>, filter?: unknown) => void;
};

/** Readability's options in the pass (with the default serializer, to compare markup). */
const PASS_OPTIONS = { charThreshold: 100, keepClasses: true, disableJSONLD: true };

/** Parses `html` twice over: with Readability's own internals, and with the pass's. */
function parseBothWays(html: string, options: object): { original: unknown; patched: unknown; reads: { original: number; patched: number } } {
  const reads = { original: 0, patched: 0 };
  const run = (tuned: boolean) => {
    const reader = new Readability(parseHtmlDocument(html), options);
    const r = reader as unknown as CleaningInternals;
    // Counts the characters read from the DOM (the memo sits in front of this reader).
    const innerText = r._getInnerText;
    r._getInnerText = function (this: unknown, e, normalize) {
      const text = innerText.call(this, e, normalize);
      reads[tuned ? 'patched' : 'original'] += text.length;
      return text;
    };
    if (tuned) {
      useCheapBylineTest(reader);
      useCheapVisibilityTest(reader);
      memoizeTextWhileCleaning(reader);
    }
    return reader.parse();
  };
  return { original: run(false), patched: run(true), reads };
}

const cases = loadEvalCases();
/** Every eval page and the bulletin fixtures, as markup. */
function corpus(): Array<{ id: string; html: string }> {
  return [
    ...cases.map((c) => ({ id: c.id, html: decodeHtml(new Uint8Array(readFileSync(c.htmlPath))) })),
    ...['gov-bulletin.html', 'gov-bulletin-br.html'].map((id) => ({ id, html: loadPage(id).documentElement.outerHTML })),
  ];
}

describe('the texts kept while cleaning', () => {
  it('relies on methods Readability still has', () => {
    const proto = Readability.prototype as unknown as CleaningInternals;
    for (const name of ['_cleanConditionally', '_getInnerText', '_removeNodes'] as const) expect(typeof proto[name]).toBe('function');
  });

  it('changes no article of the eval pages or the fixtures (with the pass’s options and Readability’s defaults)', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
    const pages = corpus();
    let saved = 0;
    let all = 0;
    for (const { id, html } of pages) {
      for (const options of [PASS_OPTIONS, {}]) {
        const { original, patched, reads } = parseBothWays(html, options);
        expect(patched, id).toEqual(original);
        saved += reads.original - reads.patched;
        all += reads.original;
      }
    }
    // The memo does work: a good share of the text read never comes from the DOM again.
    // Measured: 28% of the characters.
    expect(saved / all).toBeGreaterThan(0.2);
  }, 120_000);
});

describe('skipping Readability’s post-processing', () => {
  it('relies on a method Readability still has', () => {
    expect(typeof (Readability.prototype as unknown as { _postProcessContent: unknown })._postProcessContent).toBe('function');
  });

  it('leaves the article’s text lines as they are on every eval page', () => {
    let changedMarkup = 0;
    for (const { id, html } of corpus()) {
      const parse = (skip: boolean) => {
        const reader = new Readability<Element>(parseHtmlDocument(html), { ...PASS_OPTIONS, serializer: (n: Node) => n as Element });
        if (skip) skipPostProcessing(reader);
        return reader.parse();
      };
      const [full, skipped] = [parse(false), parse(true)];
      expect(!!skipped, id).toBe(!!full);
      if (!full || !skipped) continue;
      expect(collectLines(skipped.content!), id).toEqual(collectLines(full.content!));
      // The pass counts the text's characters, never its whitespace (empty wrappers held some).
      expect(skipped.textContent!.replace(/\s+/g, ''), id).toBe(full.textContent!.replace(/\s+/g, ''));
      if (skipped.content!.outerHTML !== full.content!.outerHTML) changedMarkup++;
    }
    // The step does change the markup (unwrapped and dropped wrappers, links): on 37 pages.
    expect(changedMarkup).toBeGreaterThan(30);
  }, 60_000);
});
