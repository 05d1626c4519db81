/**
 * Rebuilds paragraphs from hard-wrapped printed lines (text copied out of a PDF viewer, or an
 * HTML page with one <br> per printed line). Line widths are measured in em; the typical
 * width W of the column is estimated from the lines themselves (column.ts), and a paragraph
 * break is placed where the evidence says so:
 * - a line that ends with room left for the next line's first word (a paragraph's last line,
 *   a title, a heading);
 * - sentence-final punctuation followed by a line about two characters short (the first line
 *   of the next paragraph, whose indent the copy lost);
 * - a real indent (U+3000 or several spaces) when the copy kept them;
 * - more blank lines than usual, where blank lines are otherwise layout (every line doubled);
 * - a heading marker or a 报：/附件： label after a finished sentence;
 * - for pairs the widths cannot settle, what this document's clear paragraph starts and ends
 *   look like, and whether the line starts the way the last paragraph did (list items, agenda
 *   rows: boundary-model.ts).
 * Text that is not wrapped (lines of very different lengths, mostly ending on punctuation)
 * comes back line for line. Linear in the input.
 */
import { isLatinOrDigit, measureWidth } from './cjk';
import { analyzeRows, toRows, typicalGap, type Row, type WrapAnalysis } from './column';
import { createBoundaryModel, learnBoundary, scoreBoundary, startShape, type BoundaryModel } from './boundary-model';
import { findBarePageNumbers, findRunningHeaders, isPageNumberLine } from './page-furniture';

export type { WrapAnalysis } from './column';

// A heading marker or closing-block label: a new paragraph when the previous sentence ended.
const STRUCTURE_START =
  /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|[（(]\d{1,2}[）)]|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十\d]{1,3}[章节条部分]|(?:报|送|发|抄送|主送|抄报|分送|附件)\s?[：:]|附件\s?\d)/;
const LEADING_WORD = /^[A-Za-z0-9][A-Za-z0-9.,%\-_/:'’]*/;
// Marks that close what came before (a comma, a stop, a closing quote or bracket).
const CLOSER_START = /^[，。、；：！？）》」』】〉”’]/;
const HANGING_END = /[，。、；：！？）》」』】〉”’]$/;
const OPENING_START = /^[“‘（《「『【〈([] ?/;
const CLOSING_START = /^[，。、；：！？）》」』】〉”’…%·,.;:!?)\]]/;
// A paragraph does not end on these: the line after is its continuation.
const OPEN_END = /[，、（《“‘：:,(\-—~～－–]$/;
// What follows a number and never starts a paragraph (2003 / 年, 1953 / － 2004). 万 and 亿
// are left out: they start names too.
const NUMBER_UNIT = /^[年月日号时分秒岁％%－~～]/;
// A bare parenthetical note (（罗 12:2 ）, （完）): after a finished sentence it belongs to it.
const BARE_NOTE = /^[（(][^（）()]{1,24}[）)]$/;
// Justification slack: a line ending with less room than the next word plus this is full.
const SLACK = 1;
// Prior log-odds of a boundary in an ambiguous pair, before the document's own evidence
// (tuned on the generated corpus of join-lines-generated.test.ts over six seeds, after the
// parallel-start feature joined the model; the seed is unaffected).
const AMBIGUOUS_PRIOR = -1;
// Prior log-odds of a boundary after a full line that ended a sentence, before a short line
// that ends one too: most often the paragraph's last line, but a one-line paragraph (a reply
// in a dialogue, `记者：` and a question) when the document's starts and ends say so strongly
// (tuned like the one above: eight seeds +13, eight others +11).
const LAST_LINE_PRIOR = -4.5;
// Paragraph starts a new line is compared with: the last one (more measured worse).
const RECENT_STARTS = 1;

interface Context {
  width: number;
  gapLimit: number;
  indents: boolean;
}

type Verdict = 'break' | 'join' | 'ambiguous' | 'last-line';

/** Analyses lines without joining them (exposed for diagnostics and the parser). */
export function analyzeWrapping(lines: readonly string[]): WrapAnalysis {
  return analyzeRows(toRows(lines));
}

// A Latin word (or number, bracket, quote) ending on its punctuation: `Ballroom,` `(2):` `"AT THE MONENT"`.
const LATIN_PUNCT_END = /[A-Za-z0-9)\]"'][,.;:!?)\]"']$/;

/**
 * Tests whether joining line a and line b needs a space: between Latin letters or digits, and
 * between Latin punctuation after a Latin word and a Latin word (a printer breaks Latin text
 * only at spaces: `Ballroom,` / `Dallas`, `2011(11):` / `56-58`, the line break took the space).
 */
function needsSpace(a: string, b: string): boolean {
  if (!isLatinOrDigit(b[0])) return false;
  return isLatinOrDigit(a[a.length - 1]) || LATIN_PUNCT_END.test(a);
}

/**
 * Width of what b starts with that a printer must keep together: a Latin word or number (and
 * the space before it after a Latin word), an opening mark with what it opens, or one
 * character. If that would have fitted in the room left on the line before, the line before
 * ended on purpose. Also tells whether a closing mark follows it (禁则: the printer may have
 * pushed the unit down with that mark, so the room it left proves nothing).
 */
function leadingUnit(a: string, b: string): { width: number; pushed: boolean } {
  const opening = OPENING_START.exec(b)?.[0].length ?? 0;
  const word = LEADING_WORD.exec(b.slice(opening));
  const length = opening + (word ? word[0].length : 1);
  const width = (opening ? 1 : 0) + (word ? measureWidth(word[0]) + (needsSpace(a, b) ? 0.5 : 0) : 1);
  return { width, pushed: CLOSING_START.test(b.slice(length)) };
}

/** Judges the pair (a, b) from layout alone. */
function judge(a: Row, aIsFirst: boolean, b: Row, ctx: Context): Verdict {
  if (b.gap > ctx.gapLimit) return 'break';
  if (NUMBER_UNIT.test(b.text) && /\d$/.test(a.text)) return 'join';
  const room = (aIsFirst ? ctx.width - 2 : ctx.width) - a.width;
  const { width: unit, pushed } = leadingUnit(a.text, b.text);
  if (ctx.indents) return b.indent || room >= unit + 2 ? 'break' : 'join';
  const ended = a.ended;
  // Room for the next word plus a margin for justification slack: the line ended early. A
  // middle line mid-sentence may be a character short (the seed has them); a first line or a
  // finished sentence with the room is not, unless a closing mark pushed the word down (禁则).
  if (room >= unit + (pushed || !(ended || aIsFirst) ? SLACK : 0)) return 'break';
  // No paragraph starts with a closing mark: a line that does holds what overflowed a full one.
  if (CLOSER_START.test(b.text)) return 'join';
  if ((ended || a.text.endsWith('：')) && STRUCTURE_START.test(b.text)) return 'break';
  // Wider than a first line can be, without a mark hanging in the margin: b is no first line.
  if (b.width > ctx.width - 2 && !HANGING_END.test(b.text)) return 'join';
  // A full line ended a sentence: the next paragraph shows as a line about 2 em short, or 1 em
  // short when a mark hangs in the margin at its end.
  if (ended && ((b.width <= ctx.width - 1.5 && b.width >= ctx.width - 3.5) || (b.width === ctx.width - 1 && HANGING_END.test(b.text)))) return 'break';
  // b is (nearly) full: first lines sit 2 em short, so b is no first line. Or a stops mid-phrase.
  if (b.width >= ctx.width - 1.25 || OPEN_END.test(a.text)) return 'join';
  // A full middle line ended a sentence and b is short: b is likely the paragraph's last line
  // when it ends a sentence too (a one-line paragraph otherwise), else a heading or one-line
  // item of its own.
  if (ended && !aIsFirst && b.width < ctx.width - 3.5) return BARE_NOTE.test(b.text) ? 'join' : b.ended ? 'last-line' : 'break';
  // A first line filled without ending a sentence, then a short line ending one: its last line.
  if (!ended && aIsFirst && b.ended && b.width < ctx.width - 3.5) return 'join';
  // Left: a sentence ended at the margin, or a one-line item filled its (first) line.
  return ended || aIsFirst ? 'ambiguous' : 'join';
}

/**
 * Runs the decisions over all rows; ambiguous and likely last-line pairs go to `model` when
 * given, else join. Only the clear decisions teach `learn`.
 */
function decide(rows: readonly Row[], ctx: Context, model: BoundaryModel | null, learn: BoundaryModel | null): boolean[] {
  const breaks: boolean[] = [];
  let aIsFirst = true;
  // Start shapes of the last paragraphs, for the model's parallel-structure feature.
  const starts = [startShape(rows[0]?.text ?? '')];
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1]!;
    const b = rows[i]!;
    const verdict = judge(a, aIsFirst, b, ctx);
    let isBreak = verdict === 'break';
    if (verdict === 'ambiguous' || verdict === 'last-line') {
      const prior = verdict === 'ambiguous' ? AMBIGUOUS_PRIOR : LAST_LINE_PRIOR;
      isBreak = model !== null && scoreBoundary(model, a.text, b.text, prior, starts) > 0;
    } else if (learn) {
      learnBoundary(learn, a.text, b.text, isBreak, starts);
    }
    breaks.push(isBreak);
    aIsFirst = isBreak;
    if (isBreak && starts.unshift(startShape(b.text)) > RECENT_STARTS) starts.pop();
  }
  return breaks;
}

/** Drops page numbers and running headers, passing their blank-line gaps on. */
function dropPageFurniture(rows: Row[], width: number): Row[] {
  const headers = findRunningHeaders(rows.map((r) => (r.width < width - 3 && !r.ended ? r.text : '')));
  const pageNumbers = findBarePageNumbers(rows.map((r) => r.text));
  return rows.filter((r, i) => {
    if (isPageNumberLine(r.text) || pageNumbers.has(i) || headers.has(r.text)) {
      const next = rows[i + 1];
      if (next) next.gap = Math.max(next.gap, r.gap);
      return false;
    }
    return true;
  });
}

/**
 * Joins hard-wrapped printed lines back into paragraphs. Lines that are already paragraphs
 * (not wrapped at a common width) stay as they are, one paragraph per non-blank line. Page
 * numbers and running headers of wrapped copies are dropped. Output lines are trimmed but not
 * otherwise normalised (see normalizeSpacing).
 */
export function joinWrappedLines(lines: readonly string[]): string[] {
  const all = toRows(lines);
  const analysis = analyzeRows(all);
  if (!analysis.wrapped) return all.map((r) => r.text);
  const rows = dropPageFurniture(all, analysis.width);
  const indented = rows.filter((r) => r.indent).length;
  const ctx: Context = {
    width: analysis.width,
    gapLimit: analysis.blankLinesAreLayout ? typicalGap(rows) : 0,
    indents: indented >= 2 && indented >= 0.05 * rows.length,
  };
  // Pass 1 learns from the clear cases; pass 2 settles the unclear ones with that knowledge.
  const model = createBoundaryModel();
  decide(rows, ctx, null, model);
  const breaks = decide(rows, ctx, model, null);
  const out: string[] = [];
  // Parts are collected and joined once per paragraph: appending to a growing string and
  // reading its last character would flatten it again and again.
  let parts: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    const text = rows[i]!.text;
    if (i > 0 && breaks[i - 1]) {
      out.push(parts.join(''));
      parts = [];
    }
    const prev = parts[parts.length - 1];
    parts.push(prev !== undefined && needsSpace(prev, text) ? ` ${text}` : text);
  }
  if (parts.length) out.push(parts.join(''));
  return out;
}
