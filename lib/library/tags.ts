/**
 * Tag management across highlights and clippings: list with counts, rename, merge, delete,
 * colour. Each edit is one transaction and returns an undo record (plain data, so it can
 * travel in a message) that undoTagEdit applies. Bulk tag edits leave updatedAt alone: a
 * rename is not an edit of the passage, and "recently edited" should not fill with it.
 */
import type { Table } from 'dexie';
import type { Clipping, Highlight, Tag } from '../bulletin/model';
import { fail, ok, type Result } from '../bulletin/result';
import type { ClipperDb } from '../db/database';

/** A tag with its use counts. */
export interface TagInfo {
  name: string;
  color: string | null;
  highlightCount: number;
  clippingCount: number;
}

/** What a tag edit changed, enough to put it back. */
export interface TagUndo {
  /** Tag rows as they were before, null where the row did not exist. */
  tagRows: Array<{ name: string; row: Tag | null }>;
  /** [id, tags before] of every highlight and clipping changed. */
  highlights: Array<[string, string[]]>;
  clippings: Array<[string, string[]]>;
}

/** The outcome of a tag edit. */
export interface TagEdit {
  highlights: number;
  clippings: number;
  undo: TagUndo;
}

/**
 * Every tag in use or defined, with counts, most used first (then by name). The counts are
 * kept with every write (lib/db/tag-counts.ts): two small tables read, whatever the size of
 * the library.
 */
export async function listTags(db: ClipperDb): Promise<TagInfo[]> {
  return db.transaction('r', [db.tags, db.tagCounts], () => listTagsInTransaction(db));
}

async function listTagsInTransaction(db: ClipperDb): Promise<TagInfo[]> {
  const [rows, counts] = await Promise.all([db.tags.toArray(), db.tagCounts.toArray()]);
  const colors = new Map(rows.map((t) => [t.name, t.color]));
  const counted = new Map(counts.map((c) => [c.name, c]));
  const names = [...new Set([...rows.map((t) => t.name), ...counted.keys()])];
  return names
    .map((name) => ({ name, color: colors.get(name) ?? null, highlightCount: counted.get(name)?.highlights ?? 0, clippingCount: counted.get(name)?.clippings ?? 0 }))
    .sort((a, b) => b.highlightCount + b.clippingCount - (a.highlightCount + a.clippingCount) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function cleanName(name: string): string {
  return name.trim();
}

/** Rewrites the tags of every record carrying one of `from`, recording the old arrays. */
async function rewriteTags(db: ClipperDb, from: readonly string[], rewrite: (tags: string[]) => string[], undo: TagUndo): Promise<void> {
  const tables: Array<[Table<Highlight | Clipping, string>, TagUndo['highlights']]> = [
    [db.table('highlights'), undo.highlights],
    [db.table('clippings'), undo.clippings],
  ];
  for (const [table, log] of tables) {
    // The records by their tags index (a read per tag, not one per record: 20,000 highlights
    // of one tag were 40,000 single reads by key before, half the time of a rename), written
    // back whole.
    const found = new Map<string, Highlight | Clipping>();
    for (const rows of await Promise.all([...new Set(from)].map((tag) => table.where('tags').equals(tag).toArray()))) {
      for (const r of rows) found.set(r.id, r);
    }
    const next: Array<Highlight | Clipping> = [];
    for (const r of found.values()) {
      log.push([r.id, r.tags]);
      next.push({ ...r, tags: rewrite(r.tags) });
    }
    await table.bulkPut(next);
  }
}

/**
 * Merges tags `sources` into `target` (created if missing, keeping a source's colour when
 * it has none): every item carrying a source carries the target instead, once. Renaming is
 * merging one source; renaming onto an existing tag merges into it.
 */
export async function mergeTags(db: ClipperDb, sources: readonly string[], target: string): Promise<Result<TagEdit>> {
  const to = cleanName(target);
  const from = [...new Set(sources.map(cleanName))].filter((s) => s && s !== to);
  if (!to) return fail('empty_input', 'tag name is empty');
  return db.transaction('rw', [db.highlights, db.clippings, db.tags], async () => {
    const undo: TagUndo = { tagRows: [], highlights: [], clippings: [] };
    if (from.length === 0) return ok({ highlights: 0, clippings: 0, undo });
    const rows = await db.tags.bulkGet([to, ...from]);
    [to, ...from].forEach((name, i) => undo.tagRows.push({ name, row: rows[i] ?? null }));
    const fromSet = new Set(from);
    await rewriteTags(db, from, (tags) => [...new Set(tags.map((t) => (fromSet.has(t) ? to : t)))], undo);
    const targetRow = rows[0];
    const sourceColor = rows.slice(1).find((r) => r?.color)?.color ?? null;
    await db.tags.put({ name: to, color: targetRow?.color ?? sourceColor, createdAt: targetRow?.createdAt ?? rows.slice(1).find(Boolean)?.createdAt ?? Date.now() });
    await db.tags.bulkDelete(from);
    return ok({ highlights: undo.highlights.length, clippings: undo.clippings.length, undo });
  });
}

/** Renames a tag everywhere (onto an existing name: merges). */
export async function renameTag(db: ClipperDb, from: string, to: string): Promise<Result<TagEdit>> {
  return mergeTags(db, [from], to);
}

/** Removes a tag from every highlight and clipping and deletes its row. */
export async function deleteTag(db: ClipperDb, name: string): Promise<Result<TagEdit>> {
  const tag = cleanName(name);
  if (!tag) return fail('empty_input', 'tag name is empty');
  return db.transaction('rw', [db.highlights, db.clippings, db.tags], async () => {
    const undo: TagUndo = { tagRows: [{ name: tag, row: (await db.tags.get(tag)) ?? null }], highlights: [], clippings: [] };
    await rewriteTags(db, [tag], (tags) => tags.filter((t) => t !== tag), undo);
    await db.tags.delete(tag);
    return ok({ highlights: undo.highlights.length, clippings: undo.clippings.length, undo });
  });
}

/** Sets (or clears, with null) a tag's colour, creating its row if needed. */
export async function setTagColor(db: ClipperDb, name: string, color: string | null, now = Date.now()): Promise<Result<TagEdit>> {
  const tag = cleanName(name);
  if (!tag) return fail('empty_input', 'tag name is empty');
  return db.transaction('rw', db.tags, async () => {
    const row = (await db.tags.get(tag)) ?? null;
    await db.tags.put({ name: tag, color, createdAt: row?.createdAt ?? now });
    return ok({ highlights: 0, clippings: 0, undo: { tagRows: [{ name: tag, row }], highlights: [], clippings: [] } });
  });
}

/**
 * Puts back what a tag edit changed: the records' tag arrays and the tag rows. Meant for
 * the undo right after the edit; tags changed on those records in between are overwritten.
 */
export async function undoTagEdit(db: ClipperDb, undo: TagUndo): Promise<void> {
  await db.transaction('rw', [db.highlights, db.clippings, db.tags], async () => {
    await db.highlights.bulkUpdate(undo.highlights.map(([key, tags]) => ({ key, changes: { tags } })));
    await db.clippings.bulkUpdate(undo.clippings.map(([key, tags]) => ({ key, changes: { tags } })));
    // Reverse order: when a name appears twice the first (oldest) state wins.
    for (const { name, row } of [...undo.tagRows].reverse()) {
      if (row) await db.tags.put(row);
      else await db.tags.delete(name);
    }
  });
}
