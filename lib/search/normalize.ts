/**
 * Text folding and gram extraction shared by the indexer and the query side. Folding is
 * length-preserving (one UTF-16 unit in, one out) so a match found in folded text is at the
 * same offsets in the original: snippets need no offset map.
 */

/** Folds one UTF-16 unit: full-width ASCII to half-width, U+3000 to space, A-Z to a-z. */
export function foldUnit(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
  else if (c === 0x3000) return 0x20;
  if (c >= 0x41 && c <= 0x5a) return c + 0x20;
  return c;
}

/** Folds a whole text (see foldUnit); the result has the same length as the input. */
export function foldText(text: string): string {
  let out = '';
  let start = 0;
  // Copy untouched runs in one slice: most Chinese text needs no change at all.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = foldUnit(c);
    if (f !== c) {
      out += text.slice(start, i) + String.fromCharCode(f);
      start = i + 1;
    }
  }
  return start === 0 ? text : out + text.slice(start);
}

/**
 * True for units that carry meaning in a gram: letters, digits, CJK ideographs, kana, 〇.
 * Whitespace and punctuation are left out of the index (they are frequent and a query's
 * punctuation is still checked when candidates are verified against the text).
 */
export function isWordUnit(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (c <= 0xbf) return false; // Latin-1 punctuation and symbols
  if (c >= 0x2000 && c <= 0x2bff) return false; // general punctuation, arrows, symbols
  if (c >= 0x3000 && c <= 0x303f) return c >= 0x3005 && c <= 0x3007; // 々〆〇 are words
  if (c >= 0xfe10 && c <= 0xfe6f) return false; // vertical and small forms
  if (c >= 0xff00 && c <= 0xffef) return false; // what folding left of full-width forms
  return true;
}

/** A gram id: a unigram is its unit (< 65536); a bigram is first * 65536 + second. */
export type GramId = number;

/**
 * The distinct grams of a folded text: every word unit (unigram) and every pair of adjacent
 * word units (bigram). Unigrams make one-character queries answerable from the index.
 */
export function collectGrams(folded: string, into: Set<GramId> = new Set()): Set<GramId> {
  let prev = -1;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (!isWordUnit(c)) {
      prev = -1;
      continue;
    }
    into.add(c);
    if (prev >= 0) into.add(prev * 65536 + c);
    prev = c;
  }
  return into;
}

const EDGE_QUOTES = /^["'“”‘’「」『』《》〈〉]+|["'“”‘’「」『』《》〈〉]+$/g;

/**
 * Splits a user query into folded terms: whitespace separates terms (all must match),
 * quotes around a term are dropped (users type “四个意识” as they see it printed).
 */
export function splitTerms(query: string): string[] {
  return foldText(query)
    .split(/\s+/)
    .map((t) => t.replace(EDGE_QUOTES, ''))
    .filter((t) => t.length > 0);
}

/**
 * The grams a text containing `term` must have in the index: its bigrams, or its unigrams
 * when it has no two adjacent word units. Empty when the term is all punctuation.
 */
export function gramsOfTerm(term: string): GramId[] {
  const bigrams = new Set<GramId>();
  const unigrams = new Set<GramId>();
  let prev = -1;
  for (let i = 0; i < term.length; i++) {
    const c = term.charCodeAt(i);
    if (!isWordUnit(c)) {
      prev = -1;
      continue;
    }
    unigrams.add(c);
    if (prev >= 0) bigrams.add(prev * 65536 + c);
    prev = c;
  }
  // Unigrams not covered by a bigram (e.g. the 中 of "中，国家") still narrow the candidates.
  const out = new Set(bigrams);
  if (bigrams.size === 0) return [...unigrams];
  for (const u of unigrams) {
    let covered = false;
    for (const b of bigrams) if (Math.floor(b / 65536) === u || b % 65536 === u) covered = true;
    if (!covered) out.add(u);
  }
  return [...out];
}

/**
 * True when the index alone proves a text contains the term: the term is one word unit or
 * two adjacent ones, so its single gram is the term itself.
 */
export function isExactByIndex(term: string): boolean {
  if (term.length === 1) return isWordUnit(term.charCodeAt(0));
  return term.length === 2 && isWordUnit(term.charCodeAt(0)) && isWordUnit(term.charCodeAt(1));
}
