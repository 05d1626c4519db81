/**
 * A fresh jsdom window per test (jsdom has no CSS.highlights: the <mark> fallback runs by
 * default; the CSS path gets a fake registry). @types/jsdom is not installed, so the one
 * shape used is typed here.
 */
import { createRequire } from 'node:module';

interface JsdomModule {
  JSDOM: new (html: string, options?: { url?: string }) => { window: Window & typeof globalThis };
}

const require = createRequire(import.meta.url);
const { JSDOM } = require('jsdom') as JsdomModule;

/** Parses a page; returns its window and document. */
export function makePage(body: string, url = 'https://www.example.gov.cn/jb/2021/t20210601_1.html'): { win: Window & typeof globalThis; doc: Document } {
  const { window } = new JSDOM(`<!doctype html><html><head><title>工作简报</title></head><body>${body}</body></html>`, { url });
  return { win: window, doc: window.document };
}

/** Selects text[start, end) of `el`'s single text node in the document's selection. */
export function selectText(doc: Document, node: Node, start: number, end: number, endNode: Node = node): Range {
  const range = doc.createRange();
  range.setStart(node, start);
  range.setEnd(endNode, end);
  const sel = doc.getSelection()!;
  sel.removeAllRanges();
  sel.addRange(range);
  return range;
}

/** The seed bulletin paragraphs used across tests. */
export const BULLETIN = `
<h1>党史学习教育简报</h1>
<p id="p1">各级党组织把党史学习教育作为重要政治任务，增强“四个意识”、坚定“四个自信”、做到“两个维护”。</p>
<p id="p2">市委组织部开展“我为群众办实事”实践活动，共办结民生实事<b>1200</b>余件，群众满意率达到98%。</p>
<ul>
  <li>推动党史学习教育走深走实。</li>
  <li>切实把学习成果转化为工作动力。</li>
</ul>
<p id="p3">下一步，将继续深化党史学习教育，巩固拓展学习教育成果。</p>
`;

/** A fake CSS.highlights registry and Highlight constructor (Sets of ranges). */
export function fakeHighlightApi() {
  const registry = new Map<string, Set<AbstractRange> & { priority: number }>();
  return {
    registry,
    api: {
      registry: {
        set: (name: string, h: never) => registry.set(name, h),
        delete: (name: string) => registry.delete(name),
      },
      create: (priority: number) => Object.assign(new Set<AbstractRange>(), { priority }),
    },
  };
}
