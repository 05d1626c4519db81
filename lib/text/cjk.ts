/**
 * Character classes for Chinese text clean-up. Kept in one place so spacing, punctuation and
 * line joining agree on what counts as "CJK" and how wide a printed character is.
 */

/** Han ideographs (basic, extension A, compatibility) and 〇. */
export const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u3007';
/** CJK and full-width punctuation, plus the curly quotes, dash and ellipsis Chinese text uses. */
export const CJK_PUNCT = '\\u3001-\\u3006\\u3008-\\u301f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65\\u2018\\u2019\\u201c\\u201d\\u2014\\u2026\\u00b7';
/** CJK that is not an ideograph: kana, Hangul, CJK punctuation, full-width forms. */
export const CJK_OTHER = `\\u3040-\\u30ff\\uac00-\\ud7af${CJK_PUNCT}\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a`;
/** Everything treated as CJK for spacing: Han plus {@link CJK_OTHER}. */
export const CJK = `${HAN}${CJK_OTHER}`;

const HAN_RE = new RegExp(`[${HAN}]`);
const CJK_RE = new RegExp(`[${CJK}]`);

/** Tests whether one character is a Han ideograph. */
export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN_RE.test(ch);
}

/** Tests whether one character is CJK (ideograph, kana, CJK punctuation, full-width form). */
export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK_RE.test(ch);
}

/** Tests whether one character is an ASCII letter or digit. */
export function isLatinOrDigit(ch: string | undefined): boolean {
  if (ch === undefined || ch.length !== 1) return false;
  const c = ch.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Printed width of a line in em (one Han character = 1). ASCII and other proportional glyphs
 * count half. A space between two CJK characters or two Latin words is real (half an em);
 * a space where CJK meets ASCII counts nothing: a PDF copy puts one at every font change
 * (`2021 年`), with no ink behind it.
 *
 * With `limit`, stops as soon as the width passes it and returns what it has counted so far
 * (some value above `limit`): callers that only need to know a line is wider than any column
 * skip the per-character work on the rest of a long paragraph.
 */
export function measureWidth(s: string, limit = Infinity): number {
  let w = 0;
  let prevCjk: boolean | null = null;
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000) {
      pendingSpace = prevCjk !== null;
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) continue; // low surrogate: counted with its pair
    const wide = c >= 0x2e80 || c === 0x2014 || c === 0x2026 || (c >= 0x2018 && c <= 0x201d);
    if (pendingSpace && prevCjk === wide) w += 0.5;
    pendingSpace = false;
    prevCjk = wide;
    w += wide ? 1 : 0.5;
    if (w > limit) return w;
  }
  return w;
}

/** Sentence-final punctuation: a line ending on one of these may end a paragraph. */
export const SENTENCE_END = new Set(['。', '！', '？', '…', '；', '!', '?', '.', ';']);
/** Closing marks that may follow sentence-final punctuation (。” 。） …). */
export const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》', '】', '"', "'"]);

/** A short parenthetical after a finished sentence: 。”（弗5:17）, 。’”（徒22:14）, 。（完）, 。（新华社）. */
const TRAILING_NOTE = /[。！？!?…][”’」』"']{0,2}\s*[（(][^（）()]{1,24}[）)]\s*$/;

/** A reference's document type code (GB/T 7714: [J]. [M]. [EB/OL].): the entry goes on. */
const REFERENCE_TYPE = /\[[A-Z]{1,2}(?:\/[A-Z]{2})?\]\.$/;

/** Tests whether a line ends a sentence (looking through closing quotes and brackets). */
export function endsSentence(s: string): boolean {
  if (s.endsWith('].') && REFERENCE_TYPE.test(s)) return false;
  if (s.endsWith('）') || s.endsWith(')') || s.endsWith(' ')) {
    if (TRAILING_NOTE.test(s)) return true;
  }
  let i = s.length - 1;
  while (i >= 0 && (s[i] === ' ' || CLOSERS.has(s[i]!))) i--;
  // A closing quote right after the previous sentence end (“……。”) still ends it; a bare
  // closer after text (“最亮”) does not.
  return i >= 0 && SENTENCE_END.has(s[i]!);
}
