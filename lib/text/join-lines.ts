/**
 * Rebuilds paragraphs from hard-wrapped printed lines (text copied out of a PDF viewer, or an
 * HTML page with one <br> per printed line). Line widths are measured in em; the typical
 * width W of the column is estimated from the lines themselves, and a paragraph break is
 * placed where the evidence says so:
 * - a line clearly shorter than the column (a paragraph's last line, a title, a heading);
 * - sentence-final punctuation followed by a line about two characters short (the first line
 *   of the next paragraph, whose indent the copy lost);
 * - a real indent (U+3000 or several spaces) when the copy kept them;
 * - more blank lines than usual, where blank lines are otherwise layout (every line doubled);
 * - a heading marker or a 报：/附件： label after a finished sentence.
 * Text that is not wrapped (lines of very different lengths, mostly ending on punctuation)
 * comes back line for line. Linear in the input.
 */
import { endsSentence, isLatinOrDigit, measureWidth } from './cjk';
import { foldSpaces } from './spacing';
import { findRunningHeaders, isPageNumberLine } from './page-furniture';

interface Row {
  text: string;
  width: number;
  /** The line starts with U+3000 or two or more spaces (a kept first-line indent). */
  indent: boolean;
  /** Blank lines right before this one. */
  gap: number;
}

/** What {@link analyzeWrapping} found out about a list of lines. */
export interface WrapAnalysis {
  /** True when the lines look hard-wrapped at a fixed column. */
  wrapped: boolean;
  /** The estimated column width in em (0 when not wrapped). */
  width: number;
  /** True when blank lines separate every line (layout), false when they mark paragraphs. */
  blankLinesAreLayout: boolean;
}

const MAX_TRACKED_WIDTH = 160;
const MIN_COLUMN = 12;
// A heading marker or closing-block label: a new paragraph when the previous sentence ended.
const STRUCTURE_START =
  /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|[（(]\d{1,2}[）)]|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十\d]{1,3}[章节条部分]|(?:报|送|发|抄送|主送|抄报|分送|附件)\s?[：:]|附件\s?\d)/;

/** Turns raw lines into rows: spaces folded, indents noted, blank lines counted. */
function toRows(lines: readonly string[]): Row[] {
  const rows: Row[] = [];
  let gap = 0;
  for (const raw of lines) {
    const folded = foldSpaces(raw);
    const text = folded.trim();
    if (!text) {
      gap++;
      continue;
    }
    const indent = /^(?:\u3000|[ \t\u00a0]{2,})/.test(raw);
    rows.push({ text, width: measureWidth(text), indent, gap });
    gap = 0;
  }
  return rows;
}

/** Estimates the column width: the 2-em window holding the most lines (ties: the wider). */
function estimateColumn(rows: readonly Row[]): { width: number; inWindow: number } {
  const hist = new Array<number>(MAX_TRACKED_WIDTH + 2).fill(0);
  for (const r of rows) {
    const w = Math.round(r.width);
    if (w >= MIN_COLUMN - 1 && w <= MAX_TRACKED_WIDTH) hist[w]!++;
  }
  let best = 0;
  let bestCount = 0;
  for (let w = MIN_COLUMN; w < MAX_TRACKED_WIDTH; w++) {
    const count = hist[w - 1]! + hist[w]! + hist[w + 1]!;
    if (count >= bestCount) {
      best = w;
      bestCount = count;
    }
  }
  // The window finds the column; its fullest bin is the column itself (first lines, 2 em
  // short, would otherwise pull the estimate down).
  let mode = best;
  for (let w = best - 1; w <= best + 1; w++) if (hist[w]! > hist[mode]!) mode = w;
  return { width: mode, inWindow: bestCount };
}

/** Tests whether blank lines follow (nearly) every line, i.e. they are layout. */
function blanksAreLayout(rows: readonly Row[]): boolean {
  if (rows.length < 2) return false;
  let withBlank = 0;
  for (let i = 1; i < rows.length; i++) if (rows[i]!.gap > 0) withBlank++;
  return withBlank / (rows.length - 1) >= 0.5;
}

/** Decides whether rows look hard-wrapped, and at what width. */
function analyzeRows(rows: readonly Row[]): WrapAnalysis {
  const blankLinesAreLayout = blanksAreLayout(rows);
  const none = { wrapped: false, width: 0, blankLinesAreLayout };
  if (rows.length < 3) return none;
  const { width, inWindow } = estimateColumn(rows);
  if (width < MIN_COLUMN || inWindow < 3 || inWindow < 0.35 * rows.length) return none;
  let longer = 0;
  let open = 0;
  for (const r of rows) {
    if (r.width > width + 3) longer++;
    else if (Math.abs(r.width - width) <= 1.5 && !endsSentence(r.text)) open++;
  }
  // Wrapped text breaks mid-sentence on most full lines; one-paragraph-per-line text
  // ends nearly every line on punctuation and has many lines longer than any column.
  if (longer > 0.15 * rows.length || open < 0.3 * inWindow) return none;
  return { wrapped: true, width, blankLinesAreLayout };
}

/** Analyses lines without joining them (exposed for diagnostics and the parser). */
export function analyzeWrapping(lines: readonly string[]): WrapAnalysis {
  return analyzeRows(toRows(lines));
}

/** Joins two printed lines: a space only between two Latin letters or digits. */
function joinText(a: string, b: string): string {
  return isLatinOrDigit(a[a.length - 1]) && isLatinOrDigit(b[0]) ? `${a} ${b}` : a + b;
}

/** Decides whether a paragraph ends between row a and row b. */
function isBreak(a: Row, aIsFirst: boolean, b: Row, ctx: { width: number; gapLimit: number; indents: boolean }): boolean {
  if (b.gap > ctx.gapLimit) return true;
  const expected = aIsFirst ? ctx.width - 2 : ctx.width;
  const deficit = expected - a.width;
  if (ctx.indents) return b.indent || deficit > 3;
  if (deficit > 3) return true;
  const ended = endsSentence(a.text);
  if (deficit > 1.5) return ended;
  if (!ended && !a.text.endsWith('：')) return false;
  if (STRUCTURE_START.test(b.text)) return true;
  if (!ended) return false;
  // A full line ended a sentence: the next paragraph shows as a line about 2 em short.
  const firstLike = b.width <= ctx.width - 1.5 && b.width >= ctx.width - 3.5;
  return firstLike;
}

/**
 * Joins hard-wrapped printed lines back into paragraphs. Lines that are already paragraphs
 * (not wrapped at a common width) stay as they are, one paragraph per non-blank line. Page
 * numbers and running headers of wrapped copies are dropped. Output lines are trimmed but not
 * otherwise normalised (see normalizeSpacing).
 */
export function joinWrappedLines(lines: readonly string[]): string[] {
  let rows = toRows(lines);
  const analysis = analyzeRows(rows);
  if (!analysis.wrapped) return rows.map((r) => r.text);
  const headers = findRunningHeaders(rows.filter((r) => r.width < analysis.width - 3 && !endsSentence(r.text)).map((r) => r.text));
  rows = rows.filter((r, i) => {
    if (isPageNumberLine(r.text, true) || headers.has(r.text)) {
      // Keep the gap count of the dropped line for the row that follows it.
      const next = rows[i + 1];
      if (next) next.gap = Math.max(next.gap, r.gap);
      return false;
    }
    return true;
  });
  const indented = rows.filter((r) => r.indent).length;
  const ctx = {
    width: analysis.width,
    gapLimit: analysis.blankLinesAreLayout ? typicalGap(rows) : 0,
    indents: indented >= 2 && indented >= 0.05 * rows.length,
  };
  const out: string[] = [];
  let current = '';
  let prev: Row | null = null;
  let prevIsFirst = true;
  for (const row of rows) {
    if (prev === null) {
      current = row.text;
      prevIsFirst = true;
    } else if (isBreak(prev, prevIsFirst, row, ctx)) {
      out.push(current);
      current = row.text;
      prevIsFirst = true;
    } else {
      current = joinText(current, row.text);
      prevIsFirst = false;
    }
    prev = row;
  }
  if (prev !== null) out.push(current);
  return out;
}

/** The most common non-zero blank-line gap (layout spacing); bigger gaps are structure. */
function typicalGap(rows: readonly Row[]): number {
  const counts = new Map<number, number>();
  for (const r of rows) if (r.gap > 0) counts.set(r.gap, (counts.get(r.gap) ?? 0) + 1);
  let best = 1;
  let bestCount = -1;
  for (const [gap, n] of counts) {
    if (n > bestCount || (n === bestCount && gap < best)) {
      best = gap;
      bestCount = n;
    }
  }
  return best;
}
