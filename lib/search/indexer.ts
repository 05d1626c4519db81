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
import { decodeRow, encodeRow } from './rows';
import { BLOCK_SEQS, BUCKETS, emptyMeta, rowKeyOf, type SearchMeta } from './schema';
import { clippingRef, fieldsOfClipping, fieldsOfHighlight, hashFields, highlightRef, type FieldText } from './sources';

/** Names of the tables the index lives in (for callers composing a wider transaction). */
export const SEARCH_TABLES = ['searchRefs', 'searchRows', 'searchMeta'] as const;

/** Dead seqs in one block that trigger its compaction. */
export const COMPACT_AFTER_DEAD = 512;

/** Indexes (or re-indexes after an edit) a clipping's title and text. */
export async function indexClipping(db: ClipperDb, clipping: Clipping): Promise<void> {
  await indexSource(db, clippingRef(clipping.id), clipping.id, fieldsOfClipping(clipping));
}

/** Removes a clipping from the index (its highlights are separate sources). */
export async function unindexClipping(db: ClipperDb, id: string): Promise<void> {
  await unindexSource(db, clippingRef(id));
}

/** Indexes (or re-indexes after an edit) a highlight's text and note. */
export async function indexHighlight(db: ClipperDb, highlight: Highlight): Promise<void> {
  await indexSource(db, highlightRef(highlight.id), highlight.clippingId, fieldsOfHighlight(highlight));
}

/** Removes a highlight from the index. */
export async function unindexHighlight(db: ClipperDb, id: string): Promise<void> {
  await unindexSource(db, highlightRef(id));
}

async function indexSource(db: ClipperDb, ref: string, clippingId: string, fields: FieldText[]): Promise<void> {
  const hash = hashFields(fields);
  await db.transaction('rw', [db.searchRefs, db.searchRows, db.searchMeta], async () => {
    const existing = await db.searchRefs.where('ref').equals(ref).first();
    if (existing && existing.hash === hash && existing.clippingId === clippingId) return;
    const meta = (await db.searchMeta.get('state')) ?? emptyMeta();
    if (existing) {
      await db.searchRefs.delete(existing.seq);
      noteDead(meta, existing.seq);
    }
    const seq = meta.nextSeq++;
    const block = Math.floor(seq / BLOCK_SEQS);
    // Row key -> (gram, doc) pairs. Fields come in ascending field order and the seq is the
    // newest, so appending keeps every list sorted.
    const byRow = new Map<number, Array<[number, number]>>();
    for (const [field, text] of fields) {
      for (const gram of collectGrams(foldText(text))) {
        const key = rowKeyOf(block, gram);
        let pairs = byRow.get(key);
        if (!pairs) byRow.set(key, (pairs = []));
        pairs.push([gram, seq * 4 + field]);
      }
    }
    const keys = [...byRow.keys()];
    const rows = await db.searchRows.bulkGet(keys);
    const updated = keys.map((key, i) => {
      const lists = decodeRow(rows[i]);
      for (const [gram, doc] of byRow.get(key)!) {
        const list = lists.get(gram);
        if (list) list.push(doc);
        else lists.set(gram, [doc]);
      }
      return encodeRow(key, lists);
    });
    await db.searchRows.bulkPut(updated);
    await db.searchRefs.put({ seq, ref, clippingId, hash });
    await compactIfNeeded(db, meta);
    await db.searchMeta.put(meta);
  });
}

async function unindexSource(db: ClipperDb, ref: string): Promise<void> {
  await db.transaction('rw', [db.searchRefs, db.searchRows, db.searchMeta], async () => {
    const existing = await db.searchRefs.where('ref').equals(ref).first();
    if (!existing) return;
    const meta = (await db.searchMeta.get('state')) ?? emptyMeta();
    await db.searchRefs.delete(existing.seq);
    noteDead(meta, existing.seq);
    await compactIfNeeded(db, meta);
    await db.searchMeta.put(meta);
  });
}

function noteDead(meta: SearchMeta, seq: number): void {
  const block = Math.floor(seq / BLOCK_SEQS);
  meta.dead[block] = (meta.dead[block] ?? 0) + 1;
}

async function compactIfNeeded(db: ClipperDb, meta: SearchMeta): Promise<void> {
  for (const [b, count] of Object.entries(meta.dead)) {
    if (count < COMPACT_AFTER_DEAD) continue;
    await compactBlock(db, Number(b));
    delete meta.dead[Number(b)];
  }
}

/**
 * Drops dead seqs' postings from one block: reads the block's rows and live seqs, rewrites
 * the rows. Run inside a transaction over the search tables.
 */
export async function compactBlock(db: ClipperDb, block: number): Promise<void> {
  const live = new Set(
    await db.searchRefs
      .where('seq')
      .between(block * BLOCK_SEQS, (block + 1) * BLOCK_SEQS, true, false)
      .primaryKeys(),
  );
  const rows = await db.searchRows
    .where('key')
    .between(block * BUCKETS, (block + 1) * BUCKETS, true, false)
    .toArray();
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
