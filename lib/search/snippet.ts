/**
 * The passage shown for a hit: the match with some context, cut to its paragraph and at
 * most `context` characters each side, whitespace collapsed for a one-line display.
 */

/** A matching passage with the match located. */
export interface Snippet {
  /** Text before the match; starts with … when cut. */
  before: string;
  /** The matched text as it appears in the source (original case and width). */
  match: string;
  /** Text after the match; ends with … when cut. */
  after: string;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Builds the snippet for a match at [start, end) of `text`. */
export function makeSnippet(text: string, start: number, end: number, context = 40): Snippet {
  const paraStart = text.lastIndexOf('\n\n', start - 1);
  const floor = paraStart < 0 ? 0 : paraStart + 2;
  const paraEnd = text.indexOf('\n\n', end);
  const ceil = paraEnd < 0 ? text.length : paraEnd;
  let from = Math.max(floor, start - context);
  let to = Math.min(ceil, end + context);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from--;
  if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to++;
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  return {
    before: (from > floor ? '…' : '') + squash(text.slice(from, start)).trimStart(),
    match: text.slice(start, end),
    after: squash(text.slice(end, to)).trimEnd() + (to < ceil ? '…' : ''),
  };
}
