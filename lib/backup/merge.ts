/**
 * Writing validated backup rows into the library, inside the caller's transaction.
 * Merge: by primary key; a row the library lacks is added; identical rows are skipped; for
 * timed rows (updatedAt) the newer wins and a tie keeps the library's; untimed rows (tags,
 * settings) take the backup's version, since importing it is the user's explicit choice.
 * Replace: the table is emptied and refilled.
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

function decide(incoming: Record<string, unknown>, existing: Record<string, unknown> | undefined): keyof TableSummary {
  if (!existing) return 'added';
  if (stableStringify(incoming) === stableStringify(existing)) return 'skipped';
  const a = incoming.updatedAt;
  const b = existing.updatedAt;
  if (typeof a === 'number' && typeof b === 'number') return a > b ? 'updated' : 'kept';
  return 'updated';
}

/** Merges rows into a table page by page; returns what happened. */
export async function mergeRows(table: Table, keyPath: string, rows: readonly Record<string, unknown>[]): Promise<TableSummary> {
  const summary = emptyTableSummary();
  for (let at = 0; at < rows.length; at += PAGE_SIZE) {
    const page = rows.slice(at, at + PAGE_SIZE);
    const existing = (await table.bulkGet(page.map((r) => r[keyPath] as string))) as (Record<string, unknown> | undefined)[];
    const writes: Record<string, unknown>[] = [];
    page.forEach((row, i) => {
      const outcome = decide(row, existing[i]);
      summary[outcome]++;
      if (outcome === 'added' || outcome === 'updated') writes.push(row);
    });
    if (writes.length) await table.bulkPut(writes);
  }
  return summary;
}

/** Empties a table and fills it with the rows; returns what happened. */
export async function replaceRows(table: Table, keyPath: string, rows: readonly Record<string, unknown>[]): Promise<TableSummary> {
  const summary = emptyTableSummary();
  const before = new Set((await table.toCollection().primaryKeys()).map(String));
  const incoming = new Set(rows.map((r) => String(r[keyPath])));
  for (const k of before) if (!incoming.has(k)) summary.removed++;
  await table.clear();
  for (let at = 0; at < rows.length; at += PAGE_SIZE) await table.bulkAdd(rows.slice(at, at + PAGE_SIZE));
  for (const k of incoming) summary[before.has(k) ? 'updated' : 'added']++;
  return summary;
}
