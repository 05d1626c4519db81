/**
 * Spacing and punctuation clean-up for Chinese text. PDF copies and CMS editors leave spaces
 * around digits and Latin words (`2021 年 3 月`), U+3000/NBSP indents and half-width
 * punctuation between Chinese characters; this module puts them back the way the text was
 * typeset. Every pass is a single linear regex scan, safe on multi-megabyte input.
 */
import { CJK, CJK_OTHER, HAN, isHan } from './cjk';

// Unicode spaces that are layout, not content; zero-width marks vanish outright.
const WIDE_SPACES = /[\t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
const SPACE_RUN = / {2,}/g;
// Cheap pre-checks: most Chinese paragraphs have no odd spaces, no ASCII punctuation, no spaces.
const ODD_SPACE = /[\t\f\v\u00a0\u1680\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff]/;
const ASCII_PUNCT = /[,;:?!()]/;
const SPACES = / +/g;
const HAN_RE = new RegExp(`[${HAN}]`);
// A space to remove: after an ideograph unless an ideograph follows (names stay apart),
// after any other CJK character, or before a CJK character when no ideograph precedes.
// One pass, no callback: this runs on every paragraph.
const CJK_SPACE = new RegExp(`(?<=[${HAN}]) (?![${HAN}])|(?<=[${CJK_OTHER}]) | (?=[${CJK_OTHER}])|(?<![${CJK}]) (?=[${HAN}])`, 'g');
const CJK_BEFORE = new RegExp(`([${CJK}]) ?([,;:?!])`, 'g');
const COMMA_BEFORE_HAN = new RegExp(`([^0-9]) ?([,;]) ?(?=[${HAN}])`, 'g');
const PARENS = /\(([^()\n]{0,30})\)/g;
// Four or more single ideographs each followed by one space: letter-spaced PDF titles.
const LETTER_SPACED = new RegExp(`(?:[${HAN}] ){3,}[${HAN}](?![${HAN}])`, 'g');

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };

/** Removes every whitespace character, ideographic and no-break spaces included (comparison keys, character counts). */
export function squashSpaces(s: string): string {
  return s.replace(/[\s\u3000\u00a0]+/g, '');
}

/**
 * True when `line` squashed (squashSpaces) equals `key`, itself already squashed. Squashing
 * only removes whitespace, so a line shorter than the key, or one whose first and last
 * characters are not the key's, is ruled out without squashing it (most lines of a page).
 */
export function squashesTo(line: string, key: string): boolean {
  if (line.length < key.length) return false;
  const t = line.trim();
  if (key && (t[0] !== key[0] || t[t.length - 1] !== key[key.length - 1])) return false;
  return squashSpaces(line) === key;
}

/** Folds every kind of space to ASCII and drops zero-width marks (no collapsing, no trim). */
export function foldSpaces(s: string): string {
  return ODD_SPACE.test(s) ? s.replace(ZERO_WIDTH, '').replace(WIDE_SPACES, ' ') : s;
}

/**
 * Makes punctuation consistent in CJK context: ASCII , ; : ? ! after a CJK character (or a
 * comma before an ideograph) become full-width, and parentheses around or next to Chinese
 * text become （）. Numbers keep theirs: `1,000`, `10:30`, `(2)`… in Latin context.
 */
export function normalizePunctuation(s: string): string {
  if (!ASCII_PUNCT.test(s)) return s;
  // Parentheses first, so that a comma after （…） sees a CJK character before it.
  let out = s.replace(PARENS, (m, inner: string, off: number, all: string) => {
    const before = all[off - 1] === ' ' ? all[off - 2] : all[off - 1];
    const after = all[off + m.length] === ' ' ? all[off + m.length + 1] : all[off + m.length];
    const chinese = HAN_RE.test(inner) || isHan(before) || isHan(after);
    return chinese ? `（${inner}）` : m;
  });
  out = out.replace(CJK_BEFORE, (_m, ch: string, p: string) => ch + (FULL[p] ?? p));
  out = out.replace(COMMA_BEFORE_HAN, (_m, ch: string, p: string) => ch + (FULL[p] ?? p));
  return out;
}

/**
 * Normalises spacing in one paragraph or line: folds U+3000/NBSP and friends, collapses runs,
 * removes the spaces between CJK and digits/Latin/punctuation (`2021 年 3 月 22 日` ->
 * `2021年3月22日`, `建党 100 周年` -> `建党100周年`), keeps spaces between Latin words and
 * single spaces between ideographs (name lists), fixes half-width punctuation in CJK context
 * and trims. Newlines are kept; spaces around them go.
 */
export function normalizeSpacing(s: string): string {
  return normalizeFoldedSpacing(foldSpaces(s));
}

/**
 * {@link normalizeSpacing} for text whose spaces are already folded (see foldSpaces), such as
 * the paragraphs joinWrappedLines returns: skips the scan for odd spaces a second time.
 */
export function normalizeFoldedSpacing(s: string): string {
  let out = s;
  const spaced = out.includes(' ');
  if (spaced) out = out.replace(SPACE_RUN, ' ');
  if (out.includes('\n')) out = out.replace(/ ?\r?\n ?/g, '\n');
  out = normalizePunctuation(out);
  if (!spaced) return out.trim();
  out = out.replace(LETTER_SPACED, (m) => m.replace(SPACES, ''));
  out = out.replace(CJK_SPACE, '');
  return out.trim();
}
