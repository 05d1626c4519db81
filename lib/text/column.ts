/**
 * Reading the layout of copied printed text: rows (text, width, indent, blank lines before),
 * the column width W, and whether the lines are hard-wrapped at all. See join-lines.ts.
 */
import { endsSentence, measureWidth } from './cjk';
import { foldSpaces } from './spacing';

/** One non-blank line with what its layout says. */
export interface Row {
  text: string;
  /**
   * Printed width in em (see measureWidth), exact up to {@link WIDTH_LIMIT}; a wider line gets
   * some value above it (every use compares it with a column of at most MAX_TRACKED_WIDTH + a
   * few em, where any such value decides the same).
   */
  width: number;
  /** The line starts with U+3000 or two or more spaces (a kept first-line indent). */
  indent: boolean;
  /** Blank lines right before this one. */
  gap: number;
  /** The line ends a sentence (see endsSentence); computed once, used by every pass. */
  ended: boolean;
}

/** What {@link analyzeRows} found out about a list of lines. */
export interface WrapAnalysis {
  /** True when the lines look hard-wrapped at a fixed column. */
  wrapped: boolean;
  /** The estimated column width in em (0 when not wrapped). */
  width: number;
  /** True when blank lines separate every line (layout), false when they mark paragraphs. */
  blankLinesAreLayout: boolean;
}

const MAX_TRACKED_WIDTH = 160;
/**
 * Where measuring a line stops. Every comparison of a row's width is with a column of at most
 * MAX_TRACKED_WIDTH (plus at most 3.5 em of slack and hanging marks) or with the width rounded
 * against MAX_TRACKED_WIDTH, so any width beyond this one decides the same; long one-line
 * paragraphs (hundreds of characters) are measured only this far.
 */
const WIDTH_LIMIT = MAX_TRACKED_WIDTH + 8;
const INDENT = /^(?:\u3000|[ \t\u00a0]{2,})/;
const MIN_COLUMN = 12;
// Score lost per line wider than a candidate column allows.
const OVERFLOW_PENALTY = 1.5;
// First lines count a little less than full lines, so that equal evidence picks the narrower column.
const FIRST_LINE_WEIGHT = 0.99;

/** Turns raw lines into rows: spaces folded, indents noted, blank lines counted. */
export function toRows(lines: readonly string[]): Row[] {
  const rows: Row[] = [];
  let gap = 0;
  for (const raw of lines) {
    // Trimmed first (trim() knows U+3000 and NBSP): a first-line indent is gone before the
    // fold, so a paragraph with no odd space inside is neither copied nor trimmed again.
    const trimmed = raw.trim();
    const folded = foldSpaces(trimmed);
    const text = folded === trimmed ? trimmed : folded.trim();
    if (!text) {
      gap++;
      continue;
    }
    const first = raw.charCodeAt(0);
    const indent = (first === 0x3000 || first === 0x20 || first === 0x09 || first === 0xa0) && INDENT.test(raw);
    rows.push({ text, width: measureWidth(text, WIDTH_LIMIT), indent, gap, ended: endsSentence(text) });
    gap = 0;
  }
  return rows;
}

/**
 * Estimates the column width W. Lines of a wrapped copy are either full (about W: middle
 * lines, give or take a hanging or squeezed character) or first lines (about W - 2, the lost
 * indent), so each candidate w scores the lines at w and w - 2 plus half its neighbours. A
 * printed column is also a ceiling: candidates with more than 5% of lines beyond them are out
 * (paragraph-per-line text has no ceiling), and so are candidates more than 1 em under the
 * width that nearly all lines stay within. Scoring both clusters and the ceiling keep pages of
 * short paragraphs, where first lines outnumber middle lines, from reading W as W - 2.
 */
export function estimateColumn(rows: readonly Row[]): { width: number; inWindow: number } {
  const hist = new Array<number>(MAX_TRACKED_WIDTH + 4).fill(0);
  // Lines of each width that follow a line ended well short of them: paragraph starts.
  const starts = new Array<number>(MAX_TRACKED_WIDTH + 4).fill(0);
  let beyond = 0;
  let prev = Infinity;
  for (const r of rows) {
    const w = Math.round(r.width);
    if (w > MAX_TRACKED_WIDTH) beyond++;
    else {
      hist[w]!++;
      if (prev < w - 4) starts[w]!++;
    }
    prev = r.width;
  }
  const n = rows.length;
  // The ceiling: the narrowest w with at most 3% of lines wider than w + 1 (hanging marks).
  let ceiling = MAX_TRACKED_WIDTH;
  let over = beyond;
  for (let w = MAX_TRACKED_WIDTH; w >= MIN_COLUMN; w--) {
    over += hist[w + 2] ?? 0;
    if (over > 0.03 * n) break;
    ceiling = w;
  }
  let above = beyond;
  let best = 0;
  let bestScore = 0;
  for (let w = MAX_TRACKED_WIDTH; w >= Math.max(MIN_COLUMN, ceiling - 1); w--) {
    above += hist[w + 3] ?? 0;
    if (above > Math.max(1, 0.05 * n)) break;
    // Lines beyond w + 1 should not exist if w were the column: each one counts against it.
    // A paragraph start as wide as w says the column is wider (first lines sit 2 em short),
    // when some line shows that wider column at all (text without indents has none); one
    // 2 em short of w says w, when some line is as wide as w.
    const wider = hist[w + 2] ?? 0;
    const score =
      hist[w]! + FIRST_LINE_WEIGHT * hist[w - 2]! + 0.5 * (hist[w - 1]! + hist[w + 1]!) + (hist[w]! > 0 ? starts[w - 2]! : 0) - OVERFLOW_PENALTY * (above + wider + (wider > 0 ? starts[w]! : 0));
    if (score > bestScore) {
      best = w;
      bestScore = score;
    }
  }
  if (best === 0) return { width: 0, inWindow: 0 };
  return { width: best, inWindow: hist[best - 1]! + hist[best]! + hist[best + 1]! };
}

/** Tests whether blank lines follow (nearly) every line, i.e. they are layout. */
function blanksAreLayout(rows: readonly Row[]): boolean {
  if (rows.length < 2) return false;
  let withBlank = 0;
  for (let i = 1; i < rows.length; i++) if (rows[i]!.gap > 0) withBlank++;
  return withBlank / (rows.length - 1) >= 0.5;
}

/** Decides whether rows look hard-wrapped, and at what width. */
export function analyzeRows(rows: readonly Row[]): WrapAnalysis {
  const blankLinesAreLayout = blanksAreLayout(rows);
  const none = { wrapped: false, width: 0, blankLinesAreLayout };
  if (rows.length < 3) return none;
  const { width, inWindow } = estimateColumn(rows);
  if (width < MIN_COLUMN || inWindow < 1) return none;
  let longer = 0;
  let open = 0;
  let fitting = 0;
  for (const r of rows) {
    if (r.width > width + 3) longer++;
    else if (Math.abs(r.width - width) <= 1.5 && !r.ended) open++;
    // Full lines and first lines (2 em short) both show the column.
    if (r.width >= width - 3.5 && r.width <= width + 1.5) fitting++;
  }
  if (fitting < 3) return none;
  // Wrapped text breaks mid-sentence on most full lines; one-paragraph-per-line text
  // ends nearly every line on punctuation and has many lines longer than any column.
  if (longer > Math.max(1, 0.05 * rows.length) || open < 0.3 * inWindow) return none;
  return { wrapped: true, width, blankLinesAreLayout };
}

/** The most common non-zero blank-line gap (layout spacing); bigger gaps are structure. */
export function typicalGap(rows: readonly Row[]): number {
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
