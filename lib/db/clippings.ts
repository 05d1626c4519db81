/**
 * Repository functions for clippings. Every write is one transaction so a failure (a full
 * disk, a service worker stopped mid-save) leaves the database as it was.
 */
import type { BulletinDraft, Clipping } from '../bulletin/model';
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

/** Deletes a clipping and returns what was removed, so the caller can offer undo. */
export async function deleteClipping(db: ClipperDb, id: string): Promise<Clipping | undefined> {
  return db.transaction('rw', db.clippings, async () => {
    const old = await db.clippings.get(id);
    if (old) await db.clippings.delete(id);
    return old;
  });
}

/** Puts a deleted clipping back exactly as it was (undo). */
export async function restoreClipping(db: ClipperDb, clipping: Clipping): Promise<void> {
  await db.clippings.put(clipping);
}
