/**
 * From schema v8, `tagCounts` holds for every tag in use how many highlights and how many
 * clippings carry it: what the tags view lists. Counting them from the `tags` indexes took
 * 4.3-4.7 s at 100,000 highlights and 500 tags in Chromium (1.6 s to find the names, 2 s for
 * 1,000 index counts over 146,672 entries); the table is read in a few milliseconds. The
 * dashboard's top tags and the notes view's tag list read it too.
 *
 * The counts are kept in the writes' own transactions, as clippings' summaries are (both
 * through lib/db/derived-table.ts): every read-write transaction that names `highlights` or
 * `clippings` includes the table; a put or delete first reads the rows it replaces, and after
 * the write the counts gain what it added and lose what it removed, whatever Dexie API made
 * it. A write that aborts takes its counts with it. The v8 upgrade counts the rows stored
 * before.
 */
import Dexie from 'dexie';
import type { DBCoreKeyRange, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Transaction } from 'dexie';
import { keepInWrites } from './derived-table';

/** The table's name. */
export const TAG_COUNTS = 'tagCounts';

/** How many highlights and clippings carry a tag (a row is dropped when both are 0). */
export interface TagCount {
  name: string;
  highlights: number;
  clippings: number;
}

/** The tables whose rows carry tags, by the field of TagCount that counts them. */
type Counted = 'highlights' | 'clippings';

/** The distinct tags of a row, as the multiEntry `tags` index has them. */
function tagsOf(row: unknown): string[] {
  const tags = row && typeof row === 'object' ? (row as { tags?: unknown }).tags : undefined;
  return Array.isArray(tags) ? [...new Set(tags.filter((t): t is string => typeof t === 'string'))] : [];
}

/** Change of each tag's count. */
type Delta = Map<string, number>;

function add(delta: Delta, row: unknown, by: number): void {
  for (const tag of tagsOf(row)) delta.set(tag, (delta.get(tag) ?? 0) + by);
}

/** Dexie's DBCoreRangeType.Any: a range over every key (Table.clear()). */
const RANGE_ANY = 3;

/** Every key, as Dexie's own AnyRange has it. */
const EVERY_KEY: DBCoreKeyRange = { type: RANGE_ANY, lower: -Infinity, lowerOpen: false, upper: [[]], upperOpen: false };

/**
 * The rows a put or delete replaces, read before it: aligned with its keys (or values); 'all'
 * for a clear. Not an async function: an add reads nothing and must reach the write below in
 * the same task, as the middlewares below find the transaction in Dexie's zone, which a
 * native promise's continuation does not keep.
 */
function rowsReplaced(table: DBCoreTable, req: DBCoreMutateRequest): unknown[] | 'all' | Promise<unknown[]> {
  const { trans } = req;
  switch (req.type) {
    case 'add':
      return [];
    case 'put':
      return table.getMany({ trans, keys: req.keys ?? req.values.map((v) => table.schema.primaryKey.extractKey!(v)) });
    case 'delete':
      return table.getMany({ trans, keys: req.keys });
    case 'deleteRange':
      if (req.range.type === RANGE_ANY) return 'all';
      return table.query({ trans, values: true, query: { index: table.schema.primaryKey, range: req.range } }).then((r) => r.result);
  }
}

/** What a successful write changed of the counts. */
function deltaOf(req: DBCoreMutateRequest, res: DBCoreMutateResponse, table: DBCoreTable, before: unknown[]): Delta {
  const delta: Delta = new Map();
  if (req.type === 'add' || req.type === 'put') {
    // A key written twice in one request replaces its own earlier value.
    const latest = new Map<unknown, unknown>();
    req.values.forEach((v, i) => {
      if (res.failures[i]) return;
      const key = req.keys?.[i] ?? table.schema.primaryKey.extractKey!(v);
      add(delta, latest.has(key) ? latest.get(key) : before[i], -1);
      add(delta, v, 1);
      latest.set(key, v);
    });
  } else if (req.type === 'delete') {
    // A key deleted twice in one request is one row gone.
    const seen = new Set<unknown>();
    req.keys.forEach((key, i) => {
      if (!seen.has(key)) add(delta, before[i], -1);
      seen.add(key);
    });
  } else {
    for (const row of before) add(delta, row, -1);
  }
  return delta;
}

/** Applies a change of counts to the table (rows read, changed, written or dropped). */
async function applyDelta(counts: DBCoreTable, trans: DBCoreTransaction, field: Counted, delta: Delta | 'zero all'): Promise<void> {
  let rows: TagCount[];
  let names: string[];
  if (delta === 'zero all') {
    rows = (await counts.query({ trans, values: true, query: { index: counts.schema.primaryKey, range: EVERY_KEY } })).result as TagCount[];
    names = rows.map((r) => r.name);
  } else {
    names = [...delta.keys()].filter((n) => delta.get(n) !== 0);
    if (!names.length) return;
    rows = (await counts.getMany({ trans, keys: names })) as TagCount[];
  }
  const put: TagCount[] = [];
  const drop: string[] = [];
  names.forEach((name, i) => {
    const row = rows[i] ?? { name, highlights: 0, clippings: 0 };
    const next = { ...row, [field]: delta === 'zero all' ? 0 : Math.max(0, row[field] + delta.get(name)!) };
    if (next.highlights === 0 && next.clippings === 0) drop.push(name);
    else put.push(next);
  });
  if (put.length) await counts.mutate({ type: 'put', trans, values: put });
  if (drop.length) await counts.mutate({ type: 'delete', trans, keys: drop });
}

/**
 * The counted writes of one transaction, one after another (read what they replace, write,
 * update the counts): two writes in flight at once (Promise.all) must not both read a count
 * before either has written it. Each waits for the one before it.
 */
const lastWrite = new WeakMap<object, PromiseLike<void>>();

/**
 * Runs one counted write after the transaction's previous one. The wait is a Dexie promise:
 * its continuation stays in the transaction's zone, which the middlewares below read.
 */
async function inTurn<T>(trans: DBCoreTransaction, write: () => Promise<T>): Promise<T> {
  const before = lastWrite.get(trans);
  let done!: () => void;
  lastWrite.set(trans, new Dexie.Promise<void>((resolve) => (done = resolve)));
  try {
    if (before) await before;
    return await write();
  } finally {
    done();
  }
}

/** Installs the middleware on a database that has not been opened yet (openDb does this). */
export function installTagCounts(db: Dexie): void {
  keepInWrites(db, 'tag-counts', ['highlights', 'clippings'], TAG_COUNTS, (table, req, counts) =>
    inTurn(req.trans, async () => {
      const read = rowsReplaced(table, req);
      const before = Array.isArray(read) || read === 'all' ? read : await read;
      const res = await table.mutate(req);
      await applyDelta(counts, req.trans, table.name as Counted, before === 'all' ? 'zero all' : deltaOf(req, res, table, before));
      return res;
    }),
  );
}

/** The v8 upgrade: counts the tags of every highlight and clipping stored before. */
export async function countAllTags(tx: Transaction): Promise<void> {
  const rows = new Map<string, TagCount>();
  for (const field of ['highlights', 'clippings'] as const) {
    // One key per (row, tag): the multiEntry index holds each tag of a row once.
    const keys = (await tx.table(field).orderBy('tags').keys()) as unknown[];
    for (const k of keys) {
      if (typeof k !== 'string') continue;
      const row = rows.get(k) ?? { name: k, highlights: 0, clippings: 0 };
      row[field]++;
      rows.set(k, row);
    }
  }
  await tx.table<TagCount, string>(TAG_COUNTS).bulkPut([...rows.values()]);
}
