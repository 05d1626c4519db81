/**
 * Folded text: the page text with whitespace removed and full-width / CJK punctuation folded to
 * one canonical form, plus a map back to the original offsets.
 *
 * Why: the commonest ways a saved quote stops matching a revisited bulletin page are layout
 * changes, not wording changes: U+3000 ideographic-space indents, re-wrapped lines, a CMS swapping ，/, or （/(.
 * Searching the folded text turns those into exact matches (cheap, certain) instead of fuzzy
 * ones (costly, and risky for short quotes). Folds are one char to zero or one char, so the map
 * is a single array and positions stay monotonic.
 */

import { runToEnd, type Steps } from './steps';

/** A text together with its folded form; `map[i]` is the raw offset of folded char `i`. */
export interface FoldedText {
  raw: string;
  folded: string;
  map: Int32Array;
}

/** CJK punctuation with a half-width twin that CMSes swap freely (same meaning, one char each). */
const PUNCT: Record<number, number> = {
  0x3002: 0x2e, // 。 .
  0xff61: 0x2e, // ｡ .
  0x3001: 0x2c, // 、 , (half-width pages write enumerations with commas)
  0x201c: 0x22, // “ "
  0x201d: 0x22, // ” "
  0x2018: 0x27, // ‘ '
  0x2019: 0x27, // ’ '
  0x300c: 0x22, // 「 "
  0x300d: 0x22, // 」 "
  0x300e: 0x22, // 『 "
  0x300f: 0x22, // 』 "
  0x3010: 0x5b, // 【 [
  0x3011: 0x5d, // 】 ]
  0x3008: 0x3c, // 〈 <
  0x3009: 0x3e, // 〉 >
  0x300a: 0x3c, // 《 <
  0x300b: 0x3e, // 》 >
  0x2014: 0x2d, // — -
  0x2013: 0x2d, // – -
  0x00b7: 0x2e, // · .
  0x30fb: 0x2e, // ・ .
};

/** Returns the folded char code of `c`, or -1 when the char folds away (whitespace). */
export function foldCharCode(c: number): number {
  if (c <= 0x20) return -1; // ASCII whitespace and controls
  if (c < 0x7f) return c;
  if (c === 0x3000 || c === 0xa0 || c === 0xfeff || c === 0x1680 || c === 0x202f || c === 0x205f) return -1;
  if (c >= 0x2000 && c <= 0x200d) return -1; // en/em spaces, thin spaces, zero-width chars
  if (c === 0x2028 || c === 0x2029) return -1;
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0; // full-width ASCII forms: ， ： ； （ ） Ａ １
  return PUNCT[c] ?? c;
}

/** foldCharCode for every UTF-16 code unit, built on first use: a page of 1 M chars folds in ms. */
let table: Int32Array | null = null;

/** The lookup table (256 KiB), built once. */
function foldTable(): Int32Array {
  if (!table) {
    table = new Int32Array(0x10000);
    for (let c = 0; c < 0x10000; c++) table[c] = foldCharCode(c);
  }
  return table;
}

/** Folds a short string (a quote or its context); no offset map. */
export function foldString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const f = foldCharCode(s.charCodeAt(i));
    if (f >= 0) out += String.fromCharCode(f);
  }
  return out;
}

/** Raw chars folded per step: a step stays a few ms even on a slow, busy machine. */
const FOLD_CHUNK = 1 << 16;

/**
 * Folds a whole text and records where each folded char came from, chunk by chunk (yielding
 * in between: a 1 M char page takes tens of ms, too long for one slice of a content script).
 */
export function* foldTextSteps(raw: string): Steps<FoldedText> {
  const fold = foldTable();
  const map = new Int32Array(raw.length);
  const codes = new Uint16Array(Math.min(raw.length, FOLD_CHUNK));
  // Bulk decode of each chunk's codes instead of a char-by-char string build.
  // (An unpaired surrogate becomes U+FFFD: still one unit, so offsets stay aligned.)
  const decoder = new TextDecoder('utf-16le');
  const parts: string[] = [];
  let n = 0;
  for (let from = 0; from < raw.length; from += FOLD_CHUNK) {
    const to = Math.min(raw.length, from + FOLD_CHUNK);
    let k = 0;
    for (let i = from; i < to; i++) {
      const f = fold[raw.charCodeAt(i)]!;
      if (f < 0) continue;
      codes[k++] = f;
      map[n++] = i;
    }
    parts.push(decoder.decode(codes.subarray(0, k)));
    if (to < raw.length) yield;
  }
  return { raw, folded: parts.join(''), map: map.subarray(0, n) };
}

/** Folds a whole text synchronously (see foldTextSteps). */
export function foldText(raw: string): FoldedText {
  return runToEnd(foldTextSteps(raw));
}

/** The folded offset of the first folded char at or after raw offset `rawOffset`. */
export function toFoldedOffset(ft: FoldedText, rawOffset: number): number {
  let lo = 0;
  let hi = ft.map.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ft.map[mid]! < rawOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Raw [start, end) of the folded span [fStart, fEnd) (fEnd > fStart): first to last folded char. */
export function toRawSpan(ft: FoldedText, fStart: number, fEnd: number): { start: number; end: number } {
  return { start: ft.map[fStart]!, end: ft.map[fEnd - 1]! + 1 };
}
