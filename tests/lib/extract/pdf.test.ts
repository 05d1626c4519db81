import { describe, expect, it } from 'vitest';
import { extractPdfText, layoutPage } from '../../../lib/extract/pdf';
import { parseBulletin } from '../../../lib/bulletin/parse';
import { AppFailure } from '../../../lib/bulletin/result';
import { makeScannedPdf, makeTextPdf, type PlacedLine } from './make-pdf';
import { readSeedExpected } from './fixtures';

const expected = readSeedExpected();
const WIDTH = 28;
const SIZE = 16;
const LEFT = 72;

/** Lays the seed bulletin out like a printed page: 28 characters a line, indented first lines. */
function layoutSeed(): PlacedLine[][] {
  const lines: Array<{ text: string; x: number }> = [
    { text: `${expected.issuer}\u30002021年3月22日`, x: LEFT },
    { text: expected.title, x: LEFT + 40 },
  ];
  const wrap = (text: string, first: number): void => {
    let rest = text;
    let indent = first;
    while (rest) {
      const n = WIDTH - indent;
      lines.push({ text: rest.slice(0, n), x: LEFT + indent * SIZE });
      rest = rest.slice(n);
      indent = 0;
    }
  };
  for (const p of expected.paragraphs) wrap(p, 2);
  for (const d of expected.distribution) wrap(`${d.label}：${d.recipients}`, 0);
  const pages: PlacedLine[][] = [];
  for (let i = 0; i < lines.length; i += 36) {
    pages.push(lines.slice(i, i + 36).map((l, k) => ({ ...l, y: 780 - k * 20, size: SIZE })));
  }
  return pages;
}

describe('extractPdfText', () => {
  it('rebuilds the seed bulletin from a laid-out PDF written out of reading order', async () => {
    const lines = await extractPdfText(makeTextPdf(layoutSeed(), { shuffle: true }));
    expect(lines[0]).toMatch(/^党史学习教育领导小组办公室\s2021年3月22日$/);
    const parsed = parseBulletin({ lines });
    expect(parsed.title).toBe(expected.title);
    expect(parsed.paragraphs).toEqual(expected.paragraphs);
    expect(parsed.distribution).toEqual(expected.distribution);
  });

  it('throws pdf_no_text for a scanned PDF', async () => {
    await expect(extractPdfText(makeScannedPdf())).rejects.toMatchObject({ name: 'AppFailure', code: 'pdf_no_text' });
  });

  it('throws unsupported_input for bytes that are not a PDF', async () => {
    const err = await extractPdfText(new TextEncoder().encode('%PDF-1.4 garbage')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppFailure);
  });
});

describe('layoutPage', () => {
  it('orders fragments by baseline then x, joins Latin fragments with a space, marks indents and gaps', () => {
    const f = (str: string, x: number, y: number): { str: string; x: number; y: number; width: number; size: number } => ({ str, x, y, width: str.length * 8, size: 16 });
    const lines = layoutPage([f('World', 120, 700), f('Hello', 72, 700.4), f('正文第一行', 104, 680), f('第二行', 72, 660), f('新段落', 72, 600)]);
    expect(lines).toEqual(['Hello World', '\u3000\u3000正文第一行', '第二行', '', '新段落']);
  });
});
