/**
 * Builds the search index from scratch: after an import, from the v3 schema upgrade, or when
 * the user asks. Sources are numbered in order of last change (updatedAt), which is what
 * the ranking's "recency" means, and processed one block at a time so memory stays bounded.
 */
import type { EntityTable } from 'dexie';
import type { Clipping, Highlight } from '../bulletin/model';
import type { ClipperDb } from '../db/database';
import { collectGrams, foldText } from './normalize';
import { encodeRow } from './rows';
import { BLOCK_SEQS, BUCKETS, bucketOf, type PostingRow, type SearchMeta, type SearchRef } from './schema';
import { clippingRef, fieldsOfClipping, fieldsOfHighlight, hashFields, highlightRef } from './sources';

/** The tables a build reads and writes (a db, or an upgrade transaction's tables). */
export interface IndexTables {
  clippings: EntityTable<Clipping, 'id'>;
  highlights: EntityTable<Highlight, 'id'>;
  searchRefs: EntityTable<SearchRef, 'seq'>;
  searchRows: EntityTable<PostingRow, 'key'>;
  searchMeta: EntityTable<SearchMeta, 'key'>;
}

/** Progress of a build: sources indexed so far out of all. */
export interface BuildProgress {
  done: number;
  total: number;
}

/** What a build did. */
export interface BuildSummary {
  sources: number;
  rows: number;
  postings: number;
}

/** Rebuilds the whole index in one transaction (searches meanwhile wait, then see it whole). */
export async function rebuildIndex(
  db: ClipperDb,
  options: { onProgress?: (p: BuildProgress) => void } = {},
): Promise<BuildSummary> {
  return db.transaction('rw', [db.clippings, db.highlights, db.searchRefs, db.searchRows, db.searchMeta], () =>
    buildIndex(db, options.onProgress),
  );
}

interface SourceKey {
  t: number;
  kind: 0 | 1;
  id: string;
}

async function listSources(t: IndexTables): Promise<SourceKey[]> {
  const out: SourceKey[] = [];
  const seen = new Set<string>();
  await t.clippings.orderBy('updatedAt').eachKey((key, cursor) => {
    out.push({ t: Number(key), kind: 0, id: String(cursor.primaryKey) });
    seen.add(String(cursor.primaryKey));
  });
  await t.highlights.orderBy('updatedAt').eachKey((key, cursor) => {
    out.push({ t: Number(key), kind: 1, id: String(cursor.primaryKey) });
    seen.add(String(cursor.primaryKey));
  });
  // Records without updatedAt are missing from that index: index them too, as oldest.
  for (const [kind, table] of [[0, t.clippings], [1, t.highlights]] as const) {
    for (const id of await table.toCollection().primaryKeys()) if (!seen.has(id)) out.push({ t: 0, kind, id });
  }
  return out.sort((a, b) => a.t - b.t || a.kind - b.kind);
}

/** Builds the index into the given tables; run inside a transaction that covers them. */
export async function buildIndex(t: IndexTables, onProgress?: (p: BuildProgress) => void): Promise<BuildSummary> {
  await t.searchRefs.clear();
  await t.searchRows.clear();
  const sources = await listSources(t);
  const total = sources.length;
  let rowCount = 0;
  let postings = 0;
  for (let start = 0; start < total; start += BLOCK_SEQS) {
    const chunk = sources.slice(start, start + BLOCK_SEQS);
    const [clippings, highlights] = await Promise.all([
      t.clippings.bulkGet(chunk.filter((s) => s.kind === 0).map((s) => s.id)),
      t.highlights.bulkGet(chunk.filter((s) => s.kind === 1).map((s) => s.id)),
    ]);
    const byId = new Map<string, Clipping | Highlight>();
    for (const c of clippings) if (c) byId.set(c.id, c);
    for (const h of highlights) if (h) byId.set(h.id, h);
    const lists = new Map<number, number[]>();
    const refs: SearchRef[] = [];
    chunk.forEach((s, i) => {
      const source = byId.get(s.id);
      if (!source) return;
      const seq = start + i;
      const isHighlight = s.kind === 1;
      const fields = isHighlight ? fieldsOfHighlight(source as Highlight) : fieldsOfClipping(source as Clipping);
      for (const [field, text] of fields) {
        const doc = seq * 4 + field;
        for (const gram of collectGrams(foldText(text))) {
          const list = lists.get(gram);
          if (list) list.push(doc);
          else lists.set(gram, [doc]);
        }
      }
      const clippingId = isHighlight ? (source as Highlight).clippingId : source.id;
      refs.push({ seq, ref: isHighlight ? highlightRef(s.id) : clippingRef(s.id), clippingId, hash: hashFields(fields) });
    });
    const byBucket = new Map<number, Map<number, number[]>>();
    for (const [gram, docs] of lists) {
      const bucket = bucketOf(gram);
      let m = byBucket.get(bucket);
      if (!m) byBucket.set(bucket, (m = new Map()));
      m.set(gram, docs);
      postings += docs.length;
    }
    const block = start / BLOCK_SEQS;
    const rows = [...byBucket].map(([bucket, m]) => encodeRow(block * BUCKETS + bucket, m));
    rowCount += rows.length;
    await t.searchRows.bulkPut(rows);
    await t.searchRefs.bulkPut(refs);
    onProgress?.({ done: Math.min(start + BLOCK_SEQS, total), total });
  }
  // Later edits start a fresh block: its rows begin empty, so the rows an update rewrites stay
  // small until it fills (seqs are numbers, the gap costs nothing).
  await t.searchMeta.put({ key: 'state', nextSeq: Math.ceil(total / BLOCK_SEQS) * BLOCK_SEQS, dead: {} });
  return { sources: total, rows: rowCount, postings };
}
