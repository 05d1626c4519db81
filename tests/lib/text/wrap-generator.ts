/**
 * Test generator: turns real paragraphs into what a PDF viewer's "copy text" gives back, so
 * joinWrappedLines can be measured on more than the seed. The printer model:
 * - a column of W em (W chosen per document, 24-32); Han = 1 em, ASCII = 1/2 em;
 * - the first line of each paragraph is 2 em short and its indent is lost;
 * - line-start rules (禁则): closing punctuation never starts a line (it hangs in the margin,
 *   or the last character is pushed down with it), opening punctuation never ends one; Latin
 *   words and numbers are not split;
 * - punctuation compression: a middle line with three or more marks sometimes holds one more
 *   character. This follows the seed's printed lines: pure-Han middle lines hold 27-28
 *   characters, 29-30 only occur on punctuation-heavy lines, first lines are always 26 (9/9).
 * - on copying: a blank line after every printed line (most documents), a leading space on
 *   the first line of each page, and spaces around digit runs where they meet Chinese text
 *   (the font changes there, and the copy marks each font run with a space: `2021 年`).
 * Deterministic for a given seed.
 */
import { CJK, endsSentence, isLatinOrDigit, measureWidth } from '../../../lib/text/cjk';
import { normalizeSpacing } from '../../../lib/text/spacing';

const DIGIT_BOUNDARY = new RegExp(`(?<=[${CJK}])(?=\\d)|(?<=\\d)(?=[${CJK}])`, 'g');

/** A small seeded PRNG (mulberry32): the same seed gives the same documents. */
export function makeRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Options of one generated copy (chosen per document from the PRNG). */
export interface CopyOptions {
  width: number;
  blankLines: boolean;
  digitSpaces: boolean;
  pageLength: number;
}

const NO_LINE_START = new Set([...'，。、；：！？）》」』】〉”’…%·,.;:!?)]']);
const NO_LINE_END = new Set([...'（《「『【〈“‘([']);

/** Splits a paragraph into print units: one CJK character, or a whole ASCII word/number. */
function toUnits(paragraph: string): string[] {
  return paragraph.match(/[A-Za-z0-9][A-Za-z0-9.,%\-_/:'’]*|\s+|[\s\S]/gu) ?? [];
}

const CJK_PUNCT_RE = /[，。、；：！？“”‘’（）《》「」『』【】…—]/g;

/** Wraps one paragraph into printed lines following the printer model above. */
export function wrapParagraph(paragraph: string, width: number, random: () => number): string[] {
  const units = toUnits(paragraph);
  const lines: string[] = [];
  let line = '';
  let used = 0;
  let limit = width - 2;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    const isSpace = /^\s+$/.test(unit);
    // A space prints half an em between like scripts; at a CJK/ASCII change it is the copy's.
    const w = isSpace
      ? measureWidth(`${units[i - 1] ?? ''}${unit}${units[i + 1] ?? ''}`) - measureWidth(`${units[i - 1] ?? ''}${units[i + 1] ?? ''}`)
      : measureWidth(unit);
    if (used + w > limit && line !== '') {
      let carry = '';
      if (NO_LINE_START.has(unit) && used + w <= limit + 1) {
        // 禁则 for a closing mark: hang it in the margin, or push the last character down.
        const last = line[line.length - 1];
        if (random() < 0.5 || last === undefined || NO_LINE_START.has(last) || /[A-Za-z0-9]/.test(last)) {
          line += unit;
          used += w;
          continue;
        }
        carry = last;
        line = line.slice(0, -1);
      } else if (lines.length > 0 && w <= 1 && used + w <= limit + 1 && (line.match(CJK_PUNCT_RE)?.length ?? 0) >= 3 && random() < 0.5) {
        // Punctuation compression: a line with several marks can take one more character.
        line += unit;
        used += w;
        continue;
      }
      // An opening mark must not end a line: carry it over with the unit that follows.
      while (line.length > 1 && NO_LINE_END.has(line[line.length - 1]!)) {
        carry = line[line.length - 1]! + carry;
        line = line.slice(0, -1);
      }
      lines.push(line.trimEnd());
      line = carry;
      used = measureWidth(carry);
      limit = width;
      if (isSpace) continue;
    }
    line += unit;
    used += w;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** Draws per-document copy options. */
export function drawOptions(random: () => number): CopyOptions {
  return {
    width: 24 + Math.floor(random() * 9),
    blankLines: random() < 0.75,
    digitSpaces: random() < 0.7,
    pageLength: 28 + Math.floor(random() * 7),
  };
}

/** Produces the copied text lines of a document made of `paragraphs`. */
export function copyAsPdfText(paragraphs: readonly string[], options: CopyOptions, random: () => number): string[] {
  const printed: string[] = [];
  for (const p of paragraphs) printed.push(...wrapParagraph(p, options.width, random));
  const out: string[] = [];
  printed.forEach((line, i) => {
    let text = options.digitSpaces ? line.replace(DIGIT_BOUNDARY, ' ') : line;
    if (i > 0 && i % options.pageLength === 0) text = ` ${text}`;
    out.push(text);
    if (options.blankLines) out.push('');
  });
  return out;
}

/**
 * Tests whether a ground-truth page is itself a hard-wrapped printout, not paragraphs: at
 * least ten lines, half of them within 1 em of one width, and nearly all of those (80%) ending
 * mid-sentence. Paragraphs of prose spread over all widths and end on punctuation; a page
 * copied from a printout piles its lines up at the printout's column and cuts sentences.
 * (In the eval data, four pages qualify at 73-79% of lines, 95-98% mid-sentence; the next
 * page has 50% of 4 lines, none mid-sentence.)
 */
export function printoutColumn(lines: readonly string[]): number {
  const hist = new Map<number, number>();
  for (const l of lines) {
    const w = Math.round(measureWidth(l));
    hist.set(w, (hist.get(w) ?? 0) + 1);
  }
  let column = 0;
  let best = 0;
  for (const w of hist.keys()) {
    const n = (hist.get(w - 1) ?? 0) + hist.get(w)! + (hist.get(w + 1) ?? 0);
    if (w >= 10 && n > best) [column, best] = [w, n];
  }
  const atColumn = lines.filter((l) => Math.abs(measureWidth(l) - column) <= 1);
  const open = atColumn.filter((l) => !endsSentence(l)).length;
  return lines.length >= 10 && best >= 0.5 * lines.length && open >= 0.8 * best ? column : 0;
}

/**
 * Reads ground-truth lines as paragraphs (spacing normalised, blank lines dropped). A printout
 * (see printoutColumn) is read the way its printer laid it out: a paragraph starts on an
 * indented line or after a line that stopped short of the column (unless it starts with a
 * comma, stop or closing mark that the printer could not fit on that line).
 */
export function readPrintout(rawLines: readonly string[]): string[] {
  const raw = rawLines.filter((l) => l.trim().length > 0);
  const lines = raw.map((l) => normalizeSpacing(l)).filter((l) => l.length > 0);
  const column = printoutColumn(lines);
  if (!column || lines.length !== raw.length) return lines;
  const paragraphs: string[] = [];
  lines.forEach((line, i) => {
    const prev = paragraphs[paragraphs.length - 1];
    const starts = i === 0 || /^\s/.test(raw[i]!) || (measureWidth(lines[i - 1]!) < column - 1 && !/^[，。、；：！？）”’]/.test(line));
    if (prev === undefined || starts) paragraphs.push(line);
    else paragraphs[paragraphs.length - 1] = prev + (isLatinOrDigit(prev.at(-1)) && isLatinOrDigit(line[0]) ? ' ' : '') + line;
  });
  return paragraphs.map((p) => normalizeSpacing(p));
}
