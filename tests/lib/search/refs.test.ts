/**
 * The packed refs (lib/search/refs.ts, schema v6): both tables stay in step through any
 * sequence of edits, and a v5 database's one-row-per-seq refs are converted by the upgrade.
 */
import fc from 'fast-check';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { Highlight } from '../../../lib/bulletin/model';
import { createDbAtVersion } from '../../../lib/backup/upgrade';
import { openDb } from '../../../lib/db/database';
import { applySourceUpdates, compactBlock, indexHighlight } from '../../../lib/search/indexer';
import { collectGrams, foldText } from '../../../lib/search/normalize';
import { search } from '../../../lib/search/query';
import { rebuildIndex } from '../../../lib/search/rebuild';
import { refsBySeq, refsBySource } from '../../../lib/search/refs';
import { encodeRow, rowDataBytes } from '../../../lib/search/rows';
import { layoutOf, PACK_SEQS, type LegacyPostingRow, type PackedPostingRow, type SearchRef } from '../../../lib/search/schema';
import { fieldsOfClipping, fieldsOfHighlight, hashFields, highlightRef } from '../../../lib/search/sources';
import { freshDb, liveRefs, makeClipping, makeHighlight } from './helpers';

const WORDS = ['四个意识', '两个维护', '基层治理', '乡村振兴'];

/** One step: save highlight `id` with a text, or delete it. */
type Op = { id: number; word: number | null };

describe('packed refs', () => {
  it('stay in step with the sources through random saves, edits and deletes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.record({ id: fc.integer({ min: 0, max: 40 }), word: fc.option(fc.integer({ min: 0, max: 3 })) }), { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 8 }),
        async (batches: Op[][]) => {
          const db = freshDb();
          const present = new Map<string, Highlight>();
          for (const batch of batches) {
            // One batch is one applySourceUpdates call: a source may come twice (last wins).
            for (const { id, word } of batch) {
              if (word === null) present.delete(`h${id}`);
              else present.set(`h${id}`, makeHighlight(`h${id}`, `c${id % 3}`, { exact: `第${id}条${WORDS[word]}` }));
            }
            await db.highlights.clear();
            await db.highlights.bulkPut([...present.values()]);
            await applySourceUpdates(
              db,
              batch.map(({ id, word }) => {
                const h = word === null ? null : makeHighlight(`h${id}`, `c${id % 3}`, { exact: `第${id}条${WORDS[word]}` });
                return { ref: highlightRef(`h${id}`), clippingId: `c${id % 3}`, fields: h ? fieldsOfHighlight(h) : null };
              }),
            );
            const live = await liveRefs(db); // also fails if the two tables disagree
            expect(live.map((s) => s.split(' ')[1]).sort()).toEqual([...present.keys()].map(highlightRef).sort());
            expect(new Set(live.map((s) => s.split(' ')[0])).size).toBe(live.length);
          }
          for (const w of WORDS) {
            const hits = (await search(db, w, { limit: 100 })).map((h) => h.highlightId).sort();
            const expected = [...present.values()].filter((h) => h.exact.includes(w)).map((h) => h.id).sort();
            expect(hits).toEqual(expected);
          }
          await db.delete();
        },
      ),
      { numRuns: 30, seed: 20261129 },
    );
  });

  it('are read back by seq across row boundaries and by source, with hashes', async () => {
    const db = freshDb();
    const highlights = Array.from({ length: PACK_SEQS * 2 + 3 }, (_, i) => makeHighlight(`h${i}`, `c${i % 2}`, { exact: `内容${i}`, updatedAt: i }));
    await db.highlights.bulkPut(highlights);
    await rebuildIndex(db);
    const bySeq = await refsBySeq(db, [0, PACK_SEQS - 1, PACK_SEQS, PACK_SEQS * 2 + 2, PACK_SEQS * 2 + 3, 5000]);
    expect([...bySeq.values()].map((r) => [r.seq, r.ref, r.clippingId])).toEqual([
      [0, 'h:h0', 'c0'],
      [PACK_SEQS - 1, `h:h${PACK_SEQS - 1}`, `c${(PACK_SEQS - 1) % 2}`],
      [PACK_SEQS, `h:h${PACK_SEQS}`, 'c0'],
      [PACK_SEQS * 2 + 2, `h:h${PACK_SEQS * 2 + 2}`, 'c0'],
    ]);
    const bySource = await refsBySource(db, ['h:h7', 'h:missing']);
    expect([...bySource.keys()]).toEqual(['h:h7']);
    expect(bySource.get('h:h7')).toEqual({ seq: 7, ref: 'h:h7', clippingId: 'c1', hash: hashFields(fieldsOfHighlight(highlights[7]!)) });
    // An unchanged text is not re-indexed: the hash came back right.
    await indexHighlight(db, highlights[7]!);
    expect((await refsBySource(db, ['h:h7'])).get('h:h7')?.seq).toBe(7);
    await db.delete();
  });
});

/** Writes an index as schema v3-v5 stored it: a ref row per seq, block-major rows of 4,096 buckets. */
async function writeLegacyIndex(db: ReturnType<typeof createDbAtVersion>, sources: Array<{ ref: string; clippingId: string; fields: ReturnType<typeof fieldsOfClipping> }>) {
  const refs: SearchRef[] = [];
  const lists = new Map<number, Map<number, number[]>>();
  sources.forEach((s, seq) => {
    refs.push({ seq, ref: s.ref, clippingId: s.clippingId, hash: hashFields(s.fields) });
    for (const [field, text] of s.fields) {
      for (const gram of collectGrams(foldText(text))) {
        // v3-v5's key: block * 4096 + Fibonacci hash of the gram (block 0 here).
        const key = (Math.imul(gram, 0x9e3779b1) >>> 0) % 4096;
        let m = lists.get(key);
        if (!m) lists.set(key, (m = new Map()));
        const l = m.get(gram);
        if (l) l.push(seq * 4 + field);
        else m.set(gram, [seq * 4 + field]);
      }
    }
  });
  await db.table('searchRefs').bulkPut(refs);
  // In the rows' form of the time: three typed arrays (rows.ts reads both forms).
  await db.table('searchRows').bulkPut([...lists].map(([key, m]) => legacyRow(encodeRow(key, m))));
  await db.table('searchMeta').put({ key: 'state', nextSeq: 4096, dead: {} });
}

/** A packed row in the form rows had before: grams, starts and data as three typed arrays. */
function legacyRow({ key, n, buf }: PackedPostingRow): LegacyPostingRow {
  return {
    key,
    grams: new Uint32Array(buf.slice(0, 4 * n).buffer),
    starts: new Uint32Array(buf.slice(4 * n, 8 * n + 4).buffer),
    data: buf.slice(8 * n + 4),
  };
}

describe('schema v6 upgrade', () => {
  it('packs a v5 index’s refs, keeps its rows’ layout until a rebuild, and edits still land', async () => {
    const name = `refs-v5-${Math.random()}`;
    const old = createDbAtVersion(name, 5, { indexedDB, IDBKeyRange });
    const clippings = Array.from({ length: 40 }, (_, i) => makeClipping(`c${i}`, { title: `简报${i}`, text: i % 4 === 0 ? '增强四个意识，做到两个维护。' : '基层治理工作。', updatedAt: i }));
    const highlights = Array.from({ length: 30 }, (_, i) => makeHighlight(`h${i}`, `c${i}`, { exact: i % 3 === 0 ? '四个意识' : '乡村振兴', note: '', updatedAt: i }));
    await old.table('clippings').bulkPut(clippings);
    await old.table('highlights').bulkPut(highlights);
    await writeLegacyIndex(old, [
      ...clippings.map((c) => ({ ref: `c:${c.id}`, clippingId: c.id, fields: fieldsOfClipping(c) })),
      ...highlights.map((h) => ({ ref: `h:${h.id}`, clippingId: h.clippingId, fields: fieldsOfHighlight(h) })),
    ]);
    old.close();

    const db = openDb({ name, indexedDB, IDBKeyRange });
    await db.open();
    expect(db.tables.map((t) => t.name)).not.toContain('searchRefs');
    const live = await liveRefs(db);
    expect(live).toHaveLength(70);
    expect(live).toContain('0 c:c0');
    expect(live).toContain('40 h:h0');
    expect((await db.searchMeta.get('state'))?.layout).toBeUndefined(); // rows as they were
    const packed = async () => (await db.searchRows.toArray()).map((r) => 'buf' in r);
    expect(new Set(await packed())).toEqual(new Set([false])); // in their form as they were
    const ids = async (q: string) => (await search(db, q, { limit: 100 })).map((h) => `${h.kind}:${h.highlightId ?? h.clippingId}`);
    const before = await ids('四个意识');
    expect(before).toHaveLength(10 + 10);
    expect(before.slice(0, 10).every((x) => x.startsWith('highlight:'))).toBe(true);

    // An edit after the upgrade: the new seq lands in block 1 of the legacy layout.
    const edited = { ...highlights[1]!, exact: '也是四个意识' };
    await db.highlights.put(edited);
    await indexHighlight(db, edited);
    expect(await ids('四个意识')).toEqual(['highlight:h1', ...before]);
    expect(await ids('乡村振兴')).not.toContain('highlight:h1');
    // Compacting block 0 in the old layout drops h1's old postings and keeps every answer.
    const postings = async () => (await db.searchRows.toArray()).reduce((n, r) => n + rowDataBytes(r), 0);
    const before2 = await postings();
    await db.transaction('rw', [db.searchSeqs, db.searchRows, db.searchMeta], async () => compactBlock(db, 0, layoutOf(await db.searchMeta.get('state'))));
    expect(await postings()).toBeLessThan(before2);
    expect(new Set(await packed())).toEqual(new Set([true])); // every row rewritten is packed
    expect(await ids('四个意识')).toEqual(['highlight:h1', ...before]);
    expect(await ids('乡村振兴')).not.toContain('highlight:h1');

    // A rebuild moves the rows to the current layout, with the same answers.
    await rebuildIndex(db);
    expect((await db.searchMeta.get('state'))?.layout).toBe(2);
    expect((await ids('四个意识')).sort()).toEqual(['highlight:h1', ...before].sort());
    expect(await liveRefs(db)).toHaveLength(70);
    await db.delete();
  });

  it('builds the index of a v5 database that had none', async () => {
    const name = `refs-v5-empty-${Math.random()}`;
    const old = createDbAtVersion(name, 5, { indexedDB, IDBKeyRange });
    await old.table('clippings').put(makeClipping('c1', { title: '工作简报', text: '坚持两个维护。' }));
    old.close();
    const db = openDb({ name, indexedDB, IDBKeyRange });
    expect((await search(db, '两个维护', { limit: 5 })).map((h) => h.clippingId)).toEqual(['c1']);
    expect((await db.searchMeta.get('state'))?.layout).toBe(2);
    await db.delete();
  });
});
