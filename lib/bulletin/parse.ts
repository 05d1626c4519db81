/**
 * Bulletin structure recognition: lines in reading order -> title, masthead fields, body
 * paragraphs with headings, and the closing blocks. Pure and linear; the DOM side (which
 * lines a page yields) lives in lib/extract, the text clean-up in lib/text.
 *
 * Order of work: drop chrome and CMS metadata lines (keeping their values), rebuild
 * paragraphs from wrapped lines, read the masthead and title at the top, then walk the rest
 * as body, headings, attachments, signature/date and distribution.
 */
import { emptyDraft, joinParagraphs, type BulletinDraft, type ClipOrigin, type DistributionLine, type Heading } from './model';
import { isBoilerplateLine } from './boilerplate';
import { parseMetaLine, type MetaLine } from './meta-line';
import { parseMastheadLine, type MastheadFields } from './masthead';
import { findDate } from './date';
import { readBody } from './body';
import { joinWrappedLines } from '../text/join-lines';
import { normalizeFoldedSpacing, normalizeSpacing } from '../text/spacing';
import { isPageNumberLine } from '../text/page-furniture';

/** Input of {@link parseBulletin}. */
export interface ParseInput {
  /**
   * Text blocks in reading order: for HTML one per block element or <br> line, for .txt/PDF
   * one per line of the file (blank lines included as '').
   */
  lines: string[];
  /** The page's own article title (h1, ArticleTitle meta), when the caller knows it. */
  titleHint?: string | null;
}

/** A bulletin's structure as recognised from its text. */
export interface ParsedBulletin {
  title: string;
  subtitle: string | null;
  issuer: string | null;
  bulletinName: string | null;
  issueNumber: string | null;
  /** Document date (成文日期 / masthead date), falling back to the publish date's day. */
  date: string | null;
  publishedAt: string | null;
  source: string | null;
  author: string | null;
  paragraphs: string[];
  headings: Heading[];
  distribution: DistributionLine[];
  attachments: string[];
}

const HEADER_WINDOW = 8;
const MAX_TITLE = 80;
const SUBTITLE_RE = /^(?:——|—|－－|--|-)\s*/;
/** The start a block needs for SUBTITLE_RE to match it once normalised (spaces and zero-width marks go). */
const SUBTITLE_START = /^[\s\u200b-\u200d\u2060]*[—－-]/;
/** A forum or blog post's labelled title line (主题：…): the post's title, whatever the page's <title>. */
const LABELLED_TITLE = /^(?:主题|标题|帖子主题|文章标题) ?[：:] ?(\S.{1,79})$/;

/** Compares titles ignoring spaces and punctuation (a hint and the printed line differ there). */
function titleKey(s: string): string {
  // Long blocks are body text, never a title: skip the work on them.
  return s.length > MAX_TITLE * 3 ? s.slice(0, 1) + s.length : s.replace(/[\s\p{P}\p{S}]/gu, '');
}

const KEY_SKIP = /^[\s\p{P}\p{S}]$/u;

/**
 * `titleKey(s) === key` without building s's key: walks s and the key together and gives up
 * at the first kept character of s that is not the key's next one, so a body paragraph under
 * the title costs a character or two instead of a copy of it.
 */
function hasTitleKey(s: string, key: string): boolean {
  if (s.length > MAX_TITLE * 3) return titleKey(s) === key;
  let k = 0;
  for (let i = 0; i < s.length; ) {
    const c = s.codePointAt(i)!;
    const n = c > 0xffff ? 2 : 1;
    if (!KEY_SKIP.test(s.slice(i, i + n))) {
      if (c !== key.codePointAt(k)) return false;
      k += n;
    }
    i += n;
  }
  return k === key.length;
}

/** Removes chrome and metadata lines, merging what the metadata says into `meta`. */
function dropChrome(lines: readonly string[], meta: MetaLine): string[] {
  const kept: string[] = [];
  for (const line of lines) {
    if (line.length <= 200 && line.trim()) {
      if (isBoilerplateLine(line) || isPageNumberLine(line)) continue;
      const m = parseMetaLine(line);
      if (m) {
        for (const [k, v] of Object.entries(m) as Array<[keyof MetaLine, string]>) meta[k] ??= v;
        continue;
      }
    }
    kept.push(line);
  }
  return kept;
}

/** Merges masthead fields, first value wins. */
function mergeMasthead(into: MastheadFields, from: MastheadFields): void {
  into.bulletinName ??= from.bulletinName;
  into.issueNumber ??= from.issueNumber;
  into.issuer ??= from.issuer;
  into.date ??= from.date;
}

/** Tests whether a block can be a title: short, one phrase, not ending like a sentence (。). */
function isTitleLike(block: string): boolean {
  if (block.length > MAX_TITLE * 3) return false;
  const t = normalizeFoldedSpacing(block);
  return t.length > 0 && t.length <= MAX_TITLE && !/[。！？；]./.test(t) && !/[，,。；]$/.test(t);
}

// Words a document title ends with, and words a wrapped first title line stops on.
const TITLE_END = /(?:通知|意见|办法|方案|规定|规划|要点|报告|决定|公告|通告|通报|讲话|纪要|细则|总结|批复|函|会议|大会|活动|工作|情况|简报)$/;
const TITLE_OPEN_END = /(?:的|和|与|及|暨|关于|开展|召开|举办|印发|转发|做好|加强|推进)$/;

/** Tests whether `next` is the second printed line of a wrapped title. */
function continuesTitle(title: string, next: string): boolean {
  if (next.length > 20 || title.length + next.length > MAX_TITLE || SUBTITLE_RE.test(next)) return false;
  if (/[。，；：！？、]/.test(next) || /[。，；：！？]$/.test(title)) return false;
  if (parseMastheadLine(next) || findDate(next)) return false;
  return TITLE_OPEN_END.test(title) || (TITLE_END.test(next) && !TITLE_END.test(title));
}

interface Header {
  title: string;
  subtitle: string | null;
  masthead: MastheadFields;
  /** Index of the first body block. */
  bodyStart: number;
}

/** Reads masthead, title, subtitle and any date/issuer lines under the title. */
function readHeader(blocks: readonly string[], titleHint: string | null): Header {
  const masthead: MastheadFields = {};
  const hintKey = titleHint ? titleKey(titleHint) : '';
  let title = '';
  let i = 0;
  // A hint found near the top: everything above it is masthead or chrome.
  let hinted = -1;
  if (hintKey) {
    for (let k = 0; k < Math.min(blocks.length, HEADER_WINDOW) && hinted < 0; k++) if (hasTitleKey(blocks[k]!, hintKey)) hinted = k;
  }
  if (hinted >= 0) {
    for (let k = 0; k < hinted; k++) mergeMasthead(masthead, parseMastheadLine(blocks[k]!) ?? {});
    title = normalizeFoldedSpacing(blocks[hinted]!);
    i = hinted + 1;
  } else {
    for (; i < Math.min(blocks.length, HEADER_WINDOW); i++) {
      const m = parseMastheadLine(blocks[i]!);
      if (!m) break;
      mergeMasthead(masthead, m);
    }
    const labelled = i < blocks.length ? LABELLED_TITLE.exec(blocks[i]!.trim()) : null;
    if (labelled) {
      title = normalizeFoldedSpacing(labelled[1]!);
      i++;
    } else if (titleHint) title = normalizeSpacing(titleHint);
    else if (i < blocks.length && isTitleLike(blocks[i]!)) {
      title = normalizeFoldedSpacing(blocks[i++]!);
      // A long title wraps onto a second printed line: 关于开展……的 / 通知.
      const next = i < blocks.length ? normalizeFoldedSpacing(blocks[i]!) : '';
      if (next && continuesTitle(title, next)) {
        title += next;
        i++;
      }
    }
  }
  let subtitle: string | null = null;
  // Normalising never puts a dash first: a block that does not start with one (after spaces) is no subtitle.
  if (i < blocks.length && title && SUBTITLE_START.test(blocks[i]!)) {
    const next = normalizeFoldedSpacing(blocks[i]!);
    if (SUBTITLE_RE.test(next) && next.length <= MAX_TITLE) {
      subtitle = next.replace(SUBTITLE_RE, '').replace(/[—－-]+$/, '').trim();
      i++;
    }
  }
  // Under the title: an office and/or date line (新华社 2021年3月22日), still masthead; and
  // the title again when a page prints it above the masthead (h1) and inside the body.
  const key = titleKey(title);
  for (let k = 0; k < 4 && i < blocks.length; k++, i++) {
    if (key && hasTitleKey(blocks[i]!, key)) continue;
    const m = parseMastheadLine(blocks[i]!);
    if (!m || (!m.date && !m.issuer && !m.issueNumber && !m.bulletinName && Object.keys(m).length > 0)) break;
    mergeMasthead(masthead, m);
  }
  return { title, subtitle, masthead, bodyStart: i };
}

/** Recognises a bulletin's structure from its lines (see {@link ParseInput}). */
export function parseBulletin(input: ParseInput): ParsedBulletin {
  const meta: MetaLine = {};
  const lines = dropChrome(input.lines, meta);
  const blocks = joinWrappedLines(lines);
  const header = readHeader(blocks, input.titleHint?.trim() || null);
  // joinWrappedLines folded the spaces already.
  const body = readBody(blocks.slice(header.bodyStart).map(normalizeFoldedSpacing));
  const { masthead } = header;
  const publishedAt = meta.publishedAt ?? null;
  return {
    title: header.title,
    subtitle: header.subtitle,
    issuer: masthead.issuer ?? meta.issuer ?? body.signature ?? null,
    bulletinName: masthead.bulletinName ?? null,
    issueNumber: masthead.issueNumber ?? null,
    date: body.documentDate ?? meta.documentDate ?? masthead.date ?? publishedAt?.slice(0, 10) ?? null,
    publishedAt,
    source: meta.source ?? null,
    author: meta.author ?? null,
    paragraphs: body.paragraphs,
    headings: body.headings,
    distribution: body.distribution,
    attachments: body.attachments,
  };
}

/**
 * Parses pasted text or a .txt file into a full draft (url and siteName null). When no title
 * line is found, the start of the first paragraph stands in for it.
 */
export function parseTextBulletin(raw: string, origin: ClipOrigin = 'txt'): BulletinDraft {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const parsed = parseBulletin({ lines: text.split(/\r\n|\r|\n/) });
  const draft = emptyDraft(origin);
  const title = parsed.title || fallbackTitle(parsed.paragraphs[0] ?? '');
  return { ...draft, ...parsed, title, text: joinParagraphs(parsed.paragraphs) };
}

/** The first sentence (or first 30 characters) of a paragraph, as a stand-in title. */
function fallbackTitle(paragraph: string): string {
  const sentence = /^[^。！？]{1,30}/.exec(paragraph)?.[0] ?? '';
  return sentence.length < paragraph.length && sentence.length === 30 ? `${sentence}…` : sentence;
}
