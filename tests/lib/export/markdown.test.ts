import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Tokens } from 'marked';
import { emptyDraft, joinParagraphs, type BulletinDraft } from '../../../lib/bulletin/model';
import { toMarkdown } from '../../../lib/export/markdown';
import { blockText, parseExport, visibleLines } from './parse-export';
import { FROZEN_NOW, loadSeedClipping, makeHighlight, seedHighlights } from './seed';

/** Strings that break naive Markdown/YAML writers. */
const TRICKY = [
  '# 不是标题',
  '- 不是列表',
  '+ 也不是',
  '> 不是引用',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  '---',
  '***',
  '* 星号',
  '1. 不是有序列表',
  '2) 也不是',
  '[链接](http://x.y) ![图](a.png) [^1]',
  '`代码` ```围栏```',
  '<script>alert(1)</script><b>粗</b>',
  'title: 冒号: "引号" \'单引号\'',
  '多行\n第二行\n\n第三段',
  '===\n',
  '    四个空格缩进',
  '\t制表符',
  '==高亮== %%注释%% $公式$ ~~删除~~',
  '&amp; &#x41; &copy;',
  'a\\b\\',
  '[[维基链接]] #标签',
  '一、总体要求',
  '<!-- 注释 -->',
  'http://example.com/a_b_c?x=1&y=2',
];

function draftWith(fields: Partial<BulletinDraft>): BulletinDraft {
  const d = { ...emptyDraft('text'), ...fields };
  return { ...d, text: joinParagraphs(d.paragraphs) };
}

describe('toMarkdown', () => {
  it('exports the seed bulletin as front matter, title, facts, paragraphs, distribution and citation', () => {
    const c = loadSeedClipping();
    const { data, tokens } = parseExport(toMarkdown(c, { now: FROZEN_NOW }));
    expect(data).toMatchObject({
      title: c.title,
      issuer: '党史学习教育领导小组办公室',
      date: '2021-03-22',
      url: c.url,
      site: '示例站点',
      tags: ['党史学习教育'],
    });
    expect(data.published).toBeNull();
    expect(typeof data.clipped).toBe('string');
    const types = tokens.map((t) => t.type);
    expect(types).toEqual(['heading', 'paragraph', ...c.paragraphs.map(() => 'paragraph'), 'hr', 'paragraph', 'paragraph']);
    expect(blockText(tokens[0]!)).toBe(c.title);
    c.paragraphs.forEach((p, i) => expect(blockText(tokens[i + 2]!)).toBe(p));
    expect(blockText(tokens.at(-2)!)).toBe(c.distribution.map((d) => `${d.label}：${d.recipients}`).join('\n'));
    expect(blockText(tokens.at(-1)!)).toBe(
      `来源：党史学习教育领导小组办公室. 河南省科协召开党史学习教育动员大会[EB/OL]. (2021-03-22)[2026-11-29]. ${c.url}.`,
    );
  });

  it.each(TRICKY)('keeps %j literal as title, subtitle, paragraph and recipients', (s) => {
    const c = draftWith({
      title: s,
      subtitle: s,
      paragraphs: ['前文', s, '后文'],
      distribution: [{ label: '报', recipients: s }],
      url: 'https://example.org/x',
    });
    const { data, tokens } = parseExport(toMarkdown(c, { now: FROZEN_NOW }));
    expect(data.title).toBe(s);
    const flat = (x: string) => x.replace(/\s+/g, ' ').trim();
    expect(tokens.map((t) => t.type)).toEqual(['heading', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'hr', 'paragraph', 'paragraph']);
    expect(blockText(tokens[0]!)).toBe(flat(s));
    expect(blockText(tokens[1]!)).toBe(`<strong>${flat(s)}</strong>`);
    expect(blockText(tokens[3]!)).toBe(visibleLines(s));
    expect(blockText(tokens[6]!)).toBe(`报：${flat(s)}`);
  });

  it('keeps arbitrary paragraphs literal (property: structure and text survive)', () => {
    const piece = fc.constantFrom(...'#->|*+_`[]()!<>:=~$%&\\/. \t\n\r1一、（）“”'.split(''), 'abc', '中文', '---', '```', '1.', '&amp;', '<div>', '\u3000', '\u00a0', '\v', '\f', 'www.', 'http://a.b/x_(y)*', 'a@b.cn', '==', '%%', '</>');
    const paragraph = fc.array(piece, { minLength: 1, maxLength: 24 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 5 }), (paras) => {
        const kept = paras.filter((p) => visibleLines(p) !== '');
        const md = toMarkdown(draftWith({ title: 't', paragraphs: paras }), { now: FROZEN_NOW });
        const { tokens } = parseExport(md);
        const body = tokens.slice(1, -1);
        expect(body.map((t) => t.type)).toEqual(kept.map(() => 'paragraph'));
        body.forEach((t, i) => expect(blockText(t)).toBe(visibleLines(kept[i]!)));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 400) },
    );
  });

  it('keeps arbitrary titles and headings literal (property)', () => {
    const piece = fc.constantFrom(...'#->|*+_`[]()!<>:=~\\ \t1一'.split(''), ' #', '##', ' # ', 'abc', '中文', '---', '1.', '\u3000');
    const line = fc.array(piece, { minLength: 1, maxLength: 12 }).map((a) => a.join(''));
    fc.assert(
      fc.property(line, line, (title, heading) => {
        fc.pre(/\S/.test(title) && /\S/.test(heading));
        const d = draftWith({ title, paragraphs: ['正文'], headings: [{ level: 1, text: heading, paragraph: 0 }] });
        const { data, tokens } = parseExport(toMarkdown(d, { now: FROZEN_NOW }));
        const flat = (x: string) => x.replace(/\s+/g, ' ').trim();
        expect(data.title).toBe(title);
        expect(tokens.slice(0, 3).map((t) => t.type)).toEqual(['heading', 'heading', 'paragraph']);
        expect(blockText(tokens[0]!)).toBe(flat(title));
        expect(blockText(tokens[1]!)).toBe(flat(heading));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 400) },
    );
  });

  it('keeps arbitrary passages and notes literal in highlights mode (property)', () => {
    const piece = fc.constantFrom(...'#->|*+_`[]()!<>:=~\\ \t\n1一'.split(''), '\n\n', 'abc', '中文', '---', '1.', '```', '\u3000');
    const chunk = fc.array(piece, { minLength: 1, maxLength: 16 }).map((a) => a.join(''));
    // No body text: every passage is unplaced, so they keep their (creation) order.
    const c = { ...loadSeedClipping(), paragraphs: [], text: '', distribution: [] };
    fc.assert(
      fc.property(fc.array(fc.tuple(chunk, chunk), { minLength: 1, maxLength: 4 }), (pairs) => {
        const usable = pairs.filter(([exact]) => /\S/.test(exact));
        fc.pre(usable.length > 0);
        const hs = usable.map(([exact, note], i) => ({ ...makeHighlight(loadSeedClipping(), '会议'), id: `p${i}`, exact, note, textTarget: [], createdAt: i }));
        const { tokens } = parseExport(toMarkdown(c, { now: FROZEN_NOW, highlights: hs, mode: 'highlights' }));
        const body = tokens.slice(2, -1);
        const expected = hs.flatMap((h) => ['blockquote', ...(visibleLines(h.note) ? ['paragraph'] : [])]);
        expect(body.map((t) => t.type)).toEqual(expected);
        const oneLine = (x: string) => x.replace(/\n+/g, '\n');
        const quotes = body.filter((t) => t.type === 'blockquote').map((t) => oneLine(blockText(t)));
        expect(quotes).toEqual(hs.map((h) => visibleLines(h.exact)));
        const notes = body.filter((t) => t.type === 'paragraph').map(blockText);
        expect(notes).toEqual(hs.filter((h) => visibleLines(h.note)).map((h) => `<strong>批注</strong>：${visibleLines(h.note)}`));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });

  it('places bulletin headings before their paragraph without repeating the heading text', () => {
    const c = draftWith({
      title: '简报',
      paragraphs: ['导语。', '一、提高政治站位', '正文一。', '（一）把牢方向。正文二。'],
      headings: [
        { level: 1, text: '一、提高政治站位', paragraph: 1 },
        { level: 2, text: '（一）把牢方向。', paragraph: 3 },
      ],
    });
    const { tokens } = parseExport(toMarkdown(c, { now: FROZEN_NOW }));
    const outline = tokens.map((t) => (t.type === 'heading' ? `h${(t as Tokens.Heading).depth}:${blockText(t)}` : `${t.type}:${blockText(t)}`));
    expect(outline.slice(0, 6)).toEqual([
      'h1:简报',
      'paragraph:导语。',
      'h2:一、提高政治站位',
      'paragraph:正文一。',
      'h3:（一）把牢方向。',
      'paragraph:正文二。',
    ]);
  });

  it('marks highlighted passages with ==…== and leaves the text otherwise unchanged', () => {
    const c = loadSeedClipping();
    const hs = seedHighlights(c);
    const { tokens } = parseExport(toMarkdown(c, { now: FROZEN_NOW, highlights: hs, marks: true }));
    const paras = tokens.slice(2, 2 + c.paragraphs.length).map(blockText);
    paras.forEach((p, i) => expect(p.replace(/==/g, '')).toBe(c.paragraphs[i]));
    for (const h of hs) expect(paras.join('\n')).toContain(`==${h.exact}==`);
  });

  it('exports only the passages and notes in highlights mode, in text order, notes kept literal', () => {
    const c = loadSeedClipping();
    const hs = seedHighlights(c);
    const { data, tokens } = parseExport(toMarkdown(c, { now: FROZEN_NOW, highlights: hs, mode: 'highlights' }));
    expect(data.tags).toEqual(['党史学习教育', '重点', '品牌_活动']);
    const quotes = tokens.filter((t) => t.type === 'blockquote').map(blockText);
    const inOrder = [...hs].sort((a, b) => c.text.indexOf(a.exact) - c.text.indexOf(b.exact));
    expect(quotes).toEqual(inOrder.map((h) => h.exact));
    const notes = tokens.filter((t) => t.type === 'paragraph' && blockText(t).startsWith('<strong>批注</strong>')).map(blockText);
    expect(notes).toEqual(inOrder.filter((h) => h.note).map((h) => `<strong>批注</strong>：${visibleLines(h.note)}`));
  });

  it('orders an unplaceable highlight last and still exports it', () => {
    const c = loadSeedClipping();
    const lost = { ...makeHighlight(c, '会议指出'), id: 'lost', exact: '原文已改的句子', textTarget: [] };
    const { tokens } = parseExport(toMarkdown(c, { now: FROZEN_NOW, highlights: [lost, makeHighlight(c, '会议强调')], mode: 'highlights' }));
    expect(tokens.filter((t) => t.type === 'blockquote').map(blockText)).toEqual(['会议强调', '原文已改的句子']);
  });

  it('writes a draft without dates or URL (CLI input) with clipped = now and an [EB] citation', () => {
    const md = toMarkdown(draftWith({ title: '粘贴的文字', paragraphs: ['正文'] }), { now: FROZEN_NOW });
    const { data, tokens } = parseExport(md);
    expect(data.clipped).toBe(data.exported);
    expect(data.tags).toEqual([]);
    expect(md).toMatch(/\ntags: \[\]\n/);
    expect(blockText(tokens.at(-1)!)).toBe('来源：粘贴的文字[EB]. [2026-11-29].');
  });
});
