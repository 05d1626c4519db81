/**
 * Repository functions for clippings. Every write is one transaction so a failure (a full
 * disk, a service worker stopped mid-save) leaves the database as it was.
 */
import type { BulletinDraft, Clipping, Highlight } from '../bulletin/model';
import { normalizeUrl } from '../bulletin/url';
import type { ClipperDb } from './database';

/** Finds the clipping saved for a page identity (a normalised URL), if any. */
export async function findClippingByUrl(db: ClipperDb, identity: string | null): Promise<Clipping | undefined> {
  if (!identity) return undefined;
  return db.clippings.where('normalizedUrl').equals(identity).first();
}

/** What saveClipping did. */
export interface SaveOutcome {
  clipping: Clipping;
  /** False when the page was already saved and the existing clipping is returned. */
  created: boolean;
}

/**
 * Saves a draft unless a clipping with the same identity exists (then returns that one).
 * `identity` defaults to the normalised draft URL.
 */
export async function saveClipping(
  db: ClipperDb,
  draft: BulletinDraft,
  options: { identity?: string | null; now?: number; id?: string } = {},
): Promise<SaveOutcome> {
  const identity = options.identity !== undefined ? options.identity : normalizeUrl(draft.url);
  return db.transaction('rw', db.clippings, async () => {
    const existing = await findClippingByUrl(db, identity);
    if (existing) return { clipping: existing, created: false };
    const now = options.now ?? Date.now();
    const clipping: Clipping = {
      ...draft,
      id: options.id ?? crypto.randomUUID(),
      normalizedUrl: identity,
      tags: [],
      createdAt: now,
      updatedAt: now,
    };
    await db.clippings.add(clipping);
    return { clipping, created: true };
  });
}

/** Newest first. */
export async function listClippings(db: ClipperDb, limit = Infinity): Promise<Clipping[]> {
  const coll = db.clippings.orderBy('createdAt').reverse();
  return Number.isFinite(limit) ? coll.limit(limit).toArray() : coll.toArray();
}

/** A deleted clipping with the highlights that went with it (what undo puts back). */
export type DeletedClipping = Clipping & { deletedHighlights: Highlight[] };

/**
 * Deletes a clipping and its highlights in one transaction, and returns them, so the caller
 * can offer undo. (Highlights without their clipping would be orphans in every list.)
 */
export async function deleteClipping(db: ClipperDb, id: string): Promise<DeletedClipping | undefined> {
  return db.transaction('rw', db.clippings, db.highlights, async () => {
    const old = await db.clippings.get(id);
    if (!old) return undefined;
    const highlights = await db.highlights.where('clippingId').equals(id).toArray();
    await db.highlights.bulkDelete(highlights.map((h) => h.id));
    await db.clippings.delete(id);
    return { ...old, deletedHighlights: highlights };
  });
}

/** Puts a deleted clipping (and its highlights, when given) back exactly as it was (undo). */
export async function restoreClipping(db: ClipperDb, deleted: Clipping | DeletedClipping): Promise<void> {
  const { deletedHighlights, ...clipping } = deleted as DeletedClipping;
  await db.transaction('rw', db.clippings, db.highlights, async () => {
    await db.clippings.put(clipping as Clipping);
    if (deletedHighlights?.length) await db.highlights.bulkPut(deletedHighlights);
  });
}
