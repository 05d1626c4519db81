/**
 * Study notes across clippings (issue 6, 学习笔记): all passages of a tag, a date range or a
 * hand-picked selection in one Markdown file, grouped by bulletin or by section heading,
 * each passage with its note and its source's GB/T 7714 citation. Also the one-file-per-
 * clipping export that goes into a zip.
 */
import type { Clipping, Highlight } from '../bulletin/model';
import { fail, ok, type Result } from '../bulletin/result';
import { formatCitation, formatCitationMarkdown } from './citation';
import { formatLocalDateTime } from './dates';
import { formatFrontMatter, toObsidianTag } from './front-matter';
import { orderHighlights, toMarkdown } from './markdown';
import { STUDY_NOTES_TEMPLATE } from './study-notes-template';
import { buildClippingContext, buildHighlightContext, Markup, renderTemplate } from './template';
import type { ExportFile } from './zip';

export { buildZip, type ExportFile } from './zip';
export { STUDY_NOTES_TEMPLATE } from './study-notes-template';

/** Input of buildStudyNotes. */
export interface StudyNotesInput {
  clippings: Clipping[];
  highlights: Highlight[];
  groupBy: 'clipping' | 'heading';
  title: string;
  /** A template over the study-notes context; default STUDY_NOTES_TEMPLATE. */
  template?: string;
  now: Date;
}

/** A clipping's sort key: its bulletin date, else when it was clipped. */
const sortKey = (c: Clipping): string => `${c.date ?? c.publishedAt?.slice(0, 10) ?? ''}|${String(c.createdAt).padStart(15, '0')}`;

const UNKNOWN_SOURCE = '（来源缺失）';
const NO_HEADING = '（未分节）';

function describeSource(c: Clipping | undefined, now: Date): Record<string, unknown> {
  if (!c) return { title: UNKNOWN_SOURCE, url: null, date: null, issuer: null, citation: new Markup(UNKNOWN_SOURCE), citation_text: UNKNOWN_SOURCE };
  return {
    title: c.title,
    url: c.url,
    date: c.date,
    issuer: c.issuer,
    citation: new Markup(formatCitationMarkdown(c, now)),
    citation_text: formatCitation(c, now),
  };
}

/**
 * The study-notes context: title, exported, count, sources, tags, frontmatter, group_by,
 * groups [{ title, citation (null when grouped by heading), source, highlights }], and
 * highlights (all, each with `source`: title, url, date, issuer, citation, citation_text).
 */
export function buildStudyNotesContext(input: StudyNotesInput): Record<string, unknown> {
  const byId = new Map(input.clippings.map((c) => [c.id, c]));
  const clippings = [...input.clippings].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
  const wanted = new Map<string, Highlight[]>();
  for (const h of input.highlights) wanted.set(h.clippingId, [...(wanted.get(h.clippingId) ?? []), h]);
  // Reading order: clippings by date, passages by position in their text.
  const orderedIds = [...clippings.map((c) => c.id), ...[...wanted.keys()].filter((id) => !byId.has(id)).sort()];
  const rows = orderedIds.flatMap((id) => {
    const c = byId.get(id);
    const hs = wanted.get(id) ?? [];
    const ordered = c ? orderHighlights(c.paragraphs.join('\n\n'), hs).map((o) => o.highlight) : [...hs].sort((a, b) => a.createdAt - b.createdAt);
    const source = describeSource(c, input.now);
    return ordered.map((h) => ({ clipping: c, item: { ...buildHighlightContext(h), source } }));
  });
  const groups = new Map<string, { title: string; citation: Markup | null; source: Record<string, unknown> | null; highlights: unknown[] }>();
  for (const row of rows) {
    const key = input.groupBy === 'clipping' ? `c:${row.clipping?.id ?? ''}` : `h:${row.item.path.join(' › ')}`;
    let g = groups.get(key);
    if (!g) {
      const heading = row.item.path.join(' › ');
      g =
        input.groupBy === 'clipping'
          ? { title: row.clipping?.title ?? UNKNOWN_SOURCE, citation: row.item.source.citation as Markup, source: row.item.source, highlights: [] }
          : { title: heading || NO_HEADING, citation: null, source: null, highlights: [] };
      groups.set(key, g);
    }
    g.highlights.push(row.item);
  }
  // Passages outside any heading read best after the named sections.
  const list = [...groups.values()].sort((a, b) => Number(a.title === NO_HEADING && input.groupBy === 'heading') - Number(b.title === NO_HEADING && input.groupBy === 'heading'));
  const tags = [...new Set(input.highlights.flatMap((h) => h.tags).map(toObsidianTag).filter((t) => t !== ''))];
  const sources = new Set(rows.map((r) => r.clipping?.id ?? UNKNOWN_SOURCE)).size;
  return {
    title: input.title,
    exported: input.now,
    count: rows.length,
    sources,
    tags,
    group_by: input.groupBy,
    groups: list,
    highlights: rows.map((r) => r.item),
    frontmatter: new Markup(
      formatFrontMatter({ title: input.title, type: '学习笔记', exported: formatLocalDateTime(input.now), sources, highlights: rows.length, tags }).trimEnd(),
    ),
  };
}

/** Ends a rendered note with exactly one newline. */
const finish = (md: string): string => `${md.replace(/\s+$/, '')}\n`;

/**
 * One Markdown note across clippings: passages grouped by bulletin or by heading, each with
 * its note and source citation. Fails with `bad_template` when a custom template is broken.
 */
export function buildStudyNotes(input: StudyNotesInput): Result<string> {
  const out = renderTemplate(input.template ?? STUDY_NOTES_TEMPLATE, buildStudyNotesContext(input));
  return out.ok ? ok(finish(out.value)) : out;
}

/** Options of buildClippingFiles. */
export interface ClippingFilesOptions {
  mode?: 'full' | 'highlights';
  marks?: boolean;
  /** A clipping template (e.g. one of BUILTIN_TEMPLATES); default: toMarkdown. */
  template?: string;
  now: Date;
}

/**
 * One note per clipping, named "YYYY-MM-DD 标题.md" (unsafe characters replaced, names
 * unique), for a zip or separate downloads. Highlights are matched to clippings by id.
 */
export function buildClippingFiles(clippings: readonly Clipping[], highlights: readonly Highlight[], options: ClippingFilesOptions): Result<ExportFile[]> {
  const byClipping = new Map<string, Highlight[]>();
  for (const h of highlights) {
    const list = byClipping.get(h.clippingId);
    if (list) list.push(h);
    else byClipping.set(h.clippingId, [h]);
  }
  const files: ExportFile[] = [];
  for (const c of clippings) {
    const hs = byClipping.get(c.id) ?? [];
    let content: string;
    if (options.template !== undefined) {
      const r = renderTemplate(options.template, buildClippingContext(c, hs, options.now));
      if (!r.ok) return fail(r.error.code, r.error.detail);
      content = finish(r.value);
    } else {
      content = toMarkdown(c, { highlights: hs, mode: options.mode, marks: options.marks, now: options.now });
    }
    files.push({ name: `${c.date ? `${c.date} ` : ''}${c.title}.md`, content });
  }
  return ok(files);
}
