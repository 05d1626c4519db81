import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { anchorCommand } from '../../cli/commands/anchor';
import { describeTextRange } from '../../lib/anchor/text-quote';
import { decodeHtml } from '../../lib/extract/decode';
import { SHARED } from '../lib/anchor/chinese/pages';

/** Runs the verb over in-memory files; returns exit code, stdout JSON (if any) and stderr. */
async function run(argv: string[], files: Record<string, string | Uint8Array>) {
  let out = '';
  let err = '';
  const code = await anchorCommand(argv, {
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    readFile: async (p) => {
      const f = files[p];
      if (f === undefined) throw Object.assign(new Error(`ENOENT: no such file, open '${p}'`), { code: 'ENOENT' });
      return typeof f === 'string' ? new TextEncoder().encode(f) : f;
    },
  });
  return { code, json: out ? (JSON.parse(out) as Record<string, unknown>[]) : null, err };
}

const BASELINES = join(SHARED, 'eval-data/hypothesis-client/src/annotator/anchoring/test/html-baselines');

describe('bulletin-clip anchor', () => {
  it('anchors Hypothesis API rows in a saved page', async () => {
    const r = await run(['page.html', '--annotations', 'a.json'], {
      'page.html': readFileSync(join(BASELINES, 'minimal.html')),
      'a.json': readFileSync(join(BASELINES, 'minimal.json')),
    });
    expect(r.code).toBe(0);
    expect(r.json).toEqual([{ id: 'test', status: 'anchored', start: 4, end: 7, exact: 'Two', prefix: 'One ', suffix: ' Three' }]);
  });

  it('anchors every Wikipedia baseline annotation to its quote', async () => {
    const rows = JSON.parse(readFileSync(join(BASELINES, 'wikipedia-regression-testing.json'), 'utf8')).rows as {
      target: { selector: { type: string; exact?: string }[] }[];
    }[];
    const r = await run(['p.html', '--annotations=a.json'], {
      'p.html': readFileSync(join(BASELINES, 'wikipedia-regression-testing.html')),
      'a.json': readFileSync(join(BASELINES, 'wikipedia-regression-testing.json')),
    });
    expect(r.code).toBe(0);
    expect(r.json!.map((e) => e.exact)).toEqual(rows.map((row) => row.target[0]!.selector.find((s) => s.type === 'TextQuoteSelector')!.exact));
  });

  it('reads a GBK page and a plain annotation array, keeping input order and reporting orphans', async () => {
    const bytes = readFileSync(join(SHARED, 'eval-data/Chinese-Web-Content-Extraction-Dataset/original/05e98007-d810-4036-b154-2ef2fe68c2af.html'));
    const { document } = parseHTML(decodeHtml(bytes));
    const text = document.documentElement.textContent ?? '';
    const at = text.search(/[\u4e00-\u9fff]{12}/);
    expect(at).toBeGreaterThan(0);
    const annotations = [
      { id: 'gone', target: { selector: [{ type: 'TextQuoteSelector', exact: '这句话不在页面上出现过', prefix: '', suffix: '' }] } },
      { id: 'here', target: { selector: describeTextRange(text, at, at + 12) } },
    ];
    const r = await run(['p.html', '--annotations', 'a.json'], { 'p.html': bytes, 'a.json': JSON.stringify(annotations) });
    expect(r.code).toBe(0);
    expect(r.json![0]).toEqual({ id: 'gone', status: 'orphan', start: null, end: null, exact: null, prefix: null, suffix: null });
    expect(r.json![1]).toMatchObject({ id: 'here', status: 'anchored', start: at, end: at + 12, exact: text.slice(at, at + 12) });
    expect(r.json![1]!.prefix).toBe(text.slice(Math.max(0, at - 32), at));
    expect(r.json![1]!.suffix).toBe(text.slice(at + 12, at + 44));
  });

  it.each([
    ['no arguments', [], {}],
    ['no annotations file', ['p.html'], { 'p.html': '<p>x</p>' }],
    ['--annotations without a value', ['p.html', '--annotations'], {}],
    ['an unknown option', ['p.html', '--annotations', 'a.json', '--fast'], {}],
    ['two pages', ['p.html', 'q.html', '--annotations', 'a.json'], {}],
    ['a missing page', ['nope.html', '--annotations', 'a.json'], { 'a.json': '[]' }],
    ['a missing annotations file', ['p.html', '--annotations', 'nope.json'], { 'p.html': '<p>x</p>' }],
    ['annotations that are not JSON', ['p.html', '--annotations', 'a.json'], { 'p.html': '<p>x</p>', 'a.json': '{rows:' }],
    ['annotations of the wrong shape', ['p.html', '--annotations', 'a.json'], { 'p.html': '<p>x</p>', 'a.json': '{"total":1}' }],
    ['a page that is not HTML', ['p.html', '--annotations', 'a.json'], { 'p.html': 'just words', 'a.json': '[]' }],
  ] as [string, string[], Record<string, string>][])('exits 2 with one stderr line on %s', async (_name, argv, files) => {
    const r = await run(argv, files);
    expect(r.code).toBe(2);
    expect(r.json).toBeNull();
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).not.toMatch(/\bat .*:\d+:\d+/);
  });
});
