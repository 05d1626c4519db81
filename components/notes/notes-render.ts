/**
 * Turning a scope's data into the export: one Markdown note (a single clipping through the
 * chosen template, or 学习笔记 across clippings) or a zip of one note per clipping with an
 * index. Rendering goes clipping by clipping and yields between batches so a long export
 * can show progress and the page stays responsive.
 */
import type { Clipping, Highlight } from '../../lib/bulletin/model';
import { fail, ok, type Result } from '../../lib/bulletin/result';
import { safeFileName } from '../../lib/export/filename';
import { buildStudyNotes, buildZip, STUDY_NOTES_TEMPLATE, type ExportFile } from '../../lib/export/study-notes';
import { buildClippingContext, renderTemplate } from '../../lib/export/template';
import { createSlicer, type SliceOptions } from '../../lib/highlight/slicer';
import type { ScopeData } from './notes-scope';

/** How notes appear under their passage. */
export type NoteStyle = 'plain' | 'quote' | 'callout';

/** Everything the user chose besides the scope. */
export interface NotesOptions {
  title: string;
  /** A clipping template (built-in or user). */
  template: string;
  /** A study-notes template for one note across clippings; default STUDY_NOTES_TEMPLATE. */
  studyTemplate?: string;
  /** ==marks== around highlighted passages in full text. */
  marks: boolean;
  noteStyle: NoteStyle;
  groupBy: 'clipping' | 'heading';
  /** 'md': one note; 'zip': one note per clipping plus an index. */
  output: 'md' | 'zip';
}

/** The finished export. */
export type NotesOutput =
  | { kind: 'md'; name: string; content: string }
  | { kind: 'zip'; name: string; bytes: Uint8Array; files: number };

// The built-in templates write a note as a paragraph with this label; the option swaps it.
const NOTE_LINE = '**批注**：{{ h.note }}';
const NOTE_LINES: Record<NoteStyle, string> = {
  plain: NOTE_LINE,
  quote: '{{ h.note | quote }}',
  callout: '{{ h.note | callout:"note","批注" }}',
};

/** True when a template writes notes the way the note-style option can change. */
export const supportsNoteStyle = (source: string): boolean => source.includes(NOTE_LINE);

/** True when a template shows the full text with marks (the marks option applies). */
export const supportsMarks = (source: string): boolean => source.includes('marked_body');

/** The template with its notes written in the chosen style. */
export function applyNoteStyle(source: string, style: NoteStyle): string {
  return source.split(NOTE_LINE).join(NOTE_LINES[style]);
}

/** Ends a note with exactly one newline, like the lib's own exports. */
const finish = (md: string): string => `${md.replace(/\s+$/, '')}\n`;

/** Renders one clipping through a template with the options applied. */
export function renderClipping(c: Clipping, highlights: readonly Highlight[], options: NotesOptions, now: Date): Result<string> {
  return renderStyled(c, highlights, applyNoteStyle(options.template, options.noteStyle), options.marks, now);
}

/** Renders one clipping through a template whose note style is already applied. */
function renderStyled(c: Clipping, highlights: readonly Highlight[], template: string, marks: boolean, now: Date): Result<string> {
  const context = buildClippingContext(c, highlights, now);
  if (!marks) context.marked_body = context.body;
  const out = renderTemplate(template, context);
  return out.ok ? ok(finish(out.value)) : out;
}

/** True when the export will be 学习笔记 across clippings rather than one clipping's note. */
export const isAcrossClippings = (data: ScopeData, single: boolean): boolean => !single || data.clippings.length !== 1;

/** One Markdown note for the scope: the clipping's own note, or 学习笔记 across clippings. */
export function renderNote(data: ScopeData, options: NotesOptions, single: boolean, now: Date): Result<string> {
  if (!isAcrossClippings(data, single)) return renderClipping(data.clippings[0]!, data.highlights, options, now);
  return buildStudyNotes({
    clippings: data.clippings,
    highlights: data.highlights,
    groupBy: options.groupBy,
    title: options.title,
    template: applyNoteStyle(options.studyTemplate ?? STUDY_NOTES_TEMPLATE, options.noteStyle),
    now,
  });
}

/** Groups highlights by clipping id (in one pass: a clipping may have thousands). */
function groupHighlights(highlights: readonly Highlight[]): Map<string, Highlight[]> {
  const map = new Map<string, Highlight[]>();
  for (const h of highlights) {
    const list = map.get(h.clippingId);
    if (list) list.push(h);
    else map.set(h.clippingId, [h]);
  }
  return map;
}

/** The name of a clipping's note inside a zip: "YYYY-MM-DD 标题.md". */
const fileNameOf = (c: Clipping): string => `${c.date ? `${c.date} ` : ''}${c.title}.md`;

/** Renders the first clipping's note only (the zip preview). */
export function renderFirstFile(data: ScopeData, options: NotesOptions, now: Date): Result<ExportFile | null> {
  const c = data.clippings[0];
  if (!c) return ok(null);
  const r = renderClipping(c, groupHighlights(data.highlights).get(c.id) ?? [], options, now);
  return r.ok ? ok({ name: fileNameOf(c), content: r.value }) : r;
}

/**
 * Renders the export, reporting (done, total) clippings whenever it yields to the event loop
 * (`slice`: how long it may work between yields) and once at the end.
 */
export async function buildNotesOutput(
  data: ScopeData,
  options: NotesOptions,
  single: boolean,
  now: Date,
  onProgress: (done: number, total: number) => void = () => undefined,
  slice: SliceOptions = { sliceMs: 40 },
): Promise<Result<NotesOutput>> {
  if (options.output === 'md' || data.clippings.length < 2) {
    const md = renderNote(data, options, single, now);
    onProgress(data.clippings.length, data.clippings.length);
    return md.ok ? ok({ kind: 'md', name: safeFileName(options.title, undefined, 'md'), content: md.value }) : md;
  }
  const byClipping = groupHighlights(data.highlights);
  // The note style is applied once, not per clipping (the template's parse is cached by its source).
  const template = applyNoteStyle(options.template, options.noteStyle);
  const files: ExportFile[] = [];
  const total = data.clippings.length;
  // Time slices, not fixed batches: the progress bar paints and the page answers input, and
  // a fast export is not slowed by yields it doesn't need (nested timers clamp to 4 ms).
  const slicer = createSlicer(slice);
  for (const [i, c] of data.clippings.entries()) {
    const r = renderStyled(c, byClipping.get(c.id) ?? [], template, options.marks, now);
    if (!r.ok) return fail(r.error.code, r.error.detail);
    files.push({ name: fileNameOf(c), content: r.value });
    if (i + 1 < total && (await slicer.maybeYield())) onProgress(i + 1, total);
  }
  onProgress(total, total);
  const bytes = buildZip(files, { now, indexTitle: options.title });
  return ok({ kind: 'zip', name: safeFileName(options.title, undefined, 'zip'), bytes, files: files.length });
}
