/**
 * Incremental index maintenance: the functions repositories call after saving, editing or
 * deleting a clipping or highlight. A changed source gets a new seq (so its postings land in
 * the newest block, rows there are small) and its old seq becomes dead: queries drop dead
 * seqs when they look up refs, and a block whose dead count grows is compacted.
 *
 * Each function runs in its own transaction over the search tables; call it inside a
 * caller's transaction only if that transaction's scope includes SEARCH_TABLES too.
 */
import type { Clipping, Highlight } from '../bulletin/model';
import type { ClipperDb } from '../db/database';
import { collectGrams, foldText } from './normalize';
import { liveSeqsOfBlock, refsBySource, writeRefChanges } from './refs';
import { decodeRow, encodeRow } from './rows';
import { emptyMeta, layoutOf, rowKeyOf, type RowLayout, type SearchMeta, type SearchRef } from './schema';
import { clippingRef, fieldsOfClipping, fieldsOfHighlight, hashFields, highlightRef, type FieldText } from './sources';

/** Names of the tables the index lives in (for callers composing a wider transaction). */
export const SEARCH_TABLES = ['searchSeqs', 'searchSources', 'searchRows', 'searchMeta'] as const;

/** One source to (re-)index, or to drop when `fields` is null. */
export interface SourceUpdate {
  ref: string;
  clippingId: string;
  fields: FieldText[] | null;
}

/** Indexes (or re-indexes after an edit) a clipping's title and text. */
export async function indexClipping(db: ClipperDb, clipping: Clipping): Promise<void> {
  await applySourceUpdates(db, [{ ref: clippingRef(clipping.id), clippingId: clipping.id, fields: fieldsOfClipping(clipping) }]);
}

/** Removes a clipping from the index (its highlights are separate sources). */
export async function unindexClipping(db: ClipperDb, id: string): Promise<void> {
  await applySourceUpdates(db, [{ ref: clippingRef(id), clippingId: id, fields: null }]);
}

/** Indexes (or re-indexes after an edit) a highlight's text and note. */
export async function indexHighlight(db: ClipperDb, highlight: Highlight): Promise<void> {
  await applySourceUpdates(db, [{ ref: highlightRef(highlight.id), clippingId: highlight.clippingId, fields: fieldsOfHighlight(highlight) }]);
}

/** Removes a highlight from the index. */
export async function unindexHighlight(db: ClipperDb, id: string): Promise<void> {
  await applySourceUpdates(db, [{ ref: highlightRef(id), clippingId: '', fields: null }]);
}

/**
 * Applies many updates in one transaction: unchanged texts (same hash) are skipped, changed
 * and new ones get fresh seqs, and every touched row is read and written once.
 */
export async function applySourceUpdates(db: ClipperDb, updates: readonly SourceUpdate[]): Promise<void> {
  // The last update of a ref wins (a batch may see a source saved twice).
  const byRef = new Map<string, SourceUpdate>();
  for (const u of updates) byRef.set(u.ref, u);
  const list = [...byRef.values()];
  if (list.length === 0) return;
  await db.transaction('rw', [db.searchSeqs, db.searchSources, db.searchRows, db.searchMeta], async () => {
    const [existing, stored] = await Promise.all([refsBySource(db, list.map((u) => u.ref)), db.searchMeta.get('state')]);
    const meta = stored ?? emptyMeta();
    const layout = layoutOf(meta);
    const dead: SearchRef[] = [];
    const added: SearchRef[] = [];
    // Row key -> (gram, doc) pairs. Seqs are allocated in increasing order and fields come in
    // ascending field order, so appending keeps every list sorted.
    const byRow = new Map<number, Array<[number, number]>>();
    for (const u of list) {
      const old = existing.get(u.ref);
      if (u.fields === null) {
        if (old) dead.push(old);
        continue;
      }
      const hash = hashFields(u.fields);
      if (old && old.hash === hash && old.clippingId === u.clippingId) continue;
      if (old) dead.push(old);
      const seq = meta.nextSeq++;
      const block = Math.floor(seq / layout.blockSeqs);
      for (const [field, text] of u.fields) {
        for (const gram of collectGrams(foldText(text))) {
          const key = rowKeyOf(layout, block, gram);
          let pairs = byRow.get(key);
          if (!pairs) byRow.set(key, (pairs = []));
          pairs.push([gram, seq * 4 + field]);
        }
      }
      added.push({ seq, ref: u.ref, clippingId: u.clippingId, hash });
    }
    if (dead.length === 0 && added.length === 0) return;
    const keys = [...byRow.keys()];
    const rows = await db.searchRows.bulkGet(keys);
    const updated = keys.map((key, i) => {
      const lists = decodeRow(rows[i]);
      for (const [gram, doc] of byRow.get(key)!) {
        const l = lists.get(gram);
        if (l) l.push(doc);
        else lists.set(gram, [doc]);
      }
      return encodeRow(key, lists);
    });
    await writeRefChanges(db, dead, added);
    for (const r of dead) noteDead(meta, layout, r.seq);
    await db.searchRows.bulkPut(updated);
    await compactIfNeeded(db, meta, layout);
    await db.searchMeta.put(meta);
  });
}

function noteDead(meta: SearchMeta, layout: RowLayout, seq: number): void {
  const block = Math.floor(seq / layout.blockSeqs);
  meta.dead[block] = (meta.dead[block] ?? 0) + 1;
}

async function compactIfNeeded(db: ClipperDb, meta: SearchMeta, layout: RowLayout): Promise<void> {
  for (const [b, count] of Object.entries(meta.dead)) {
    if (count < layout.compactAfterDead) continue;
    await compactBlock(db, Number(b), layout);
    delete meta.dead[Number(b)];
  }
}

/**
 * Drops dead seqs' postings from one block: reads the block's rows and live seqs, rewrites
 * the rows. `layout` is the index's (layoutOf its meta). Run inside a transaction over the
 * search tables.
 */
export async function compactBlock(db: ClipperDb, block: number, layout: RowLayout): Promise<void> {
  const live = await liveSeqsOfBlock(db, block, layout.blockSeqs);
  const keys = Array.from({ length: layout.buckets }, (_, bucket) => layout.rowKey(block, bucket));
  const rows = layout.bucketMajor
    ? (await db.searchRows.bulkGet(keys)).filter((r) => r !== undefined)
    : await db.searchRows.where('key').between(keys[0]!, keys[keys.length - 1]!, true, true).toArray();
  const keep = [];
  const drop: number[] = [];
  for (const row of rows) {
    const lists = decodeRow(row);
    for (const [gram, docs] of lists) {
      const alive = docs.filter((d) => live.has(Math.floor(d / 4)));
      if (alive.length) lists.set(gram, alive);
      else lists.delete(gram);
    }
    if (lists.size) keep.push(encodeRow(row.key, lists));
    else drop.push(row.key);
  }
  await db.searchRows.bulkPut(keep);
  await db.searchRows.bulkDelete(drop);
}
