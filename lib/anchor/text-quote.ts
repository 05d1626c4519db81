/**
 * Describing a passage of a text as W3C TextQuote + TextPosition selectors.
 *
 * Context rule (decided here, documented once): each side saves up to CONTEXT_CHARS (32)
 * chars, like Hypothesis. A side is cut back to the nearest sentence boundary (。！？；) when
 * that still leaves at least MIN_CONTEXT_CHARS of context and the shortened
 * prefix + exact + suffix still occurs only once in the text ("shorter but sufficient").
 * Context from the neighbouring sentence is the likeliest to be edited later, so dropping it
 * when it adds no disambiguation makes re-anchoring more robust; keeping it when the passage
 * is a repeated stock phrase (党史学习教育 …) is what lets us tell the occurrences apart.
 */
import type { TextPositionSelector, TextQuoteSelector } from '../bulletin/model';

/** Maximum context saved on each side of a quote. */
export const CONTEXT_CHARS = 32;

/** A side is never cut shorter than this: it must still carry evidence. */
export const MIN_CONTEXT_CHARS = 8;

const SENTENCE_END = /[。！？；!?;]/;

/** Where the prefix may start when cut at a sentence boundary, or -1. */
function findPrefixCut(text: string, from: number, start: number): number {
  for (let i = start - MIN_CONTEXT_CHARS - 1; i >= from; i--) {
    if (SENTENCE_END.test(text[i]!)) return i + 1;
  }
  return -1;
}

/** Where the suffix may end when cut at a sentence boundary (the boundary included), or -1. */
function findSuffixCut(text: string, end: number, to: number): number {
  for (let i = end + MIN_CONTEXT_CHARS - 1; i < to; i++) {
    if (SENTENCE_END.test(text[i]!)) return i + 1;
  }
  return -1;
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
  let s = Math.max(0, Math.min(start, end, text.length));
  const e = Math.min(text.length, Math.max(start, end, 0));
  if (s > e) s = e;
  const exact = text.slice(s, e);
  const from = Math.max(0, s - CONTEXT_CHARS);
  const to = Math.min(text.length, e + CONTEXT_CHARS);
  let prefix = text.slice(from, s);
  let suffix = text.slice(e, to);
  const pCut = findPrefixCut(text, from, s);
  if (pCut >= 0 && occursOnce(text, text.slice(pCut, to))) prefix = text.slice(pCut, s);
  const sCut = findSuffixCut(text, e, to);
  if (sCut >= 0 && occursOnce(text, prefix + exact + text.slice(e, sCut))) suffix = text.slice(e, sCut);
  return [
    { type: 'TextQuoteSelector', exact, prefix, suffix },
    { type: 'TextPositionSelector', start: s, end: e },
  ];
}
