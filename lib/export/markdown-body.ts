/**
 * The body of a single-clipping Markdown export: the bulletin text with its headings, or its
 * highlighted passages with notes. Every piece of user or page text goes through
 * lib/export/escape so it cannot turn into Markdown structure.
 */
import type { BulletinDraft, Highlight } from '../bulletin/model';
import { escapeLineStart, escapeMarkdownBlock, escapeMarkdownInline, escapeMarkdownText, quoteMarkdown } from './escape';
import { spansByParagraph, type Span } from './locate';

/** A heading level of the official hierarchy (1-4) as a Markdown heading under the title. */
export function formatHeading(level: number, text: string): string {
  const depth = Math.min(Math.max(Math.trunc(level), 1) + 1, 6);
  return `${'#'.repeat(depth)} ${escapeMarkdownInline(text)}`;
}

/**
 * A paragraph with ==marks== around the given spans (Obsidian's highlight syntax). Inner
 * line breaks become spaces here: a mark cannot cross a hard break reliably.
 */
export function formatMarkedParagraph(text: string, spans: readonly Span[]): string {
  const flat = text.replace(/\r\n?|\n/g, ' ');
  if (!spans.length) return escapeMarkdownBlock(flat);
  let out = '';
  let at = 0;
  for (const s of spans) {
    // Whitespace just inside == would stop the mark from opening or closing.
    let start = s.start;
    let end = s.end;
    while (start < end && /\s/.test(flat[start]!)) start++;
    while (end > start && /\s/.test(flat[end - 1]!)) end--;
    if (end <= start) continue;
    out += escapeMarkdownText(flat.slice(at, start));
    out += `==${escapeMarkdownText(flat.slice(start, end))}==`;
    at = end;
  }
  out += escapeMarkdownText(flat.slice(at));
  const trimmed = out.replace(/^[ \t]+|[ \t]+$/g, '');
  return trimmed.startsWith('==') ? trimmed : escapeLineStart(trimmed);
}

/**
 * The full text: headings placed before the paragraph they introduce. A paragraph that is
 * the heading itself (or starts with it) is not repeated.
 */
export function formatFullBody(c: BulletinDraft, spans: readonly Span[] | null): string[] {
  const marks = spans ? spansByParagraph(c.paragraphs, spans) : null;
  const headings = [...c.headings].sort((a, b) => a.paragraph - b.paragraph);
  const blocks: string[] = [];
  let hi = 0;
  c.paragraphs.forEach((para, i) => {
    let text = para;
    let skipTo = 0;
    while (hi < headings.length && headings[hi]!.paragraph <= i) {
      const h = headings[hi++]!;
      blocks.push(formatHeading(h.level, h.text));
      const ht = h.text.trim();
      if (h.paragraph === i && ht && text.trim().startsWith(ht)) {
        skipTo = text.indexOf(ht) + ht.length;
        text = text.slice(skipTo);
      }
    }
    if (text.trim() === '') return;
    const own = marks?.[i]
      ?.map((s) => ({ start: s.start - skipTo, end: s.end - skipTo }))
      .filter((s) => s.end > 0)
      .map((s) => ({ start: Math.max(s.start, 0), end: s.end }));
    const block = marks ? formatMarkedParagraph(text, own ?? []) : escapeMarkdownBlock(text);
    if (block !== '') blocks.push(block);
  });
  for (; hi < headings.length; hi++) blocks.push(formatHeading(headings[hi]!.level, headings[hi]!.text));
  return blocks;
}

/** One highlighted passage: the quote, then the note and tags as a paragraph. */
export function formatPassage(h: Pick<Highlight, 'exact' | 'note' | 'tags'>, labels = { note: '批注', tags: '标签' }): string[] {
  const blocks = [quoteMarkdown(h.exact)];
  const note = escapeMarkdownBlock(h.note);
  if (note !== '') blocks.push(`**${labels.note}**：${note}`);
  const tags = h.tags.map((t) => escapeMarkdownInline(t)).filter((t) => t !== '');
  if (tags.length) blocks.push(`*${labels.tags}*：${tags.join('、')}`);
  return blocks;
}

/**
 * The highlights view: passages in text order, a heading line whenever the section they sit
 * in changes, so the note reads like the bulletin's outline.
 */
export function formatHighlightsBody(ordered: readonly Highlight[]): string[] {
  if (!ordered.length) return ['（无摘录）'];
  const blocks: string[] = [];
  let section = '';
  for (const h of ordered) {
    const path = h.headingPath.filter((p) => p.trim() !== '');
    const key = path.join(' › ');
    if (key !== section && key !== '') blocks.push(`## ${escapeMarkdownInline(key)}`);
    section = key;
    blocks.push(...formatPassage(h));
  }
  return blocks;
}

/** The distribution block (报/送/抄送) and attachments, after a thematic break. */
export function formatClosing(c: BulletinDraft): string[] {
  const blocks: string[] = [];
  const lines = c.distribution
    .map((d) => `${escapeMarkdownInline(d.label)}：${escapeMarkdownInline(d.recipients)}`)
    .filter((l) => l !== '：');
  if (c.attachments.length) {
    blocks.push('附件：');
    blocks.push(c.attachments.map((a, i) => `${i + 1}. ${escapeMarkdownInline(a)}`).join('\n'));
  }
  if (lines.length) blocks.push('* * *', lines.join('\\\n'));
  return blocks;
}
