/**
 * Describing a passage of a text as W3C TextQuote + TextPosition selectors.
 *
 * Context rule (decided here, documented once):
 * - Each side saves CONTEXT_CHARS (32) meaningful chars: whitespace (spaces, line breaks, U+3000
 *   indents) does not count, because CMS pages pad text with hundreds of layout spaces and a
 *   context of 31 spaces and one character tells repeated list items apart no better than
 *   nothing. A side never spans more than MAX_RAW_CONTEXT raw chars.
 * - A side is cut back to the nearest sentence boundary (。！？；!?;) when that still leaves at
 *   least MIN_CONTEXT_CHARS meaningful chars and prefix + exact + suffix still occurs only once
 *   in the text ("shorter but sufficient"): the neighbouring sentence is the likeliest to be
 *   edited, so it is dropped when it adds no disambiguation, and kept when the passage is a
 *   repeated stock phrase (党史学习教育 …) whose occurrences only their context tells apart.
 */
import type { TextPositionSelector, TextQuoteSelector } from '../bulletin/model';
import { foldCharCode } from './fold';

/** Meaningful (non-whitespace) context chars saved on each side of a quote. */
export const CONTEXT_CHARS = 32;

/** A side is never cut shorter than this many meaningful chars: it must still carry evidence. */
export const MIN_CONTEXT_CHARS = 8;

/** Raw chars a side may span at most (a page of pure layout whitespace). */
export const MAX_RAW_CONTEXT = 256;

const SENTENCE_END = /[。！？；!?;]/;

/** True for chars that count towards the context length. */
function isMeaningful(c: number): boolean {
  return foldCharCode(c) >= 0;
}

/** Start of the prefix before `start`, and the sentence-boundary cut (or -1). */
function scanPrefix(text: string, start: number): { from: number; cut: number } {
  let count = 0;
  let cut = -1;
  let i = start;
  const limit = Math.max(0, start - MAX_RAW_CONTEXT);
  while (i > limit && count < CONTEXT_CHARS) {
    const c = text[i - 1]!;
    if (cut < 0 && count >= MIN_CONTEXT_CHARS && SENTENCE_END.test(c)) cut = i;
    if (isMeaningful(c.charCodeAt(0))) count++;
    i--;
  }
  return { from: i, cut };
}

/** End of the suffix after `end`, and the sentence-boundary cut (boundary included, or -1). */
function scanSuffix(text: string, end: number): { to: number; cut: number } {
  let count = 0;
  let cut = -1;
  let i = end;
  const limit = Math.min(text.length, end + MAX_RAW_CONTEXT);
  while (i < limit && count < CONTEXT_CHARS) {
    const c = text[i]!;
    if (isMeaningful(c.charCodeAt(0))) count++;
    i++;
    if (cut < 0 && count >= MIN_CONTEXT_CHARS && SENTENCE_END.test(c) && count < CONTEXT_CHARS) cut = i;
  }
  return { to: i, cut };
}

/** True when `needle` occurs exactly once in `text`. */
function occursOnce(text: string, needle: string): boolean {
  const first = text.indexOf(needle);
  return first >= 0 && text.indexOf(needle, first + 1) < 0;
}

/**
 * Describes text[start, end) as a TextQuoteSelector and a TextPositionSelector (offsets in
 * UTF-16 code units of `text`). Offsets are clamped to the text; start > end is swapped.
 */
export function describeTextRange(
  text: string,
  start: number,
  end: number,
): [TextQuoteSelector, TextPositionSelector] {
  const s = Math.max(0, Math.min(start, end, text.length));
  const e = Math.max(s, Math.min(text.length, Math.max(start, end)));
  const exact = text.slice(s, e);
  const pre = scanPrefix(text, s);
  const suf = scanSuffix(text, e);
  let from = pre.from;
  let to = suf.to;
  if (pre.cut >= 0 && occursOnce(text, text.slice(pre.cut, to))) from = pre.cut;
  if (suf.cut >= 0 && occursOnce(text, text.slice(from, suf.cut))) to = suf.cut;
  return [
    { type: 'TextQuoteSelector', exact, prefix: text.slice(from, s), suffix: text.slice(e, to) },
    { type: 'TextPositionSelector', start: s, end: e },
  ];
}
