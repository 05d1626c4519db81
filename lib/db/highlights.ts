/**
 * Repository functions for highlights and tags. Each write is one transaction over the
 * tables it touches, so a failure leaves the database as it was.
 */
import type { Highlight, HighlightColor, Selector, Tag } from '../bulletin/model';
import type { ClipperDb } from './database';

/** The fields a new highlight needs; ids, times and review state are filled in here. */
export type NewHighlight = Omit<Highlight, 'id' | 'createdAt' | 'updatedAt' | 'reviewedAt' | 'reviewCount' | 'orphan'> & { id?: string };

/** Adds a highlight and registers its tags. */
export async function addHighlight(db: ClipperDb, input: NewHighlight, now = Date.now()): Promise<Highlight> {
  const h: Highlight = { ...input, id: input.id ?? crypto.randomUUID(), tags: dedupeTags(input.tags), createdAt: now, updatedAt: now, reviewedAt: null, reviewCount: 0, orphan: false };
  await db.transaction('rw', db.highlights, db.tags, async () => {
    await db.highlights.add(h);
    await ensureTags(db, h.tags, now);
  });
  return h;
}

/** The changes a user can make to a highlight. */
export interface HighlightPatch {
  color?: HighlightColor;
  note?: string;
  tags?: string[];
  orphan?: boolean;
  /** Re-attaching an orphan: the new passage and where it is. */
  exact?: string;
  pageTarget?: Selector[];
  textTarget?: Selector[];
  headingPath?: string[];
}

/** Applies a patch; returns the updated highlight, or undefined when it no longer exists. */
export async function updateHighlight(db: ClipperDb, id: string, patch: HighlightPatch, now = Date.now()): Promise<Highlight | undefined> {
  return db.transaction('rw', db.highlights, db.tags, async () => {
    const old = await db.highlights.get(id);
    if (!old) return undefined;
    const next: Highlight = { ...old, ...definedOnly(patch), updatedAt: now };
    if (patch.tags) next.tags = dedupeTags(patch.tags);
    // The orphan flag is bookkeeping, not an edit: it does not count as "recently edited".
    if (Object.keys(definedOnly(patch)).every((k) => k === 'orphan')) next.updatedAt = old.updatedAt;
    await db.highlights.put(next);
    if (patch.tags) await ensureTags(db, next.tags, now);
    return next;
  });
}

/** Deletes a highlight and returns it (for undo). */
export async function removeHighlight(db: ClipperDb, id: string): Promise<Highlight | undefined> {
  return db.transaction('rw', db.highlights, async () => {
    const old = await db.highlights.get(id);
    if (old) await db.highlights.delete(id);
    return old;
  });
}

/** Puts a deleted highlight back as it was (undo). */
export async function restoreHighlight(db: ClipperDb, h: Highlight): Promise<void> {
  await db.transaction('rw', db.highlights, db.tags, async () => {
    await db.highlights.put(h);
    await ensureTags(db, h.tags, h.createdAt);
  });
}

/** The highlights of one clipping, oldest first. */
export async function listHighlights(db: ClipperDb, clippingId: string): Promise<Highlight[]> {
  const rows = await db.highlights.where('clippingId').equals(clippingId).toArray();
  return rows.sort((a, b) => a.createdAt - b.createdAt);
}

/** Existing tag names starting with or containing `prefix`, prefix matches first. */
export async function matchTags(db: ClipperDb, prefix: string, limit = 10): Promise<string[]> {
  const all = await db.tags.toCollection().primaryKeys();
  const p = prefix.trim();
  const starts = all.filter((t) => t.startsWith(p));
  const contains = p ? all.filter((t) => !t.startsWith(p) && t.includes(p)) : [];
  return [...starts, ...contains].slice(0, limit);
}

async function ensureTags(db: ClipperDb, names: string[], now: number): Promise<void> {
  if (!names.length) return;
  const existing = new Set((await db.tags.bulkGet(names)).filter((t): t is Tag => !!t).map((t) => t.name));
  const fresh = names.filter((n) => !existing.has(n)).map((name) => ({ name, color: null, createdAt: now }));
  if (fresh.length) await db.tags.bulkAdd(fresh);
}

function dedupeTags(tags: string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()).filter(Boolean))];
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
