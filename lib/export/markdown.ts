/**
 * Markdown export of one clipping (issue 2, and issue 6's single-clipping note): YAML front
 * matter Obsidian reads, the title, a line of bulletin facts, then the full text (optionally
 * with ==marks== on highlighted passages) or only the highlighted passages with their notes,
 * the distribution block, and a GB/T 7714 citation. The CLI and the extension both call this,
 * so `bulletin-clip --format md` and the popup's export are the same bytes.
 */
import type { BulletinDraft, Highlight } from '../bulletin/model';
import { formatCitationMarkdown } from './citation';
import { formatLocalDateTime } from './dates';
import { escapeMarkdownBlock, escapeMarkdownInline } from './escape';
import { formatFrontMatter, toObsidianTag } from './front-matter';
import { locateHighlight, type Span } from './locate';
import { formatClosing, formatFullBody, formatHighlightsBody } from './markdown-body';

/** What toMarkdown exports: a draft (CLI) or a stored clipping. */
export type ExportableClipping = BulletinDraft & { tags?: string[]; createdAt?: number };

/** Options of toMarkdown. */
export interface MarkdownOptions {
  /** The clipping's highlights (any order; they are sorted by position in the text). */
  highlights?: Highlight[];
  /** 'full' (default): the whole text; 'highlights': only the passages and notes. */
  mode?: 'full' | 'highlights';
  /** In full mode, wrap highlighted passages in ==…== (Obsidian highlights). */
  marks?: boolean;
  /** The export time (front matter `exported`, citation access date); tests freeze it. */
  now?: Date;
}

/** Highlights with where they sit in the text, in reading order (unplaced ones last, by time). */
export function orderHighlights(text: string, highlights: readonly Highlight[]): { highlight: Highlight; span: Span | null }[] {
  const placed = highlights.map((h) => ({ highlight: h, span: locateHighlight(text, h) }));
  return placed.sort((a, b) => {
    const pa = a.span?.start ?? Infinity;
    const pb = b.span?.start ?? Infinity;
    if (pa !== pb) return pa - pb;
    return a.highlight.createdAt - b.highlight.createdAt || (a.highlight.id < b.highlight.id ? -1 : a.highlight.id > b.highlight.id ? 1 : 0);
  });
}

/** The front-matter fields of a clipping, in a fixed order. */
export function describeFrontMatter(c: ExportableClipping, highlights: readonly Highlight[], now: Date): Record<string, string | string[] | null> {
  const tags = new Set<string>();
  for (const t of [...(c.tags ?? []), ...highlights.flatMap((h) => h.tags)]) {
    const tag = toObsidianTag(t);
    if (tag) tags.add(tag);
  }
  return {
    title: c.title,
    bulletin: c.bulletinName,
    issuer: c.issuer,
    issue: c.issueNumber,
    date: c.date,
    url: c.url,
    site: c.siteName,
    published: c.publishedAt,
    clipped: formatLocalDateTime(c.createdAt !== undefined ? new Date(c.createdAt) : now),
    exported: formatLocalDateTime(now),
    tags: [...tags],
  };
}

/** The line of facts under the title: bulletin name, issue, issuer, date (those present). */
function formatFacts(c: BulletinDraft): string | null {
  const facts = [c.bulletinName, c.issueNumber, c.issuer, c.date ?? c.publishedAt]
    .map((f) => (f ?? '').trim())
    .filter((f) => f !== '');
  return facts.length ? escapeMarkdownInline(facts.join(' · ')) : null;
}

/**
 * Exports one clipping as Markdown: front matter (title, bulletin, issuer, issue, date, url,
 * site, published, clipped, exported, tags), `# title`, subtitle, facts, body, distribution,
 * and a `来源：` citation line. Deterministic for a given `now`.
 */
export function toMarkdown(c: ExportableClipping, options: MarkdownOptions = {}): string {
  const now = options.now ?? new Date();
  const highlights = options.highlights ?? [];
  const text = c.paragraphs.join('\n\n');
  const ordered = orderHighlights(text, highlights);
  const blocks: string[] = [`# ${escapeMarkdownInline(c.title) || '无题'}`];
  if (c.subtitle?.trim()) blocks.push(`**${escapeMarkdownInline(c.subtitle)}**`);
  const facts = formatFacts(c);
  if (facts) blocks.push(facts);
  if (options.mode === 'highlights') {
    blocks.push(...formatHighlightsBody(ordered.map((o) => o.highlight)));
  } else {
    const spans = options.marks ? ordered.flatMap((o) => (o.span ? [o.span] : [])) : null;
    blocks.push(...formatFullBody(c, spans));
    if (!c.paragraphs.length && c.text.trim()) blocks.push(escapeMarkdownBlock(c.text));
  }
  blocks.push(...formatClosing(c));
  blocks.push(`来源：${formatCitationMarkdown(c, now)}`);
  return `${formatFrontMatter(describeFrontMatter(c, highlights, now))}\n${blocks.join('\n\n')}\n`;
}
