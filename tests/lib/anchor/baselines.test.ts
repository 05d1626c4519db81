/**
 * Hypothesis' own anchoring baselines and the dom-anchor-text-quote bug case, anchored through
 * the DOM path (jsdom: it has Range objects). Data is read from ../shared beside the repo.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Selector, TextQuoteSelector } from '../../../lib/bulletin/model';
import { anchorInDom } from '../../../lib/anchor/dom';
import { parseWithJsdom } from './jsdom-doc';

import { SHARED as SHARED_ROOT } from './chinese/pages';

const SHARED = join(SHARED_ROOT, 'eval-data');
const BASELINES = join(SHARED, 'hypothesis-client/src/annotator/anchoring/test/html-baselines');

interface Row {
  id: string;
  target: { selector: Selector[] }[];
}

/** Collapses whitespace runs: browsers and jsdom differ on nothing else in these quotes. */
function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

const cases = readdirSync(BASELINES)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => {
    const rows = (JSON.parse(readFileSync(join(BASELINES, f), 'utf8')) as { rows: Row[] }).rows;
    return rows.map((row, i) => ({ file: f.replace(/\.json$/, ''), i, selectors: row.target[0]!.selector }));
  });

describe('hypothesis html baselines', () => {
  const docs = new Map<string, Document>();
  const docOf = (name: string) => {
    let doc = docs.get(name);
    if (!doc) {
      doc = parseWithJsdom(readFileSync(join(BASELINES, `${name}.html`), 'utf8'));
      docs.set(name, doc);
    }
    return doc;
  };

  it('has baselines to check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(6);
  });

  it.each(cases)('$file annotation $i anchors to its quote', ({ file, selectors }) => {
    const body = docOf(file).body;
    const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector')!;
    const found = anchorInDom(body, selectors);
    expect(found).not.toBeNull();
    expect(found!.range.toString()).toBe(quote.exact);
  });

  it.each(cases)('$file annotation $i anchors from its quote alone', ({ file, selectors }) => {
    const body = docOf(file).body;
    const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector')!;
    const found = anchorInDom(body, [quote]);
    expect(found).not.toBeNull();
    expect(squash(found!.range.toString())).toBe(squash(quote.exact));
  });
});

describe('dom-anchor-text-quote bug case (PR #12)', () => {
  const dir = join(SHARED, 'dom-anchor-text-quote');
  const spec = JSON.parse(readFileSync(join(dir, 'test/fixtures/bug.selector.json'), 'utf8')) as {
    selector: TextQuoteSelector;
    expected_range_text: string;
  };
  const html = readFileSync(join(dir, 'test/fixtures/bug.html'), 'utf8');

  it('anchors to the expected text', () => {
    const body = parseWithJsdom(html).body;
    const found = anchorInDom(body, [spec.selector]);
    expect(found).not.toBeNull();
    expect(squash(found!.range.toString())).toBe(squash(spec.expected_range_text));
  });
});
