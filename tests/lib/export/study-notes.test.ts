import fc from 'fast-check';
import { unzipSync, strFromU8 } from 'fflate';
import type { Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { emptyDraft, joinParagraphs, type Clipping } from '../../../lib/bulletin/model';
import { buildClippingFiles, buildStudyNotes, buildZip } from '../../../lib/export/study-notes';
import { BUILTIN_TEMPLATES, buildClippingContext, renderTemplate } from '../../../lib/export/template';
import { expectGolden } from './golden';
import { blockText, lexBody, parseExport } from './parse-export';
import { FROZEN_NOW, pinTimeZone, loadSeedClipping, makeHighlight, seedHighlights } from './seed';

pinTimeZone('Asia/Shanghai');

/** A second bulletin with a heading hierarchy and a title that looks like Markdown and YAML. */
function secondClipping(): Clipping {
  const paragraphs = ['一、提高政治站位', '要学史明理。', '（一）# 把牢方向: "正确" | 导向', '- 做到学史力行。'];
  return {
    ...emptyDraft('html'),
    id: 'second',
    title: '# 第2期: "学习" | 简报 ---',
    issuer: '某某办公室',
    date: '2021-04-01',
    url: 'https://example.org/b/2?a=1&b=2',
    paragraphs,
    text: joinParagraphs(paragraphs),
    headings: [
      { level: 1, text: '一、提高政治站位', paragraph: 0 },
      { level: 2, text: '（一）# 把牢方向: "正确" | 导向', paragraph: 2 },
    ],
    normalizedUrl: null,
    tags: [],
    createdAt: Date.parse('2026-11-20T00:00:00Z'),
    updatedAt: Date.parse('2026-11-20T00:00:00Z'),
  };
}

function library() {
  const seed = loadSeedClipping();
  const second = secondClipping();
  const highlights = [
    makeHighlight(second, '- 做到学史力行。', { note: '行动', headingPath: ['一、提高政治站位', '（一）# 把牢方向: "正确" | 导向'] }),
    makeHighlight(second, '要学史明理。', { note: '> 明理\n\n第二段', headingPath: ['一、提高政治站位'] }),
    ...seedHighlights(seed),
  ];
  // The second bulletin is listed first on purpose: notes follow bulletin dates, not input order.
  return { clippings: [second, seed], highlights, seed, second };
}

describe('buildStudyNotes', () => {
  it('groups passages by bulletin in date order, each section with its citation', () => {
    const { clippings, highlights, seed, second } = library();
    const r = buildStudyNotes({ clippings, highlights, groupBy: 'clipping', title: '党史学习: "专题" #1', now: FROZEN_NOW });
    if (!r.ok) throw new Error(r.error.detail);
    const { data, tokens } = parseExport(r.value);
    expect(data).toMatchObject({ title: '党史学习: "专题" #1', type: '学习笔记', sources: 2, highlights: 5, tags: ['重点', '品牌_活动'] });
    const h2 = tokens.filter((t) => t.type === 'heading' && (t as Tokens.Heading).depth === 2).map(blockText);
    expect(h2).toEqual([seed.title, second.title]);
    const quotes = tokens.filter((t) => t.type === 'blockquote').map(blockText);
    const seedOrder = seedHighlights(seed).sort((a, b) => seed.text.indexOf(a.exact) - seed.text.indexOf(b.exact));
    expect(quotes).toEqual([...seedOrder.map((h) => h.exact), '要学史明理。', '- 做到学史力行。']);
    const cites = tokens.filter((t) => t.type === 'paragraph' && blockText(t).startsWith('来源：')).map(blockText);
    expect(cites).toEqual([
      `来源：党史学习教育领导小组办公室. ${seed.title}[EB/OL]. (2021-03-22)[2026-11-29]. ${seed.url}.`,
      `来源：某某办公室. ${second.title}[EB/OL]. (2021-04-01)[2026-11-29]. ${second.url}.`,
    ]);
    expectGolden('study-notes-by-clipping.md', r.value);
  });

  it('groups passages by heading across bulletins, each passage with its own citation', () => {
    const { clippings, highlights } = library();
    const r = buildStudyNotes({ clippings, highlights, groupBy: 'heading', title: '按标题', now: FROZEN_NOW });
    if (!r.ok) throw new Error(r.error.detail);
    const { tokens } = parseExport(r.value);
    const h2 = tokens.filter((t) => t.type === 'heading' && (t as Tokens.Heading).depth === 2).map(blockText);
    expect(h2).toEqual(['一、提高政治站位', '一、提高政治站位 › （一）# 把牢方向: "正确" | 导向', '（未分节）']);
    const dashes = tokens.filter((t) => t.type === 'paragraph' && blockText(t).startsWith('——'));
    expect(dashes).toHaveLength(5);
    expectGolden('study-notes-by-heading.md', r.value);
  });

  it('keeps passages whose clipping is missing, under a visible placeholder', () => {
    const { highlights, seed } = library();
    const r = buildStudyNotes({ clippings: [seed], highlights, groupBy: 'clipping', title: 't', now: FROZEN_NOW });
    if (!r.ok) throw new Error(r.error.detail);
    const tokens = parseExport(r.value).tokens;
    expect(tokens.filter((t) => t.type === 'blockquote')).toHaveLength(5);
    expect(tokens.some((t) => t.type === 'heading' && blockText(t) === '（来源缺失）')).toBe(true);
  });

  it('says so when there is nothing to export', () => {
    const r = buildStudyNotes({ clippings: [], highlights: [], groupBy: 'clipping', title: '空', now: FROZEN_NOW });
    expect(r.ok && blockText(parseExport(r.value).tokens.at(-1)!)).toBe('（暂无摘录）');
  });

  it('renders a custom template and reports a broken one with its line', () => {
    const { clippings, highlights } = library();
    const good = buildStudyNotes({ clippings, highlights, groupBy: 'clipping', title: 't', now: FROZEN_NOW, template: '{% for h in highlights %}{{ h.source.title | truncate:4 }};{% endfor %}' });
    expect(good).toEqual({ ok: true, value: '河南省科…;河南省科…;河南省科…;\\# 第2…;\\# 第2…;\n' });
    const bad = buildStudyNotes({ clippings, highlights, groupBy: 'clipping', title: 't', now: FROZEN_NOW, template: '# x\n{% for h in highlights %}\n{{ h.txt }}\n{% endfor %}' });
    expect(bad).toEqual({ ok: false, error: { code: 'bad_template', detail: 'line 3: "h" has no field "txt"' } });
  });
});

describe('built-in templates', () => {
  const { seed, second, highlights } = library();
  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))('%s renders both bulletins into notes that parse back', (id, t) => {
    for (const c of [seed, second]) {
      const hs = highlights.filter((h) => h.clippingId === c.id);
      const r = renderTemplate(t.source, buildClippingContext(c, hs, FROZEN_NOW));
      if (!r.ok) throw new Error(r.error.detail);
      const { data, tokens } = parseExport(r.value);
      expect(data.title).toBe(c.title);
      expect(blockText(tokens[0]!)).toBe(c.title);
      const quotes = tokens.filter((x) => x.type === 'blockquote').map(blockText);
      if (id !== 'full-text') expect(quotes.sort()).toEqual(hs.map((h) => h.exact).sort());
      if (id === 'study-notes') {
        expect(tokens.filter((x) => x.type === 'heading').map(blockText)).toEqual([c.title, '摘录', '批注', '心得']);
      }
      if (c === seed) expectGolden(`template-${id}.md`, r.value);
    }
  });
});

describe('built-in templates with arbitrary text (property)', () => {
  const piece = fc.constantFrom(...'#->|*+_`[]()!<>:=~\\ \n1一'.split(''), '\n\n', '中文', '---', '1.', '```', '{{', '%}');
  const chunk = fc.array(piece, { minLength: 1, maxLength: 14 }).map((a) => a.join(''));
  it('keep their outline: title, 摘录/批注/心得, one quote per passage', () => {
    const base = loadSeedClipping();
    fc.assert(
      fc.property(chunk, fc.array(fc.tuple(chunk, chunk, chunk), { minLength: 1, maxLength: 3 }), (title, rows) => {
        fc.pre(/\S/.test(title) && rows.every(([exact]) => /\S/.test(exact)));
        const c = { ...base, title, paragraphs: [], text: '' };
        const hs = rows.map(([exact, note, heading], i) => ({ ...makeHighlight(base, '会议'), id: `p${i}`, exact, note, headingPath: [heading], textTarget: [], createdAt: i }));
        const study = renderTemplate(BUILTIN_TEMPLATES[0]!.source, buildClippingContext(c, hs, FROZEN_NOW));
        if (!study.ok) throw new Error(study.error.detail);
        const { data, tokens } = parseExport(study.value);
        expect(data.title).toBe(title);
        expect(tokens.filter((t) => t.type === 'heading').map(blockText)).toEqual([title.replace(/\s+/g, ' ').trim(), '摘录', '批注', '心得']);
        expect(tokens.filter((t) => t.type === 'blockquote')).toHaveLength(hs.length);
        const withNotes = hs.filter((h) => /\S/.test(h.note)).length;
        const list = tokens.find((t) => t.type === 'list') as Tokens.List | undefined;
        expect(list?.items.length ?? 0).toBe(withNotes);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 200) },
    );
  });
});

describe('buildClippingFiles + buildZip', () => {
  it('zips one safe-named note per clipping plus an index that links them', () => {
    const { clippings, highlights, seed } = library();
    const twin = { ...seed, id: 'twin' };
    const files = buildClippingFiles([...clippings, twin], highlights, { mode: 'highlights', now: FROZEN_NOW });
    if (!files.ok) throw new Error(files.error.detail);
    const zip = unzipSync(buildZip(files.value, { now: FROZEN_NOW }));
    const names = Object.keys(zip);
    expect(names).toEqual([
      '索引.md',
      '2021-04-01 # 第2期： ＂学习＂ ｜ 简报 ---.md',
      `2021-03-22 ${seed.title}.md`,
      `2021-03-22 ${seed.title} (2).md`,
    ]);
    expect(strFromU8(zip[names[2]!]!)).toBe(files.value[1]!.content);
    const index = parseExport(strFromU8(zip['索引.md']!));
    const list = index.tokens.find((t) => t.type === 'list') as Tokens.List;
    expect(list.items.map((i) => (i.tokens[0] as Tokens.Text).tokens?.[0])).toEqual(
      names.slice(1).map((n) => expect.objectContaining({ type: 'link', href: n, text: n.replace(/\.md$/, '') })),
    );
  });

  it('links every file from the index, whatever brackets (shown full-width), spaces or Markdown its name holds', () => {
    const names = ['a]b', '[x](y)', 'c\\[d]', '# 标题 #', 'e (1)', '*f*', '`g`', 'h]', '[[i]]'];
    const zip = unzipSync(buildZip(names.map((n) => ({ name: `${n}.md`, content: n })), { now: FROZEN_NOW }));
    const files = Object.keys(zip).slice(1);
    expect(files).toHaveLength(names.length);
    const list = parseExport(strFromU8(zip['索引.md']!)).tokens.find((t) => t.type === 'list') as Tokens.List;
    const links = list.items.map((i) => (i.tokens[0] as Tokens.Text).tokens?.[0] as Tokens.Link);
    expect(links.map((l) => [l.type, l.href, l.tokens.map((t) => (t as Tokens.Text).text).join('')])).toEqual(files.map((f) => ['link', f, f.replace(/\.md$/, '').replace(/\[/g, '［').replace(/\]/g, '］')]));
  });

  it('zips even when the clock is outside the zip format’s 1980-2099 range', () => {
    const zip = unzipSync(buildZip([{ name: 'a.md', content: 'x' }], { now: new Date(1970, 0, 1) }));
    expect(Object.keys(zip)).toEqual(['索引.md', 'a.md']);
  });

  it('stops at the first broken template', () => {
    const { clippings, highlights } = library();
    const r = buildClippingFiles(clippings, highlights, { template: '{{ nope }}', now: FROZEN_NOW });
    expect(r.ok ? '' : r.error.detail).toMatch(/^line 1: unknown variable "nope"/);
  });

  it('exports a tag-free, highlight-free library too (empty zip has just the index)', () => {
    const zip = unzipSync(buildZip([], { now: FROZEN_NOW }));
    expect(Object.keys(zip)).toEqual(['索引.md']);
    expect(lexBody(parseExport(strFromU8(zip['索引.md']!)).body).map(blockText)).toEqual(['索引', '（空）']);
  });
});
