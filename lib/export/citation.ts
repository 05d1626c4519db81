/**
 * Source citations in GB/T 7714-2015 form for electronic resources (the Chinese national
 * standard that study notes and papers use):
 *   主要责任者. 题名[EB/OL]. (更新或修改日期)[引用日期]. 获取和访问路径.
 * e.g. 河南省科协. 河南省科协召开党史学习教育动员大会[EB/OL]. (2021-03-22)[2026-11-29]. URL.
 */
import { formatIsoDate, toCalendarDate } from './dates';
import { escapeMarkdownInline } from './escape';

/** The fields a citation reads (a Clipping or BulletinDraft fits). */
export interface CitationSource {
  issuer?: string | null;
  siteName?: string | null;
  title: string;
  date?: string | null;
  publishedAt?: string | null;
  url?: string | null;
}

interface CitationParts {
  author: string | null;
  title: string;
  type: string;
  updated: string | null;
  accessed: string;
  url: string | null;
}

/** One line, no doubled full stops: the standard separates elements with ". ". */
function clean(text: string | null | undefined): string | null {
  const t = (text ?? '').replace(/\s+/g, ' ').trim().replace(/[.。]+$/, '');
  return t === '' ? null : t;
}

function describeCitation(c: CitationSource, accessed: Date): CitationParts {
  const url = clean(c.url);
  return {
    // The issuing office is the responsible party; a site name is the next best thing.
    author: clean(c.issuer) ?? clean(c.siteName),
    title: clean(c.title) ?? '无题',
    // Without an address the resource is not "online": [EB] rather than [EB/OL].
    type: url ? 'EB/OL' : 'EB',
    updated: toCalendarDate(c.date) ?? toCalendarDate(c.publishedAt),
    accessed: formatIsoDate(accessed),
    url,
  };
}

/** What CommonMark accepts inside an autolink: a scheme, then no spaces, controls or <>. */
// eslint-disable-next-line no-control-regex
const AUTOLINK = /^[a-z][a-z0-9+.-]{1,31}:[^\s<>\u0000-\u001f]*$/i;

/** Everything up to the access path, as plain text. */
function assembleHead(p: CitationParts): string {
  const head = p.author ? `${p.author}. ` : '';
  const dates = `${p.updated ? `(${p.updated})` : ''}[${p.accessed}]`;
  return `${head}${p.title}[${p.type}]. ${dates}.`;
}

/**
 * Formats a GB/T 7714-2015 citation as plain text. The responsible party is the issuer
 * (else the site name, else omitted); the update date is the bulletin date (else the publish
 * date, else omitted); `accessed` is printed as the local calendar date.
 */
export function formatCitation(c: CitationSource, accessed: Date): string {
  const p = describeCitation(c, accessed);
  return p.url ? `${assembleHead(p)} ${p.url}.` : assembleHead(p);
}

/**
 * The same citation as safe Markdown: text escaped, the URL as an autolink `<…>` so it stays
 * clickable and its `_`, `*` or `&` cannot start Markdown syntax. A URL that cannot be an
 * autolink (spaces, angle brackets) is escaped as text instead.
 */
export function formatCitationMarkdown(c: CitationSource, accessed: Date): string {
  const p = describeCitation(c, accessed);
  const head = escapeMarkdownInline(assembleHead(p));
  if (!p.url) return head;
  const link = AUTOLINK.test(p.url) ? `<${p.url}>` : escapeMarkdownInline(p.url);
  return `${head} ${link}.`;
}
