/**
 * Reading a backup file's text row by row instead of parsing it whole. writeBackup puts the
 * header on the first line and one row per line (format.ts), so an import can find every
 * row's line with a cheap scan, then parse, validate and write a page of rows at a time:
 * the parsed rows of a 100,000-highlight library are never all in memory together.
 * A file in any other layout (pretty-printed, or written by another tool) is still valid
 * JSON: it is parsed whole, the way every file was before, and read through the same interface.
 */
import { AppFailure } from '../bulletin/result';
import { BACKUP_TABLES, type BackupTable } from './format';

type Row = Record<string, unknown>;

/** A backup's rows, table by table, as pages of parsed rows. */
export interface BackupSource {
  /** The envelope: every top-level key; `tables` is an empty object (rows come from pages). */
  envelope: Record<string, unknown>;
  /** Rows per table. */
  counts: Record<BackupTable, number>;
  /**
   * The table's rows in file order, `size` at a time; a row line that is not JSON throws
   * AppFailure bad_backup naming the line.
   */
  pages(table: BackupTable, size: number): Iterable<Row[]>;
}

/** The lines of a text as [start, end) offsets, without "\n" and a trailing "\r". */
function* lineSpans(text: string): Generator<[number, number]> {
  let at = 0;
  while (at <= text.length) {
    let end = text.indexOf('\n', at);
    const next = end < 0 ? text.length + 1 : end + 1;
    if (end < 0) end = text.length;
    yield [at, text.charCodeAt(end - 1) === 13 ? end - 1 : end];
    at = next;
  }
}

const TABLE_LINE = /^"([A-Za-z]+)":\[(\]?)(,?)$/;

function parseObject(json: string): Row | null {
  try {
    const v = JSON.parse(json) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Row) : null;
  } catch {
    return null;
  }
}

/**
 * Scans text in writeBackup's layout: the header line, `"tables":{`, each table as
 * `"name":[` + one row per line (each but the last ending in ",") + `]`, then `}}`. Returns
 * null for anything else (the caller parses the text whole). Rows are only located here.
 */
export function scanBackupText(text: string): BackupSource | null {
  const spans = lineSpans(text);
  const line = (): string | null => {
    const s = spans.next();
    return s.done ? null : text.slice(s.value[0], s.value[1]);
  };
  const first = line();
  if (!first?.startsWith('{') || !first.endsWith(',')) return null;
  const envelope = parseObject(`${first.slice(0, -1)}}`);
  if (!envelope || 'tables' in envelope || line() !== '"tables":{') return null;
  // Row lines per table: starts and ends in the text, the trailing comma left out.
  const rows = new Map<BackupTable, { starts: number[]; ends: number[] }>();
  for (;;) {
    const m = TABLE_LINE.exec(line() ?? '');
    const name = m?.[1] as BackupTable | undefined;
    if (!m || !name || !BACKUP_TABLES.includes(name) || rows.has(name)) return null;
    const found = { starts: [] as number[], ends: [] as number[] };
    rows.set(name, found);
    let more = m[3] === ',';
    if (m[2] !== ']') {
      if (more) return null;
      let open = true;
      for (;;) {
        const s = spans.next();
        if (s.done) return null;
            const [start, end] = s.value;
        const c = text.charCodeAt(start);
        if (c === 0x7b /* { */) {
          if (!open) return null; // the row before had no comma
          open = text.charCodeAt(end - 1) === 0x2c; /* , */
          found.starts.push(start);
          found.ends.push(open ? end - 1 : end);
          continue;
        }
        const close = text.slice(start, end);
        if ((close !== ']' && close !== '],') || (open && found.starts.length)) return null;
        more = close === '],';
        break;
      }
    }
    if (!more) break;
  }
  if (line() !== '}}') return null;
  for (let rest = line(); rest !== null; rest = line()) if (rest.trim() !== '') return null;

  const counts = Object.fromEntries(BACKUP_TABLES.map((t) => [t, rows.get(t)?.starts.length ?? 0])) as Record<BackupTable, number>;
  return {
    envelope: { ...envelope, tables: {} },
    counts,
    *pages(table, size) {
      const r = rows.get(table);
      if (!r) return;
      for (let at = 0; at < r.starts.length; at += size) {
        const page: Row[] = [];
        for (let i = at; i < Math.min(at + size, r.starts.length); i++) {
          const row = parseObject(text.slice(r.starts[i], r.ends[i]));
          if (!row) throw new AppFailure('bad_backup', `not valid JSON: ${table}[${i}] is not one JSON object on its line`);
          page.push(row);
        }
        yield page;
      }
    },
  };
}

/**
 * The envelope (header) of a file in our layout from its first line alone, without parsing
 * the rows; undefined when the first line is not one (parse the file whole then).
 */
export function peekEnvelope(text: string): Record<string, unknown> | undefined {
  const nl = text.indexOf('\n');
  const first = (nl < 0 ? text : text.slice(0, nl)).replace(/\r$/, '');
  if (!first.startsWith('{') || !first.endsWith(',')) return undefined;
  const envelope = parseObject(`${first.slice(0, -1)}}`);
  return envelope && !('tables' in envelope) ? envelope : undefined;
}

/** A source over rows already in memory (a file parsed whole, or rows upgraded from an old schema). */
export function sourceOfTables(envelope: Record<string, unknown>, tables: Record<BackupTable, Row[]>): BackupSource {
  return {
    envelope: { ...envelope, tables: {} },
    counts: Object.fromEntries(BACKUP_TABLES.map((t) => [t, tables[t].length])) as Record<BackupTable, number>,
    *pages(table, size) {
      const list = tables[table];
      for (let at = 0; at < list.length; at += size) yield list.slice(at, at + size);
    },
  };
}

/** Every row of every table (for the rare paths that need them together: schema upgrades). */
export function readAllRows(source: BackupSource): Record<BackupTable, Row[]> {
  return Object.fromEntries(BACKUP_TABLES.map((t) => [t, [...source.pages(t, 1000)].flat()])) as Record<BackupTable, Row[]>;
}
