/**
 * The variables a template sees for one clipping: its fields under short names, dates as
 * Date values (for the `date` filter), ready-made Markdown pieces (front matter, body,
 * citation) and the highlights in reading order.
 */
import type { Highlight } from '../bulletin/model';
import { formatCitation, formatCitationMarkdown } from './citation';
import { formatFrontMatter } from './front-matter';
import { describeFrontMatter, orderHighlights, type ExportableClipping } from './markdown';
import { formatFullBody } from './markdown-body';
import { Lazy, Markup } from './template-filters';

/** A highlight as templates see it (study notes add `source`). */
export interface HighlightContext {
  id: string;
  text: string;
  note: string;
  color: string;
  tags: string[];
  /** The innermost heading the passage sits under, or "". */
  heading: string;
  path: string[];
  created: Date;
  updated: Date;
  orphan: boolean;
  [field: string]: unknown;
}

/** A highlight as templates see it. */
export function buildHighlightContext(h: Highlight): HighlightContext {
  return {
    id: h.id,
    text: h.exact,
    // A note of only spaces or blank lines is no note: `{% if h.note %}` should skip it.
    note: /\S/.test(h.note) ? h.note : '',
    color: h.color,
    tags: h.tags,
    heading: h.headingPath[h.headingPath.length - 1] ?? '',
    path: h.headingPath,
    created: new Date(h.createdAt),
    updated: new Date(h.updatedAt),
    orphan: h.orphan,
  };
}

/**
 * The context for one clipping: title, subtitle, bulletin, issuer, issue, date, published,
 * source, author, url, site, tags, clipped, exported, paragraphs, text, distribution, body
 * (Markdown), marked_body (Markdown with ==marks==), highlights, notes (highlights that have
 * a note), citation (Markdown), citation_text, frontmatter (the YAML block).
 */
export function buildClippingContext(c: ExportableClipping, highlights: readonly Highlight[], now: Date): Record<string, unknown> {
  const ordered = orderHighlights(c.paragraphs.join('\n\n'), highlights);
  const items = ordered.map((o) => buildHighlightContext(o.highlight));
  const spans = ordered.flatMap((o) => (o.span ? [o.span] : []));
  return {
    title: c.title,
    subtitle: c.subtitle,
    bulletin: c.bulletinName,
    issuer: c.issuer,
    issue: c.issueNumber,
    date: c.date,
    published: c.publishedAt,
    source: c.source,
    author: c.author,
    url: c.url,
    site: c.siteName,
    tags: c.tags ?? [],
    clipped: c.createdAt !== undefined ? new Date(c.createdAt) : now,
    exported: now,
    paragraphs: c.paragraphs,
    text: c.text,
    distribution: c.distribution.map((d) => ({ label: d.label, recipients: d.recipients })),
    // Formatting the whole text is the costly part: only when the template uses it.
    body: new Lazy(() => new Markup(formatFullBody(c, null).join('\n\n'))),
    marked_body: new Lazy(() => new Markup(formatFullBody(c, spans).join('\n\n'))),
    highlights: items,
    notes: items.filter((h) => h.note !== ''),
    citation: new Markup(formatCitationMarkdown(c, now)),
    citation_text: formatCitation(c, now),
    frontmatter: new Lazy(() => new Markup(formatFrontMatter(describeFrontMatter(c, [...highlights], now)).trimEnd())),
  };
}
