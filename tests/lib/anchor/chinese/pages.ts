/**
 * The real Chinese pages of ../shared/eval-data as anchoring texts: body textContent (what
 * TextPositionSelectors count) plus where each visible text node sits in it, so perturbations
 * can act on paragraph and sidebar boundaries the way a CMS would.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { textNodesOf } from '../../../../lib/anchor/dom';
import { decodeHtml } from '../../../../lib/extract/decode';

/** ../shared beside the repo (CI clones the repo next to a copy of shared/). */
export const SHARED = fileURLToPath(new URL('../../../../../shared', import.meta.url));

/** A visible text node's span in the page text. */
export interface TextSpan {
  start: number;
  end: number;
  /** Lower-case tag of the parent element. */
  tag: string;
}

/** A page ready for anchoring experiments. */
export interface Page {
  name: string;
  text: string;
  /** Visible text nodes (not script/style), in order. */
  spans: TextSpan[];
}

const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'textarea']);
const CJK = /[\u4e00-\u9fff]/g;

/**
 * The dataset stores each page wrapped in <text id=… encoding=…>…</text>; linkedom would make
 * that the root and leave <body> empty, so the wrapper is removed first.
 */
function unwrapDatasetPage(html: string): string {
  return html.replace(/^\s*<text\b[^>]*>/i, '').replace(/<\/text>\s*$/i, '');
}

/** Parses an HTML page into a Page. */
export function pageFromHtml(name: string, html: string): Page {
  const { document } = parseHTML(unwrapDatasetPage(html));
  const body = (document.body ?? document.documentElement) as Element;
  const spans: TextSpan[] = [];
  let offset = 0;
  for (const t of textNodesOf(body)) {
    const tag = (t.parentNode as Element | null)?.nodeName.toLowerCase() ?? '';
    if (!HIDDEN.has(tag) && t.data.trim()) spans.push({ start: offset, end: offset + t.data.length, tag });
    offset += t.data.length;
  }
  return { name, text: body.textContent ?? '', spans };
}

/** A plain-text bulletin as a page: each line one span. */
export function pageFromText(name: string, text: string): Page {
  const spans: TextSpan[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) spans.push({ start: offset, end: offset + line.length, tag: 'p' });
    offset += line.length + 1;
  }
  return { name, text, spans };
}

/** Count of CJK ideographs in a text. */
export function countCjk(text: string): number {
  return text.match(CJK)?.length ?? 0;
}

/** The Chinese dataset pages with at least `minCjk` ideographs in the body, plus the seed bulletin. */
export function loadChinesePages(minCjk = 800): Page[] {
  const dir = join(SHARED, 'eval-data/Chinese-Web-Content-Extraction-Dataset/original');
  const pages = readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => pageFromHtml(f.slice(0, 8), decodeHtml(readFileSync(join(dir, f)))))
    .filter((p) => countCjk(p.text) >= minCjk);
  const seed = readFileSync(join(SHARED, 'seed/bulletin-2021-03-22.txt'), 'utf8');
  return [pageFromText('seed-bulletin', seed), ...pages];
}
