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
