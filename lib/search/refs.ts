/**
 * Storage of the index's refs (which source a seq stands for, and back), packed since
 * schema v6: a row per seq cost a build 14-23 s of writes at 110,000 sources in Chromium,
 * where each row written or read costs about 0.1-0.2 ms whatever its size.
 *
 * - `searchSeqs`: seq -> source, PACK_SEQS consecutive seqs per row (searches read the rows
 *   of their candidates' seqs).
 * - `searchSources`: source -> seq, one row per hash bucket of the ref (an edit reads the row
 *   of each source it re-indexes).
 *
 * Both describe the same live refs; every write below keeps them in step. Run the functions
 * inside a transaction over the tables they name.
 */
import type { EntityTable } from 'dexie';
import { PACK_SEQS, SOURCE_BUCKETS, type SearchRef, type SeqPack, type SourceBucket } from './schema';

/** The ref tables (a db, or an upgrade transaction's tables). */
export interface RefTables {
  searchSeqs: EntityTable<SeqPack, 'key'>;
  searchSources: EntityTable<SourceBucket, 'key'>;
}

/** The bucket of a ref in `searchSources` (FNV-1a of its characters). */
export function sourceBucketOf(ref: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < ref.length; i++) h = Math.imul(h ^ ref.charCodeAt(i), 0x01000193);
  return (h >>> 0) % SOURCE_BUCKETS;
}

function emptyPack(key: number): SeqPack {
  return { key, refs: new Array<string>(PACK_SEQS).fill(''), clippingIds: new Array<string>(PACK_SEQS).fill('') };
}

function emptyBucket(key: number): SourceBucket {
  return { key, refs: [], seqs: [], hashes: [], clippingIds: [] };
}

function setInPack(pack: SeqPack, r: SearchRef): void {
  const i = r.seq % PACK_SEQS;
  pack.refs[i] = r.ref;
  pack.clippingIds[i] = r.clippingId;
}

function addToBucket(bucket: SourceBucket, r: SearchRef): void {
  bucket.refs.push(r.ref);
  bucket.seqs.push(r.seq);
  bucket.hashes.push(r.hash);
  bucket.clippingIds.push(r.clippingId);
}

/** The live refs of the given seqs (a dead or unused seq is absent; `hash` is not kept by seq: 0). */
export async function refsBySeq(t: RefTables, seqs: Iterable<number>): Promise<Map<number, SearchRef>> {
  const wanted = [...new Set(seqs)];
  const keys = [...new Set(wanted.map((s) => Math.floor(s / PACK_SEQS)))];
  const packs = new Map<number, SeqPack>();
  for (const p of await t.searchSeqs.bulkGet(keys)) if (p) packs.set(p.key, p);
  const out = new Map<number, SearchRef>();
  for (const seq of wanted) {
    const pack = packs.get(Math.floor(seq / PACK_SEQS));
    const i = seq % PACK_SEQS;
    const ref = pack?.refs[i];
    if (ref) out.set(seq, { seq, ref, clippingId: pack.clippingIds[i]!, hash: 0 });
  }
  return out;
}

/** The live refs (with their hashes) of the given sources, by ref. */
export async function refsBySource(t: RefTables, refs: Iterable<string>): Promise<Map<string, SearchRef>> {
  const wanted = new Set(refs);
  const keys = [...new Set([...wanted].map(sourceBucketOf))];
  const out = new Map<string, SearchRef>();
  for (const b of await t.searchSources.bulkGet(keys)) {
    if (!b) continue;
    b.refs.forEach((ref, i) => {
      if (wanted.has(ref)) out.set(ref, { seq: b.seqs[i]!, ref, clippingId: b.clippingIds[i]!, hash: b.hashes[i]! });
    });
  }
  return out;
}

/** The live seqs of one posting block of `blockSeqs` seqs (what its compaction keeps). */
export async function liveSeqsOfBlock(t: RefTables, block: number, blockSeqs: number): Promise<Set<number>> {
  const first = (block * blockSeqs) / PACK_SEQS;
  const packs = await t.searchSeqs.where('key').between(first, first + blockSeqs / PACK_SEQS, true, false).toArray();
  const live = new Set<number>();
  for (const p of packs) p.refs.forEach((ref, i) => ref && live.add(p.key * PACK_SEQS + i));
  return live;
}

/**
 * Applies an update: `dead` refs (their old seqs) leave both tables, `added` refs enter them.
 * A source re-indexed under a new seq is in both lists. Reads and writes each touched row once.
 */
export async function writeRefChanges(t: RefTables, dead: readonly SearchRef[], added: readonly SearchRef[]): Promise<void> {
  if (dead.length === 0 && added.length === 0) return;
  const all = [...dead, ...added];
  const packKeys = [...new Set(all.map((r) => Math.floor(r.seq / PACK_SEQS)))];
  const bucketKeys = [...new Set(all.map((r) => sourceBucketOf(r.ref)))];
  const [packRows, bucketRows] = await Promise.all([t.searchSeqs.bulkGet(packKeys), t.searchSources.bulkGet(bucketKeys)]);
  const packs = new Map(packKeys.map((k, i) => [k, packRows[i] ?? emptyPack(k)]));
  const buckets = new Map(bucketKeys.map((k, i) => [k, bucketRows[i] ?? emptyBucket(k)]));
  for (const r of dead) {
    const pack = packs.get(Math.floor(r.seq / PACK_SEQS))!;
    const i = r.seq % PACK_SEQS;
    if (pack.refs[i] === r.ref) pack.refs[i] = pack.clippingIds[i] = '';
  }
  // Dead entries and entries about to be replaced leave their buckets (a ref has one seq).
  const leaving = new Set(all.map((r) => r.ref));
  for (const [key, b] of buckets) {
    if (!b.refs.some((ref) => leaving.has(ref))) continue;
    const kept = emptyBucket(key);
    b.refs.forEach((ref, i) => {
      if (!leaving.has(ref)) addToBucket(kept, { ref, seq: b.seqs[i]!, hash: b.hashes[i]!, clippingId: b.clippingIds[i]! });
    });
    buckets.set(key, kept);
  }
  for (const r of added) {
    setInPack(packs.get(Math.floor(r.seq / PACK_SEQS))!, r);
    addToBucket(buckets.get(sourceBucketOf(r.ref))!, r);
  }
  const packList = [...packs.values()];
  const bucketList = [...buckets.values()];
  await Promise.all([
    t.searchSeqs.bulkPut(packList.filter((p) => p.refs.some(Boolean))),
    t.searchSeqs.bulkDelete(packList.filter((p) => !p.refs.some(Boolean)).map((p) => p.key)),
    t.searchSources.bulkPut(bucketList.filter((b) => b.refs.length > 0)),
    t.searchSources.bulkDelete(bucketList.filter((b) => b.refs.length === 0).map((b) => b.key)),
  ]);
}

/**
 * Collects the refs of a build (or of a conversion from the one-row-per-seq table) into
 * rows: seq rows are handed out as they fill (refs come in increasing seq order), source
 * buckets once all refs are in.
 */
export class RefPacker {
  private pack: SeqPack | null = null;
  private full: SeqPack[] = [];
  private buckets = new Map<number, SourceBucket>();

  add(r: SearchRef): void {
    const key = Math.floor(r.seq / PACK_SEQS);
    if (this.pack?.key !== key) {
      if (this.pack) this.full.push(this.pack);
      this.pack = emptyPack(key);
    }
    setInPack(this.pack, r);
    const b = sourceBucketOf(r.ref);
    let bucket = this.buckets.get(b);
    if (!bucket) this.buckets.set(b, (bucket = emptyBucket(b)));
    addToBucket(bucket, r);
  }

  /** Seq rows completed so far (taken: each is returned once). */
  takeSeqRows(): SeqPack[] {
    const out = this.full;
    this.full = [];
    return out;
  }

  /** The last seq row and every source bucket: call once, after the last add. */
  finish(): { seqRows: SeqPack[]; sourceRows: SourceBucket[] } {
    if (this.pack) this.full.push(this.pack);
    this.pack = null;
    return { seqRows: this.takeSeqRows(), sourceRows: [...this.buckets.values()] };
  }
}
