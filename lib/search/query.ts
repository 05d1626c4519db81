/**
 * Phrase search over clippings and highlights: candidates from the bigram index, then each
 * candidate verified against its text in rank order until the page is full. Ranking is
 * field first (highlight, title, note, body: what the user marked or named beats running
 * text), then recency (sources last changed more recently first).
 */
import type { Clipping, Highlight } from '../bulletin/model';
import { summariesOf, summarizeClipping, type ClippingSummary } from '../db/clipping-summaries';
import type { ClipperDb } from '../db/database';
import { findCandidates } from './candidates';
import { foldText, isExactByIndex, splitTerms } from './normalize';
import { FIELD_KIND, KIND_FIELD, type SearchKind, type SearchRef } from './schema';
import { refsBySeq } from './refs';
import { makeSnippet, type Snippet } from './snippet';
import { textOfField } from './sources';

/** One search result. */
export interface SearchHit {
  kind: SearchKind;
  clippingId: string;
  /** Set for 'highlight' and 'note' hits. */
  highlightId?: string;
  snippet: Snippet;
  /** Higher is better: 4 - field rank, plus a recency fraction in [0, 1). */
  score: number;
}

/** Paging and scope of a search. */
export interface SearchOptions {
  limit: number;
  offset?: number;
  /** Fields to search; all when absent or empty. */
  kinds?: readonly SearchKind[];
  /** Characters of context each side of the match in snippets (default 40). */
  context?: number;
}

const ALL_KINDS: readonly SearchKind[] = ['highlight', 'title', 'note', 'clipping'];

function fieldsOf(kinds: readonly SearchKind[] | undefined): Set<number> {
  return new Set((kinds?.length ? kinds : ALL_KINDS).map((k) => KIND_FIELD[k]));
}

interface Loaded {
  refs: Map<number, SearchRef>;
  sources: Map<string, Clipping | Highlight>;
}

/**
 * Loads the refs and source records of a batch of seqs in two round trips. With `summaries`,
 * the second also reads the summaries of the highlights' clippings that are not in it yet (a
 * clipping's own record stands for its summary), so a results page needs no read after.
 */
async function loadBatch(db: ClipperDb, seqs: number[], summaries: Map<string, ClippingSummary> | null = null): Promise<Loaded> {
  // A dead seq (the source changed or was deleted since) has no ref.
  const refs = await refsBySeq(db, seqs);
  const cIds: string[] = [];
  const hIds: string[] = [];
  for (const r of refs.values()) (r.ref.startsWith('c:') ? cIds : hIds).push(r.ref.slice(2));
  const own = new Set(cIds);
  const sIds = summaries ? [...new Set([...refs.values()].map((r) => r.clippingId))].filter((id) => !own.has(id) && !summaries.has(id)) : [];
  const [cs, hs, ss] = await Promise.all([db.clippings.bulkGet(cIds), db.highlights.bulkGet(hIds), sIds.length ? db.clippingSummaries.bulkGet(sIds) : []]);
  const sources = new Map<string, Clipping | Highlight>();
  for (const c of cs) if (c) sources.set(`c:${c.id}`, c);
  for (const h of hs) if (h) sources.set(`h:${h.id}`, h);
  if (summaries) {
    for (const c of cs) if (c) summaries.set(c.id, summarizeClipping(c));
    for (const sum of ss) if (sum) summaries.set(sum.id, sum);
  }
  return { refs, sources };
}

/** Searches for `query` (whitespace-separated phrases, all required in one field). */
export async function search(db: ClipperDb, query: string, options: SearchOptions): Promise<SearchHit[]> {
  // One read transaction for all the requests: far cheaper than one implicit transaction each.
  return db.transaction('r', readTables(db), () => searchInTransaction(db, query, options, null));
}

/** Search hits and the clippings they belong to (what a results list shows of each). */
export interface SearchPage {
  hits: SearchHit[];
  /** Every hit's clipping by id, summarised (a hit whose clipping is gone has none). */
  clippings: Map<string, ClippingSummary>;
}

/**
 * Searches, and reads the summaries of the hits' clippings alongside the sources it verifies:
 * a body or title hit's clipping is read whole anyway, a highlight or note hit's clipping as
 * a summary in the same round trip (lib/db/clipping-summaries.ts).
 */
export async function searchPage(db: ClipperDb, query: string, options: SearchOptions): Promise<SearchPage> {
  const seen = new Map<string, ClippingSummary>();
  // The search's own transaction, then a read only for a summary it did not find (a
  // clipping whose summary is missing). Reading the hits' clippings in the same transaction
  // after the search failed under the library's liveQuery in Chromium (PrematureCommitError).
  const hits = await db.transaction('r', readTables(db), () => searchInTransaction(db, query, options, seen));
  const ids = [...new Set(hits.map((h) => h.clippingId))];
  const read = await summariesOf(db, ids.filter((id) => !seen.has(id)));
  const clippings = new Map<string, ClippingSummary>();
  for (const id of ids) {
    const summary = seen.get(id) ?? read.get(id);
    if (summary) clippings.set(id, summary);
  }
  return { hits, clippings };
}

/** The tables a search reads. */
function readTables(db: ClipperDb) {
  return SEARCH_TABLES.map((name) => db.table(name));
}

/** The names of the tables a search reads. */
export const SEARCH_TABLES = ['searchMeta', 'searchRows', 'searchSeqs', 'clippings', 'highlights', 'clippingSummaries'] as const;

/** The search itself; with `seen`, the summaries of the clippings of the sources it verifies go there. */
async function searchInTransaction(db: ClipperDb, query: string, options: SearchOptions, seen: Map<string, ClippingSummary> | null): Promise<SearchHit[]> {
  const terms = splitTerms(query);
  const offset = options.offset ?? 0;
  const need = offset + options.limit;
  if (terms.length === 0 || options.limit <= 0) return [];
  const { docs, nextSeq } = await findCandidates(db, terms, fieldsOf(options.kinds));
  docs.sort((a, b) => (a % 4) - (b % 4) || b - a);
  const hits: SearchHit[] = [];
  const hitSeqs = new Set<number>();
  let batch = Math.max(need, 16);
  for (let i = 0; i < docs.length && hits.length < need; i += batch, batch *= 2) {
    const slice = docs.slice(i, i + batch);
    const { refs, sources } = await loadBatch(db, [...new Set(slice.map((d) => Math.floor(d / 4)))], seen);
    for (const doc of slice) {
      const seq = Math.floor(doc / 4);
      const field = doc % 4;
      const ref = refs.get(seq);
      const source = ref && sources.get(ref.ref);
      // One hit per source: its best field (they come first in the sort) stands for it.
      if (!ref || !source || hitSeqs.has(seq)) continue;
      const text = textOfField(source, field);
      const folded = foldText(text);
      if (!terms.every((t) => folded.includes(t))) continue;
      const at = folded.indexOf(terms[0]!);
      const kind = FIELD_KIND[field]!;
      hitSeqs.add(seq);
      hits.push({
        kind,
        clippingId: ref.clippingId,
        ...(ref.ref.startsWith('h:') ? { highlightId: ref.ref.slice(2) } : {}),
        snippet: makeSnippet(text, at, at + terms[0]!.length, options.context),
        score: 4 - field + seq / (nextSeq + 1),
      });
      if (hits.length >= need) break;
    }
  }
  return hits.slice(offset);
}

/** Every clipping and highlight matching a query (for filtering, not ranking). */
export interface MatchSet {
  clippingIds: Set<string>;
  highlightIds: Set<string>;
}

/**
 * All sources whose searchable fields (restricted to `kinds`) contain every term. A single
 * one- or two-character term is answered by the index alone; longer phrases are verified.
 */
export async function matchSources(db: ClipperDb, query: string, kinds?: readonly SearchKind[]): Promise<MatchSet> {
  return db.transaction('r', readTables(db), () => matchInTransaction(db, query, kinds));
}

async function matchInTransaction(db: ClipperDb, query: string, kinds?: readonly SearchKind[]): Promise<MatchSet> {
  const terms = splitTerms(query);
  const out: MatchSet = { clippingIds: new Set(), highlightIds: new Set() };
  if (terms.length === 0) return out;
  const { docs } = await findCandidates(db, terms, fieldsOf(kinds));
  const exact = terms.length === 1 && isExactByIndex(terms[0]!);
  const bySeq = new Map<number, number[]>();
  for (const d of docs) {
    const seq = Math.floor(d / 4);
    const fields = bySeq.get(seq);
    if (fields) fields.push(d % 4);
    else bySeq.set(seq, [d % 4]);
  }
  const seqs = [...bySeq.keys()];
  const BATCH = 1000;
  for (let i = 0; i < seqs.length; i += BATCH) {
    const slice = seqs.slice(i, i + BATCH);
    if (exact) {
      for (const r of (await refsBySeq(db, slice)).values()) (r.ref.startsWith('c:') ? out.clippingIds : out.highlightIds).add(r.ref.slice(2));
      continue;
    }
    const { refs, sources } = await loadBatch(db, slice);
    for (const seq of slice) {
      const ref = refs.get(seq);
      const source = ref && sources.get(ref.ref);
      if (!ref || !source) continue;
      const ok = bySeq.get(seq)!.some((field) => {
        const folded = foldText(textOfField(source, field));
        return terms.every((t) => folded.includes(t));
      });
      if (ok) (ref.ref.startsWith('c:') ? out.clippingIds : out.highlightIds).add(ref.ref.slice(2));
    }
  }
  return out;
}
