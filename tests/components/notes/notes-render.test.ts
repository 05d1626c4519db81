/**
 * Rendering exports (components/notes/notes-render.ts) over real lib/export code: options
 * change the Markdown as promised and the output parses back with real YAML/Markdown parsers.
 */
import { strFromU8, unzipSync } from 'fflate';
import { marked, type Tokens } from 'marked';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from '../../../lib/export/template';
import { applyNoteStyle, buildNotesOutput, renderClipping, renderNote, supportsMarks, supportsNoteStyle, type NotesOptions } from '../../../components/notes/notes-render';
import { makeClipping, makeHighlight } from './seed';

const NOW = new Date('2026-11-29T12:00:00Z');
const source = (id: string) => BUILTIN_TEMPLATES.find((b) => b.id === id)!.source;
const A = makeClipping(1, { title: '# 不是标题 | 也不是表格' });
const B = makeClipping(2);
const HA = makeHighlight(A, '学史明理', { note: '第一行\n> 第二行', tags: ['党史'] });
const HB = makeHighlight(B, '学史力行', { note: '要点二', tags: ['党史'] });
const base: NotesOptions = { title: '学习笔记：党史', template: source('highlights'), marks: true, noteStyle: 'plain', groupBy: 'clipping', output: 'md' };

describe('note styles and marks', () => {
  it.each([
    ['plain', (md: string) => expect(md).toContain('**批注**：要点二')],
    ['quote', (md: string) => expect(md).toContain('> 要点二')],
    ['callout', (md: string) => expect(md).toContain('> [!note] 批注\n> 要点二')],
  ] as const)('notes as %s', (style, check) => {
    const r = renderClipping(B, [HB], { ...base, noteStyle: style }, NOW);
    expect(r.ok).toBe(true);
    if (r.ok) check(r.value);
  });

  it('knows which built-ins each option applies to', () => {
    expect(supportsNoteStyle(source('highlights'))).toBe(true);
    expect(supportsMarks(source('full-text'))).toBe(true);
    expect(supportsMarks(source('highlights'))).toBe(false);
    expect(applyNoteStyle('no notes here', 'callout')).toBe('no notes here');
  });

  it('turns ==marks== off in full text', () => {
    const on = renderClipping(B, [HB], { ...base, template: source('full-text') }, NOW);
    const off = renderClipping(B, [HB], { ...base, template: source('full-text'), marks: false }, NOW);
    expect(on.ok && on.value).toContain('==学史力行==');
    expect(off.ok && off.value).not.toContain('==');
    expect(off.ok && off.value).toContain('学史力行');
  });
});

describe('renderNote', () => {
  it('across clippings: front matter, one section per bulletin, a multi-line note kept inside its paragraph', () => {
    const r = renderNote({ clippings: [A, B], highlights: [HA, HB] }, base, false, NOW);
    if (!r.ok) throw new Error(r.error.detail);
    const fm = /^---\n([\s\S]*?)\n---\n/.exec(r.value)!;
    expect(parseYaml(fm[1]!)).toMatchObject({ title: '学习笔记：党史', highlights: 2, sources: 2, tags: ['党史'] });
    const tokens = marked.lexer(r.value.slice(fm[0].length));
    const h2 = tokens.filter((x): x is Tokens.Heading => x.type === 'heading' && x.depth === 2).map((h) => h.text);
    // A title that looks like Markdown stays one heading's text.
    expect(h2).toHaveLength(2);
    expect(h2[0]).toContain('不是标题');
    expect(tokens.filter((x) => x.type === 'table')).toHaveLength(0);
    expect(tokens.filter((x) => x.type === 'blockquote').map((q) => (q as Tokens.Blockquote).text)).toEqual(['学史明理', '学史力行']);
  });

  it('one clipping picked alone uses the chosen clipping template; a tag scope stays 学习笔记', () => {
    const single = renderNote({ clippings: [B], highlights: [HB] }, base, true, NOW);
    const tag = renderNote({ clippings: [B], highlights: [HB] }, base, false, NOW);
    expect(single.ok && single.value).toContain('# 简报第2期');
    expect(tag.ok && tag.value).toContain('# 学习笔记：党史');
  });

  it('a broken template fails with the line instead of output', () => {
    const r = renderClipping(B, [HB], { ...base, template: 'ok\n{% for h in highlights %}\n{{ h.text | nope }}\n{% endfor %}' }, NOW);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('bad_template');
      expect(r.error.detail).toMatch(/^line 3: /);
    }
  });
});

describe('buildNotesOutput', () => {
  it('zips one file per clipping plus the index, and reports progress up to the total', async () => {
    const clippings = Array.from({ length: 120 }, (_, i) => makeClipping(i + 1, { date: '2021-04-01' }));
    const seen: [number, number][] = [];
    // A clock that moves 10 ms per reading: a 25 ms slice yields after every third clipping.
    let clock = 0;
    let yields = 0;
    const slice = { sliceMs: 25, now: () => (clock += 10), yieldToLoop: async () => void yields++ };
    const out = await buildNotesOutput({ clippings, highlights: [] }, { ...base, output: 'zip' }, false, NOW, (d, t) => seen.push([d, t]), slice);
    if (!out.ok || out.value.kind !== 'zip') throw new Error('expected a zip');
    expect(out.value.name).toBe('学习笔记：党史.zip');
    const files = unzipSync(out.value.bytes);
    expect(Object.keys(files)).toHaveLength(121);
    expect(strFromU8(files['学习笔记：党史.md']!)).toContain('[2021-04-01 简报第120期](<2021-04-01 简报第120期.md>)');
    expect(yields).toBe(39);
    expect(seen.map(([d]) => d)).toEqual([...Array.from({ length: 39 }, (_, i) => 3 * (i + 1)), 120]);
    expect(seen.every(([, t]) => t === 120)).toBe(true);
  });

  it('a single clipping is always one .md, named safely', async () => {
    const out = await buildNotesOutput({ clippings: [A], highlights: [HA] }, { ...base, title: 'a/b:c?', output: 'zip' }, true, NOW);
    expect(out.ok && out.value.kind === 'md' && out.value.name).toBe('a／b：c？.md');
  });
});
