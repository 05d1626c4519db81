/**
 * The data model of Bulletin Clipper: what a bulletin is once understood, and what the
 * library stores. Pure types and tiny helpers; every other module depends on this one, it
 * depends on nothing (see docs/adr-002-data-model.md).
 */

/** One 报/送/抄送 line of a bulletin's distribution block. */
export interface DistributionLine {
  /** The label without its colon: 报, 送, 抄送, 发, 主送 … */
  label: string;
  /** The recipients as printed, wrapped lines joined. */
  recipients: string;
}

/** A section heading of the official hierarchy (一、 （一） 1. （1）). */
export interface Heading {
  /** 1 for 一、, 2 for （一）, 3 for 1., 4 for （1）. */
  level: number;
  text: string;
  /** Index into `paragraphs` of the first paragraph under this heading. */
  paragraph: number;
}

/** How a clipping came in. */
export type ClipOrigin = 'article' | 'selection' | 'page' | 'text' | 'txt' | 'pdf' | 'html';

/**
 * A bulletin as extracted and understood, before it is stored. This is also the JSON that
 * `bulletin-clip FILE --format json` prints (a public interface: add fields, never rename).
 */
export interface BulletinDraft {
  title: string;
  subtitle: string | null;
  /** 编印单位 / 主办 / the office in the masthead or signature. */
  issuer: string | null;
  /** The bulletin's own name from the masthead, e.g. 党史学习教育简报. */
  bulletinName: string | null;
  /** 第12期, 〔2021〕3号, 总第N期 … as printed (spaces removed). */
  issueNumber: string | null;
  /** The bulletin's (document) date, YYYY-MM-DD; falls back to the publish date. */
  date: string | null;
  /** When the page says it was published: YYYY-MM-DD or YYYY-MM-DD HH:MM[:SS]. */
  publishedAt: string | null;
  /** 来源 line of a CMS page. */
  source: string | null;
  author: string | null;
  url: string | null;
  siteName: string | null;
  paragraphs: string[];
  headings: Heading[];
  distribution: DistributionLine[];
  attachments: string[];
  /** Paragraphs joined by blank lines: the text that highlights anchor against. */
  text: string;
  origin: ClipOrigin;
}

/** A stored clipping (Dexie table `clippings`). */
export interface Clipping extends BulletinDraft {
  /** Random UUID. */
  id: string;
  /** Deduplication key: see lib/bulletin/url.ts normalizeUrl. Null for pasted text. */
  normalizedUrl: string | null;
  /** Tags of the clipping as a whole (highlights carry their own). */
  tags: string[];
  /** Epoch milliseconds. */
  createdAt: number;
  updatedAt: number;
}

/** Builds the `text` field from paragraphs: the one place that decides the separator. */
export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.join('\n\n');
}

/** An empty draft with every field present (the JSON shape never drops keys). */
export function emptyDraft(origin: ClipOrigin): BulletinDraft {
  return {
    title: '',
    subtitle: null,
    issuer: null,
    bulletinName: null,
    issueNumber: null,
    date: null,
    publishedAt: null,
    source: null,
    author: null,
    url: null,
    siteName: null,
    paragraphs: [],
    headings: [],
    distribution: [],
    attachments: [],
    text: '',
    origin,
  };
}

/** The heading path (outermost first) of paragraph `index`. */
export function headingPath(headings: readonly Heading[], index: number): string[] {
  const path: Heading[] = [];
  for (const h of headings) {
    if (h.paragraph > index) break;
    while (path.length && path[path.length - 1]!.level >= h.level) path.pop();
    path.push(h);
  }
  return path.map((h) => h.text);
}

/** W3C Web Annotation TextQuoteSelector. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C Web Annotation TextPositionSelector: offsets in a text's UTF-16 code units. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** W3C RangeSelector with XPath containers: a hint, tried first and verified. */
export interface RangeSelector {
  type: 'RangeSelector';
  startContainer: string;
  startOffset: number;
  endContainer: string;
  endOffset: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector | RangeSelector;

/** The four highlight colours; their meanings (labels) are user settings. */
export const HIGHLIGHT_COLORS = ['yellow', 'red', 'green', 'blue'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/** A highlighted passage (Dexie table `highlights`, schema v2). */
export interface Highlight {
  id: string;
  clippingId: string;
  color: HighlightColor;
  /** The user's annotation (plain text, may be empty). */
  note: string;
  tags: string[];
  /** The highlighted text as selected. */
  exact: string;
  /** Selectors against the live page's body text (document.body.textContent). */
  pageTarget: Selector[];
  /** Selectors against the clipping's saved `text`. */
  textTarget: Selector[];
  /** Section headings the passage sits under, outermost first. */
  headingPath: string[];
  createdAt: number;
  updatedAt: number;
  /** Last time it was re-read in review mode (null: never). */
  reviewedAt: number | null;
  reviewCount: number;
  /** True when it last failed to anchor on the page or in the saved text. */
  orphan: boolean;
}

/** A tag (Dexie table `tags`, schema v2); highlights and clippings refer to it by name. */
export interface Tag {
  name: string;
  /** CSS colour or null for the default. */
  color: string | null;
  createdAt: number;
}

/** A key/value user setting (Dexie table `settings`, schema v2). */
export interface Setting {
  key: string;
  value: unknown;
}

/** Where each paragraph starts in `joinParagraphs(paragraphs)`. */
export function paragraphOffsets(paragraphs: readonly string[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    out.push(at);
    at += p.length + 2;
  }
  return out;
}

/** Index of the paragraph containing `offset` of `joinParagraphs(paragraphs)`. */
export function paragraphIndexAt(paragraphs: readonly string[], offset: number): number {
  let end = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    end += paragraphs[i]!.length;
    if (offset < end + 2 || i === paragraphs.length - 1) return i;
    end += 2;
  }
  return 0;
}
