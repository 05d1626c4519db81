/**
 * The seed bulletin (a PDF copy: hard-wrapped lines, blank lines between them, page-top
 * spaces, `2021 年` spacing) must come out exactly as its expected JSON, both as the raw .txt
 * and as one line per block (what an HTML page with a <br> per printed line yields).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseBulletin, parseTextBulletin } from '../../../lib/bulletin/parse';

const BLOCKS = 'p, div, h1, h2, h3, li, ul, form';

/**
 * The lines a page yields when each block element and each <br> ends a line (what the
 * extractor hands to parseBulletin), chrome included: breadcrumb, meta line, font switch,
 * print/close links, previous/next.
 */
function pageLines(file: string): string[] {
  const html = readFileSync(join(__dirname, '../../fixtures/pages', file), 'utf8');
  const { document } = parseHTML(html);
  const content = document.querySelector('.content')!;
  for (const br of [...content.querySelectorAll('br')]) br.replaceWith(document.createTextNode('\n'));
  for (const el of [...content.querySelectorAll(BLOCKS)]) el.append(document.createTextNode('\n'));
  return (content.textContent ?? '').split('\n');
}

const seedDir = join(__dirname, '../../../../shared/seed');
const raw = readFileSync(join(seedDir, 'bulletin-2021-03-22.txt'), 'utf8');
const expected = JSON.parse(readFileSync(join(seedDir, 'bulletin-2021-03-22.expected.json'), 'utf8')) as {
  title: string;
  issuer: string;
  date: string;
  paragraphs: string[];
  distribution: Array<{ label: string; recipients: string }>;
};
const printedLines = raw.split(/\r?\n/).filter((l) => l.trim() !== '');

describe('seed bulletin', () => {
  const variants = {
    'raw .txt via parseTextBulletin': () => parseTextBulletin(raw),
    'one line per block (HTML <br> paste)': () => ({ ...parseBulletin({ lines: printedLines }), origin: 'html' }),
    'one line per block with the page title as hint': () => parseBulletin({ lines: printedLines, titleHint: expected.title }),
    'CRLF line endings': () => parseTextBulletin(raw.replace(/\n/g, '\r\n')),
  };
  for (const [name, run] of Object.entries(variants)) {
    describe(name, () => {
      const got = run();
      it('gets title, issuer and date', () => {
        expect(got.title).toBe(expected.title);
        expect(got.issuer).toBe(expected.issuer);
        expect(got.date).toBe(expected.date);
      });
      it('gets the 9 paragraphs exactly', () => {
        expect(got.paragraphs).toHaveLength(9);
        got.paragraphs.forEach((p, i) => expect(p).toBe(expected.paragraphs[i]));
      });
      it('gets the 报/送 distribution with wrapped recipients joined', () => {
        expect(got.distribution).toEqual(expected.distribution);
      });
      it('finds no headings or attachments in it', () => {
        expect(got.headings).toEqual([]);
        expect(got.attachments).toEqual([]);
      });
    });
  }

  describe.each(['gov-bulletin.html', 'gov-bulletin-br.html'])('fixture page %s, lines per block', (file) => {
    const got = parseBulletin({ lines: pageLines(file), titleHint: expected.title });
    it('gets the bulletin exactly, chrome and metadata lines dropped', () => {
      expect(got.title).toBe(expected.title);
      expect(got.issuer).toBe(expected.issuer);
      expect(got.date).toBe(expected.date);
      expect(got.paragraphs).toEqual(expected.paragraphs);
      expect(got.distribution).toEqual(expected.distribution);
    });
    it('reads the CMS metadata line', () => {
      expect(got.publishedAt).toBe('2021-03-22 16:05');
      expect(got.source).toBe('河南省科协');
    });
  });

  it('builds text from the paragraphs', () => {
    const draft = parseTextBulletin(raw);
    expect(draft.text).toBe(expected.paragraphs.join('\n\n'));
    expect(draft.origin).toBe('txt');
    expect(draft.url).toBeNull();
    expect(draft.siteName).toBeNull();
  });
});
