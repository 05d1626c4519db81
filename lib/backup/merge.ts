/**
 * Writing validated backup rows into the library, inside the caller's transaction.
 * Merge: by primary key; a row the library lacks is added; identical rows are skipped; for
 * timed rows (updatedAt) the newer wins and a tie keeps the library's; untimed rows (tags,
 * settings) take the backup's version, since importing it is the user's explicit choice.
 * A setting whose value is a list of records with ids (the user's templates) is merged
 * item by item the same way, so templates written since the backup are not lost.
 * Replace: the table is emptied and refilled. Rows come in pages (a backup is read page by
 * page, lib/backup/source.ts), each written before the next is parsed.
 */
import type { Table } from 'dexie';
import { PAGE_SIZE } from './export';
import { emptyTableSummary, type TableSummary } from './format';

/** JSON with object keys sorted: equality that ignores key order. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${stableStringify((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

type Row = Record<string, unknown>;

/** Whether the backup's version of a row replaces the library's: newer wins, untimed take the backup. */
function incomingWins(incoming: Row, existing: Row): boolean {
  const a = incoming.updatedAt;
  const b = existing.updatedAt;
  return typeof a === 'number' && typeof b === 'number' ? a > b : true;
}

const isIdList = (v: unknown): v is Row[] =>
  Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'object' && x !== null && !Array.isArray(x) && typeof (x as Row).id === 'string');

/**
 * Merges two lists of records by id (library order first, then the backup's new items);
 * for the same id the newer `updatedAt` wins, the library's on a tie.
 */
export function mergeIdLists(local: Row[], incoming: Row[]): Row[] {
  const fromBackup = new Map(incoming.map((x) => [x.id as string, x]));
  const merged = local.map((x) => {
    const other = fromBackup.get(x.id as string);
    fromBackup.delete(x.id as string);
    return other && typeof other.updatedAt === 'number' && typeof x.updatedAt === 'number' && other.updatedAt > x.updatedAt ? other : x;
  });
  return [...merged, ...fromBackup.values()];
}

/** What to store for a row present on both sides, or undefined to keep the library's. */
function combine(incoming: Row, existing: Row, valueLists: boolean): Row | undefined {
  if (valueLists && isIdList(incoming.value) && isIdList(existing.value)) {
    return { ...existing, value: mergeIdLists(existing.value, incoming.value) };
  }
  return incomingWins(incoming, existing) ? incoming : undefined;
}

/**
 * Merges pages of rows into a table; returns what happened. `valueLists` turns on the
 * per-item merge of list values (the settings table).
 */
export async function mergeRows(table: Table, keyPath: string, pages: Iterable<readonly Row[]>, valueLists = false): Promise<TableSummary> {
  const summary = emptyTableSummary();
  for (const rows of pages) {
    for (let at = 0; at < rows.length; at += PAGE_SIZE) {
      const page = rows.slice(at, at + PAGE_SIZE);
      const existing = (await table.bulkGet(page.map((r) => r[keyPath] as string))) as (Row | undefined)[];
      const writes: Row[] = [];
      page.forEach((row, i) => {
        const old = existing[i];
        if (!old) {
          summary.added++;
          writes.push(row);
          return;
        }
        const oldKey = stableStringify(old);
        if (stableStringify(row) === oldKey) {
          summary.skipped++;
          return;
        }
        const next = combine(row, old, valueLists);
        if (next && stableStringify(next) !== oldKey) {
          summary.updated++;
          writes.push(next);
        } else summary.kept++;
      });
      if (writes.length) await table.bulkPut(writes);
    }
  }
  return summary;
}

/**
 * The backup's settings rows with each of `keys` (numbers: times) set to the newer of the
 * backup's and the library's value; a key only the library has is added, so neither a merge
 * nor a replace loses it. Other rows pass through untouched (same objects).
 */
export function keepNewerSettings(incoming: readonly Row[], local: readonly (Row | undefined)[], keys: readonly string[]): Row[] {
  const out = [...incoming];
  keys.forEach((key, i) => {
    const mine = local[i];
    if (!mine || typeof mine.value !== 'number') return;
    const at = out.findIndex((r) => r.key === key);
    const theirs = at < 0 ? undefined : out[at]!;
    if (!theirs) out.push(mine);
    else if (typeof theirs.value !== 'number' || mine.value > theirs.value) out[at] = { ...theirs, value: mine.value };
  });
  return out;
}

/** Empties a table and fills it with the pages of rows; returns what happened. */
export async function replaceRows(table: Table, keyPath: string, pages: Iterable<readonly Row[]>): Promise<TableSummary> {
  const summary = emptyTableSummary();
  const before = new Set((await table.toCollection().primaryKeys()).map(String));
  await table.clear();
  const incoming = new Set<string>();
  for (const rows of pages) {
    for (let at = 0; at < rows.length; at += PAGE_SIZE) await table.bulkAdd(rows.slice(at, at + PAGE_SIZE));
    for (const r of rows) incoming.add(String(r[keyPath]));
  }
  for (const k of before) if (!incoming.has(k)) summary.removed++;
  for (const k of incoming) summary[before.has(k) ? 'updated' : 'added']++;
  return summary;
}
