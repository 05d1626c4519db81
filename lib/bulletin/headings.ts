/**
 * Section headings of the official hierarchy: 一、 （一） 1. （1） = levels 1-4. A heading is
 * either a line of its own (`一、总体要求`) or run in at the start of a paragraph
 * (`（一）加强组织领导。各地要……`), in which case its text is the first sentence.
 */

/** A heading recognised at the start of a paragraph. */
export interface HeadingMatch {
  level: 1 | 2 | 3 | 4;
  /** The heading as printed with its marker, without closing punctuation: `（一）加强组织领导`. */
  text: string;
  /** True when the paragraph goes on after the heading (the paragraph stays body text). */
  runIn: boolean;
}

const MARKERS: ReadonlyArray<[RegExp, 1 | 2 | 3 | 4]> = [
  [/^[一二三四五六七八九十]{1,3}、/, 1],
  [/^[（(][一二三四五六七八九十]{1,3}[）)]/, 2],
  [/^\d{1,2}(?:[.．](?!\d)|、)/, 3],
  [/^[（(]\d{1,2}[）)]/, 4],
];
const MAX_HEADING = 40;
const SENTENCE_END = /[。！？；]/;
const TRAILING = /[。！？；：:，,\s]+$/;

/**
 * Recognises a heading at the start of a paragraph (already space-normalised). Returns null
 * for plain paragraphs, and for numbered paragraphs whose first sentence is too long to be a
 * heading.
 */
export function matchHeading(paragraph: string): HeadingMatch | null {
  let level: 1 | 2 | 3 | 4 | 0 = 0;
  let markerLength = 0;
  for (const [re, l] of MARKERS) {
    const m = re.exec(paragraph);
    if (m) {
      level = l;
      markerLength = m[0].length;
      break;
    }
  }
  if (level === 0 || paragraph.length <= markerLength) return null;
  const head = paragraph.slice(0, MAX_HEADING + 2);
  const end = head.slice(markerLength).search(SENTENCE_END);
  if (end < 0) {
    // No sentence end: a heading line if short, otherwise a long numbered paragraph.
    return paragraph.length <= MAX_HEADING ? { level, text: paragraph.replace(TRAILING, ''), runIn: false } : null;
  }
  const cut = markerLength + end + 1;
  const text = paragraph.slice(0, cut).replace(TRAILING, '');
  if (text.length <= markerLength) return null;
  return { level, text, runIn: cut < paragraph.trimEnd().length };
}
