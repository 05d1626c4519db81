/** Test helper: a table's rows as IndexedDB holds them, below Dexie's middleware and hooks. */
import type { ClipperDb } from '../../../lib/db/database';

export function rawRows(db: ClipperDb, table: 'clippings' | 'highlights'): Promise<Record<string, unknown>[]> {
  return new Promise((resolve, reject) => {
    const req = db.backendDB().transaction(table).objectStore(table).getAll();
    req.onsuccess = () => resolve(req.result as Record<string, unknown>[]);
    req.onerror = () => reject(req.error);
  });
}
