/**
 * Validation of a parsed backup with valibot, before anything is written: a broken or foreign
 * file is refused whole with a message naming the first bad place ("highlights[12].note:
 * Invalid type"). Row schemas are loose (unknown fields pass through untouched) so a backup
 * from a newer minor release keeps its extra fields; the rows stored are the parsed JSON
 * objects themselves, so key order and content survive byte for byte.
 */
import * as v from 'valibot';
import { HIGHLIGHT_COLORS } from '../bulletin/model';
import { AppFailure, fail, ok, type Result } from '../bulletin/result';
import { BACKUP_FORMAT, BACKUP_TABLES, BACKUP_VERSION, type BackupTable } from './format';

const text = v.string();
const maybeText = v.optional(v.nullable(v.string()));
const time = v.pipe(v.number(), v.finite());
const strings = v.array(v.string());
const id = v.pipe(v.string(), v.minLength(1));

const ClippingRow = v.looseObject({
  id,
  title: text,
  subtitle: maybeText,
  issuer: maybeText,
  bulletinName: maybeText,
  issueNumber: maybeText,
  date: maybeText,
  publishedAt: maybeText,
  source: maybeText,
  author: maybeText,
  url: maybeText,
  siteName: maybeText,
  normalizedUrl: maybeText,
  paragraphs: strings,
  headings: v.optional(v.array(v.looseObject({ level: v.number(), text, paragraph: v.number() }))),
  distribution: v.optional(v.array(v.looseObject({ label: text, recipients: text }))),
  attachments: v.optional(strings),
  text,
  origin: v.optional(text),
  tags: v.optional(strings),
  createdAt: time,
  updatedAt: time,
});

const SelectorRow = v.looseObject({ type: text });

const HighlightRow = v.looseObject({
  id,
  clippingId: id,
  color: v.picklist(HIGHLIGHT_COLORS),
  note: text,
  tags: strings,
  exact: text,
  pageTarget: v.array(SelectorRow),
  textTarget: v.array(SelectorRow),
  headingPath: strings,
  createdAt: time,
  updatedAt: time,
  reviewedAt: v.nullable(time),
  reviewCount: v.number(),
  orphan: v.boolean(),
});

const TagRow = v.looseObject({ name: id, color: v.nullable(text), createdAt: time });

const SettingRow = v.looseObject({ key: id, value: v.unknown() });

/** Row schemas by table. */
export const ROW_SCHEMAS = { clippings: ClippingRow, highlights: HighlightRow, tags: TagRow, settings: SettingRow } as const;

/** The primary key field of each table. */
export const PRIMARY_KEYS: Record<BackupTable, string> = { clippings: 'id', highlights: 'id', tags: 'name', settings: 'key' };

const Envelope = v.looseObject({
  format: v.literal(BACKUP_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: v.optional(v.string()),
  tables: v.looseObject({
    clippings: v.optional(v.array(v.unknown())),
    highlights: v.optional(v.array(v.unknown())),
    tags: v.optional(v.array(v.unknown())),
    settings: v.optional(v.array(v.unknown())),
  }),
});

/** A backup that passed the envelope check: rows still raw. */
export interface RawBackup {
  version: number;
  schemaVersion: number;
  tables: Record<BackupTable, Record<string, unknown>[]>;
}

function describeIssue(issues: readonly v.BaseIssue<unknown>[], prefix: string): string {
  const issue = issues[0]!;
  const path = v.getDotPath(issue);
  return `${prefix}${path ? `${prefix ? '.' : ''}${path}` : ''}: ${issue.message}`;
}

/** Checks the envelope: our format, a version this build can read. */
export function readEnvelope(data: unknown, maxSchema: number): Result<RawBackup> {
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== BACKUP_FORMAT) {
    return fail('bad_backup', 'not a Bulletin Clipper backup (no "format": "bulletin-clipper-backup")');
  }
  const env = v.safeParse(Envelope, data);
  if (!env.success) return fail('bad_backup', describeIssue(env.issues, ''));
  const { version, schemaVersion } = env.output;
  if (version > BACKUP_VERSION) return fail('bad_backup', `backup format version ${version} is newer than this extension reads (${BACKUP_VERSION}): update the extension`);
  if (schemaVersion > maxSchema) return fail('bad_backup', `backup database schema ${schemaVersion} is newer than this extension's (${maxSchema}): update the extension`);
  const tables = Object.fromEntries(BACKUP_TABLES.map((t) => [t, (env.output.tables[t] ?? []) as Record<string, unknown>[]])) as RawBackup['tables'];
  return ok({ version, schemaVersion, tables });
}

/** Checks that primary keys are present and unique in every table (at any schema version). */
export function checkKeys(tables: RawBackup['tables']): Result<RawBackup['tables']> {
  for (const table of BACKUP_TABLES) {
    const seen = new Set<string>();
    const key = PRIMARY_KEYS[table];
    const rows = tables[table];
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const k = typeof row === 'object' && row !== null ? row[key] : undefined;
      if (typeof k !== 'string' || k === '') return fail('bad_backup', `${table}[${i}]: no ${key}`);
      if (seen.has(k)) return fail('bad_backup', `${table}[${i}]: duplicate ${key} "${k}"`);
      seen.add(k);
    }
  }
  return ok(tables);
}

/**
 * Checks one page of a table's rows (numbered from `offset`) against the current schema's
 * row shape and for keys already seen (`seen` carries them from page to page). Throws
 * AppFailure bad_backup: called inside the import's transaction, it aborts the whole import.
 */
export function checkPage(table: BackupTable, rows: readonly Record<string, unknown>[], offset: number, seen: Set<string>): void {
  const key = PRIMARY_KEYS[table];
  for (let j = 0; j < rows.length; j++) {
    const i = offset + j;
    const r = v.safeParse(ROW_SCHEMAS[table], rows[j]);
    if (!r.success) throw new AppFailure('bad_backup', describeIssue(r.issues, `${table}[${i}]`));
    const k = rows[j]![key] as string;
    if (seen.has(k)) throw new AppFailure('bad_backup', `${table}[${i}]: duplicate ${key} "${k}"`);
    seen.add(k);
  }
}
