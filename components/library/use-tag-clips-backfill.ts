/**
 * Gives highlights stored before schema v5 their [tag, clippingId] index pairs in the
 * background (lib/db/tag-clips.ts), once the library page has had time to paint: small
 * batches with pauses between them, so the page's own queries never wait long behind one.
 * Stops with the page; the next visit resumes where it left off.
 */
import { useEffect } from 'preact/hooks';
import type { ClipperDb } from '../../lib/db/database';
import { backfillTagClips } from '../../lib/db/tag-clips';

/** Wait after the page opens before the first batch. */
const START_AFTER_MS = 2000;
/** Highlights per batch (one read-write transaction: about 0.1 s in Chromium). */
const BATCH = 200;
/** Pause between batches. */
const PAUSE_MS = 100;

/** Runs the backfill while the page is open (a no-op once it is done). */
export function useTagClipsBackfill(db: ClipperDb): void {
  useEffect(() => {
    const stop = new AbortController();
    const timer = setTimeout(() => {
      backfillTagClips(db, { batch: BATCH, signal: stop.signal, between: () => new Promise((r) => setTimeout(r, PAUSE_MS)) }).catch((e: unknown) => {
        // A failed batch changed nothing (its transaction rolled back); the next visit retries.
        if (!stop.signal.aborted) console.warn('tag index backfill stopped', e);
      });
    }, START_AFTER_MS);
    return () => {
      clearTimeout(timer);
      stop.abort();
    };
  }, [db]);
}
