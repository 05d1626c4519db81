import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { emptyDraft, joinParagraphs } from '../../../lib/bulletin/model';
import { formatFrontMatter, toObsidianTag, YAML_OPTIONS } from '../../../lib/export/front-matter';
import { toMarkdown } from '../../../lib/export/markdown';
import { blockText, parseExport } from './parse-export';
import { FROZEN_NOW } from './seed';

/** Characters that end or confuse YAML scalars and Markdown. */
const nasty = fc.string({
  unit: fc.constantFrom(...'#-:>|*&!%@`\'"[]{},?\n\r\t =~.\\'.split(''), 'yes', 'no', 'null', '~', '---', '...', '2021-03-22', '0x1F', '1e3', '中', '𠀀', '😀', '\u0000', '\u0085', '\u2028', '\ufeff', '\u202e'),
  maxLength: 16,
});

/** Mostly text the fast path writes itself, with enough else to reach yaml's decisions. */
const cjkish = fc.string({
  unit: fc.constantFrom('中', '文', '㐀', '鿿', '，', '、', '：', '＃', '（', '）', '《', '》', '“', '”', '—', '…', '·', 'A', 'z', '0', '9', '_', '-', '.', '(', ')', ' ', '　', ':', '#', '\n', '😀', '\ud800', '\u0085'),
  maxLength: 10,
});

describe('front matter', () => {
  it('writes exactly what yaml writes for the whole record (property)', () => {
    const stamp = fc.tuple(fc.constantFrom('2021-03-22', '1999-1-2', '0000-00-00', '2021-03-22 10:00'), fc.constantFrom('', 'T20:00:00+08:00', 'T20:00:00-05:30', 'T20:00+08:00', 'Z')).map(([d, t]) => d + t);
    const url = fc.tuple(fc.constantFrom('https://', 'http://', 'ftp://', 'https:'), fc.string({ unit: fc.constantFrom('a', 'Z', '0', '-', '.', '_', '~', '%', '/', '?', '=', '&', '+', '#', ' ', ':', ',', '[', '"'), maxLength: 12 })).map(([a, b]) => a + b);
    const value = fc.oneof(cjkish, nasty, stamp, url, fc.constant(null), fc.array(fc.oneof(cjkish, nasty), { maxLength: 3 }), fc.integer(), fc.boolean());
    const key = fc.constantFrom('title', 'issuer', 'tags', 'y', 'no', 'on', 'date', 'sources', '中文', 'a b', 'x:');
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 6 }), (fields) => {
        expect(formatFrontMatter(fields)).toBe(`---\n${stringify(fields, YAML_OPTIONS)}---\n`);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 2000) },
    );
  });

  it('writes any strings so YAML 1.2 and 1.1 readers get them back exactly (property)', () => {
    fc.assert(
      fc.property(nasty, nasty, fc.array(nasty, { maxLength: 3 }), (title, url, tags) => {
        const fm = formatFrontMatter({ title, url, tags, none: null });
        expect(fm.startsWith('---\n') && fm.endsWith('\n---\n')).toBe(true);
        const body = fm.slice(4, -4);
        expect(parse(body)).toEqual({ title, url, tags, none: null });
        expect(parse(body, { version: '1.1' })).toEqual({ title, url, tags, none: null });
        // Nothing inside the block may close it early.
        expect(body.split('\n').filter((l) => l === '---' || l === '...')).toEqual([]);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 500) },
    );
  });

  it('keeps a whole export parseable whatever the metadata (property)', () => {
    fc.assert(
      fc.property(nasty, nasty, nasty, fc.array(nasty, { maxLength: 3 }), (title, issuer, site, tags) => {
        const paragraphs = ['正文'];
        const md = toMarkdown({ ...emptyDraft('html'), title, issuer, siteName: site, tags, paragraphs, text: joinParagraphs(paragraphs) }, { now: FROZEN_NOW });
        const { data, tokens } = parseExport(md);
        expect(data.title).toBe(title);
        expect(data.issuer).toBe(issuer);
        expect(data.site).toBe(site);
        expect(data.tags).toEqual([...new Set(tags.map(toObsidianTag).filter((t) => t !== ''))]);
        expect(tokens[0]!.type).toBe('heading');
        expect(tokens.filter((t) => t.type === 'paragraph').map(blockText)).toContain('正文');
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['学习 笔记', '学习_笔记'],
    ['#重点', '重点'],
    ['  a\tb  ', 'a_b'],
    ['###', ''],
  ])('tag %j -> %j for Obsidian', (tag, expected) => {
    expect(toObsidianTag(tag)).toBe(expected);
  });
});
