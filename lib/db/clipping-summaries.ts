/**
 * From schema v7 every clipping has a summary row in `clippingSummaries`: the handful of
 * fields a highlight's card shows of its clipping and the highlights view sorts by (title,
 * issuer, date …), without the paragraphs. The highlights view reads a clipping for each
 * distinct clipping on its page, and for a tag's page in bulletin order every clipping the tag
 * touches: in Chromium's IndexedDB a read costs by the bytes, and a whole clipping is its
 * text (89 clippings: 12.4 ms whole against 7.2 ms as summaries, at 100,000 highlights).
 *
 * A summary is derived from its clipping alone, so it is kept in the clipping's own write
 * transaction (lib/db/derived-table.ts): a DBCore middleware adds the table to the scope of
 * every read-write transaction that names `clippings`, and mirrors each add, put, delete and
 * range delete of clippings into it, whatever Dexie API made them. A write that aborts takes its summaries
 * with it. The v7 upgrade writes the summaries of clippings stored before.
 *
 * Readers go through summariesOf, which falls back to the clipping itself for any summary
 * that is missing, so a summary can only ever make a read cheaper, never wrong.
 */
import type Dexie from 'dexie';
import type { DBCoreMutateRequest, DBCoreMutateResponse, Transaction } from 'dexie';
import { keepInWrites } from './derived-table';
import type { Clipping } from '../bulletin/model';

/** The table's name. */
export const SUMMARIES = 'clippingSummaries';

/** What a highlight card shows of its clipping, and what the highlights view sorts by. */
export type ClippingSummary = Pick<Clipping, 'id' | 'title' | 'issuer' | 'bulletinName' | 'issueNumber' | 'date' | 'siteName' | 'url'>;

/** The summary of a clipping (a new object with just those fields). */
export function summarizeClipping(c: Clipping): ClippingSummary {
  return { id: c.id, title: c.title, issuer: c.issuer, bulletinName: c.bulletinName, issueNumber: c.issueNumber, date: c.date, siteName: c.siteName, url: c.url };
}

/** The summary rows of the rows a successful add or put wrote (failed ones wrote nothing). */
function summariesWritten(req: DBCoreMutateRequest & { type: 'add' | 'put' }, res: DBCoreMutateResponse): ClippingSummary[] {
  const out: ClippingSummary[] = [];
  req.values.forEach((v, i) => {
    if (!res.failures[i] && v && typeof v === 'object') out.push(summarizeClipping(v as Clipping));
  });
  return out;
}

/** The write of `clippingSummaries` that mirrors one write of `clippings` (null: none). */
function mirror(req: DBCoreMutateRequest, res: DBCoreMutateResponse): DBCoreMutateRequest | null {
  const { trans } = req;
  switch (req.type) {
    case 'add':
    case 'put': {
      const values = summariesWritten(req, res);
      return values.length ? { type: 'put', trans, values } : null;
    }
    case 'delete':
      return { type: 'delete', trans, keys: req.keys };
    case 'deleteRange':
      return { type: 'deleteRange', trans, range: req.range };
  }
}

/** Installs the middleware on a database that has not been opened yet (openDb does this). */
export function installClippingSummaries(db: Dexie): void {
  keepInWrites(db, 'clipping-summaries', ['clippings'], SUMMARIES, async (clippings, req, summaries) => {
    const res = await clippings.mutate(req);
    const write = mirror(req, res);
    if (write) await summaries.mutate(write);
    return res;
  });
}

/** Clippings read per request by the v7 upgrade. */
const UPGRADE_BATCH = 1000;

/** The v7 upgrade: a summary for every clipping stored before. */
export async function writeAllSummaries(tx: Transaction): Promise<void> {
  const clippings = tx.table<Clipping, string>('clippings');
  const summaries = tx.table<ClippingSummary, string>(SUMMARIES);
  for (let after: string | null = null; ; ) {
    const chunk: Clipping[] = await (after === null ? clippings.orderBy(':id') : clippings.where(':id').above(after)).limit(UPGRADE_BATCH).toArray();
    await summaries.bulkPut(chunk.map(summarizeClipping));
    if (chunk.length < UPGRADE_BATCH) return;
    after = chunk[chunk.length - 1]!.id;
  }
}

/** Tables summariesOf reads. */
interface SummaryTables {
  clippings: Dexie['tables'][number];
  clippingSummaries: Dexie['tables'][number];
}

/**
 * The summaries of clippings by id (ids of clippings that are gone are left out): one bulk
 * read of summaries, and of the clippings themselves only for summaries missing.
 */
export async function summariesOf(db: SummaryTables, ids: readonly string[]): Promise<Map<string, ClippingSummary>> {
  const out = new Map<string, ClippingSummary>();
  if (!ids.length) return out;
  const found = (await db.clippingSummaries.bulkGet([...ids])) as Array<ClippingSummary | undefined>;
  const missing: string[] = [];
  found.forEach((s, i) => {
    if (s) out.set(s.id, s);
    else missing.push(ids[i]!);
  });
  if (missing.length) for (const c of (await db.clippings.bulkGet(missing)) as Array<Clipping | undefined>) if (c) out.set(c.id, summarizeClipping(c));
  return out;
}
