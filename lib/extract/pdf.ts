/**
 * PDF bytes -> text lines, rebuilt from pdf.js text items by position (pdf.js hands out
 * fragments in content-stream order, which is not always reading order). pdfjs-dist is loaded
 * with a dynamic import so it lands in its own chunk, never in the content script.
 *
 * Output follows parseBulletin's .txt convention: one string per printed line, '' where the
 * vertical gap says a paragraph or block ended, and a two-U+3000 indent when a line starts
 * clearly right of the page's left margin (the first line of a paragraph in official layout).
 * In a browser, set pdfjs GlobalWorkerOptions.workerSrc before calling; Node uses its fake worker.
 */
import { AppFailure } from '../bulletin/result';

/** One positioned text fragment. */
interface Fragment {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** Pages read at most (a 1,000-page PDF is not a bulletin; bounds time and memory). */
const MAX_PAGES = 300;

/** Extracts the text lines of a PDF; throws AppFailure('pdf_no_text') when it has no text layer. */
export async function extractPdfText(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js transfers (detaches) the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    throw new AppFailure('unsupported_input', `not a readable PDF (${e instanceof Error ? e.message : String(e)})`);
  }
  try {
    const lines: string[] = [];
    for (let p = 1; p <= Math.min(doc.numPages, MAX_PAGES); p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const fragments: Fragment[] = [];
      for (const item of content.items) {
        if (!('str' in item) || !item.str) continue;
        const t = item.transform as number[];
        fragments.push({ str: item.str, x: t[4]!, y: t[5]!, width: item.width, size: Math.hypot(t[2]!, t[3]!) || item.height || 10 });
      }
      lines.push(...layoutPage(fragments));
      page.cleanup();
    }
    if (!lines.some((l) => l.trim())) throw new AppFailure('pdf_no_text', 'the PDF has no text layer (scanned PDF?)');
    return lines;
  } finally {
    await doc.destroy();
  }
}

/** Groups fragments into lines (same baseline within half a font size), sorted top-down, left-right. */
export function layoutPage(fragments: readonly Fragment[]): string[] {
  const sorted = fragments.filter((f) => f.str.trim() || f.str === ' ').sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Fragment[][] = [];
  for (const f of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0]!.y - f.y) <= Math.max(row[0]!.size, f.size) * 0.5) row.push(f);
    else rows.push([f]);
  }
  if (!rows.length) return [];
  const left = modalLeft(rows);
  const gaps: number[] = [];
  for (let i = 1; i < rows.length; i++) gaps.push(rows[i - 1]![0]!.y - rows[i]![0]!.y);
  const lineGap = median(gaps) || 14;
  const out: string[] = [];
  rows.forEach((row, i) => {
    if (i > 0 && gaps[i - 1]! > lineGap * 1.6) out.push('');
    row.sort((a, b) => a.x - b.x);
    const size = row[0]!.size;
    let text = '';
    let end = -Infinity;
    for (const f of row) {
      // A visible gap between fragments is a space only between Latin letters/digits.
      if (text && f.x - end > size * 0.25 && /[A-Za-z0-9]$/.test(text) && /^[A-Za-z0-9]/.test(f.str)) text += ' ';
      text += f.str;
      end = f.x + f.width;
    }
    const indent = row[0]!.x - left >= size * 1.5 ? '\u3000\u3000' : '';
    out.push(indent + text.trim());
  });
  return out;
}

/** The most common left edge of rows (rounded), i.e. the text block's margin. */
function modalLeft(rows: readonly Fragment[][]): number {
  const counts = new Map<number, number>();
  for (const row of rows) {
    const x = Math.round(Math.min(...row.map((f) => f.x)));
    counts.set(x, (counts.get(x) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = -1;
  for (const [x, n] of counts) if (n > bestCount || (n === bestCount && x < best)) [best, bestCount] = [x, n];
  return best;
}

function median(values: number[]): number {
  const s = values.filter((v) => v > 0).sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
}
