/**
 * User templates, stored as one settings row (key 'templates') so a library backup carries
 * them with everything else (lib/backup exports the whole settings table). Each template
 * remembers the built-in it started from, for "reset to default".
 */
import type { ClipperDb } from '../../lib/db/database';
import { STUDY_NOTES_TEMPLATE } from '../../lib/export/study-notes';
import { BUILTIN_TEMPLATES } from '../../lib/export/template';

/** The settings key holding the user's templates. */
export const TEMPLATES_KEY = 'templates';

/**
 * What a template renders: one clipping (its fields, highlights, body) or 学习笔记 across
 * clippings (groups of passages with their sources, see lib/export/study-notes.ts).
 */
export type TemplateKind = 'clipping' | 'study';

/** The id of the built-in study-notes (across clippings) template. */
export const STUDY_BUILTIN_ID = 'study-across';

/** A template the user wrote or edited. */
export interface UserTemplate {
  id: string;
  name: string;
  source: string;
  /** The built-in template it was made from (reset goes back to it). */
  base: string;
  updatedAt: number;
}

/** A template offered in the pickers: a built-in or one of the user's. */
export interface TemplateChoice {
  id: string;
  name: string;
  source: string;
  builtin: boolean;
  base: string;
  kind: TemplateKind;
}

/** A template's kind follows the built-in it started from. */
export const kindOf = (base: string): TemplateKind => (base === STUDY_BUILTIN_ID ? 'study' : 'clipping');

function isUserTemplate(v: unknown): v is UserTemplate {
  const o = v as Partial<UserTemplate> | null;
  return !!o && typeof o.id === 'string' && typeof o.name === 'string' && typeof o.source === 'string';
}

/** Reads the user's templates; a malformed row (hand-edited backup) yields only the valid ones. */
export async function readUserTemplates(db: ClipperDb): Promise<UserTemplate[]> {
  const row = await db.settings.get(TEMPLATES_KEY);
  const list = Array.isArray(row?.value) ? (row.value as unknown[]) : [];
  return list.filter(isUserTemplate).map((t) => ({ ...t, base: typeof t.base === 'string' ? t.base : BUILTIN_TEMPLATES[0]!.id, updatedAt: Number(t.updatedAt) || 0 }));
}

/** Adds or replaces a user template (by id), in one transaction. */
export async function saveUserTemplate(db: ClipperDb, template: UserTemplate): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const list = await readUserTemplates(db);
    const at = list.findIndex((t) => t.id === template.id);
    if (at >= 0) list[at] = template;
    else list.push(template);
    await db.settings.put({ key: TEMPLATES_KEY, value: list });
  });
}

/** Deletes a user template. */
export async function deleteUserTemplate(db: ClipperDb, id: string): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const list = (await readUserTemplates(db)).filter((t) => t.id !== id);
    await db.settings.put({ key: TEMPLATES_KEY, value: list });
  });
}

/**
 * The built-ins (named in the UI language; `studyName` names the across-clippings one)
 * followed by the user's templates.
 */
export function listTemplateChoices(user: readonly UserTemplate[], language: string, studyName: string): TemplateChoice[] {
  const zh = language.toLowerCase().startsWith('zh');
  return [
    ...BUILTIN_TEMPLATES.map((b) => ({ id: b.id, name: zh ? b.name['zh-CN'] : b.name.en, source: b.source, builtin: true, base: b.id, kind: 'clipping' as const })),
    { id: STUDY_BUILTIN_ID, name: studyName, source: STUDY_NOTES_TEMPLATE, builtin: true, base: STUDY_BUILTIN_ID, kind: 'study' as const },
    ...user.map((u) => ({ id: u.id, name: u.name, source: u.source, builtin: false, base: u.base, kind: kindOf(u.base) })),
  ];
}

/** The source of the built-in a template started from (the study-notes one if unknown). */
export function findBuiltinSource(base: string): string {
  if (base === STUDY_BUILTIN_ID) return STUDY_NOTES_TEMPLATE;
  return (BUILTIN_TEMPLATES.find((b) => b.id === base) ?? BUILTIN_TEMPLATES[0]!).source;
}
