/**
 * Fresh databases (fake-indexeddb) for a test file: each gets a name of its own unless given
 * one (to open a database an older schema wrote), and is deleted after the test.
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach } from 'vitest';
import { openDb, type ClipperDb } from '../../../lib/db/database';

/** Registers the clean-up and returns the opener; names start with `prefix`. */
export function freshDbs(prefix: string): (name?: string) => ClipperDb {
  const opened: ClipperDb[] = [];
  afterEach(async () => {
    for (const db of opened.splice(0)) await db.delete();
  });
  return (name = `${prefix}-${Math.random().toString(36).slice(2)}`) => {
    const db = openDb({ name, indexedDB, IDBKeyRange });
    opened.push(db);
    return db;
  };
}
