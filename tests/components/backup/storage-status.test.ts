/**
 * lib/platform/storage.ts over a StorageManager double (the browser's object: the code
 * under test is the wrapper, which must turn missing APIs and failures into "unknown").
 */
import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../components/backup/StoragePanel';
import { readStorageStatus, requestPersistence } from '../../../lib/platform/storage';

function manager(over: Partial<{ estimate: () => Promise<StorageEstimate>; persisted: () => Promise<boolean>; persist: () => Promise<boolean> }> = {}) {
  let persisted = false;
  return {
    estimate: async () => ({ usage: 5_242_880, quota: 1_073_741_824 }),
    persisted: async () => persisted,
    persist: async () => (persisted = true),
    ...over,
  };
}

describe('storage status', () => {
  it('reads usage, quota and persistence, and asking for persistence changes it', async () => {
    const m = manager();
    expect(await readStorageStatus(m)).toEqual({ usage: 5_242_880, quota: 1_073_741_824, persisted: false });
    expect(await requestPersistence(m)).toBe(true);
    expect((await readStorageStatus(m)).persisted).toBe(true);
  });

  it('reports unknown rather than throwing', async () => {
    expect(await readStorageStatus(undefined)).toEqual({ usage: null, quota: null, persisted: null });
    const broken = manager({ estimate: () => Promise.reject(new Error('no')), persisted: () => Promise.reject(new Error('no')), persist: () => Promise.reject(new Error('no')) });
    expect(await readStorageStatus(broken)).toEqual({ usage: null, quota: null, persisted: null });
    expect(await requestPersistence(broken)).toBe(false);
    expect(await requestPersistence(undefined)).toBe(false);
  });

  it.each([
    [0, '0 B'],
    [1023, '1,023 B'],
    [5_242_880, '5 MB'],
    [1_610_612_736, '1.5 GB'],
  ])('formats %d bytes as %s', (bytes, text) => {
    expect(formatBytes(bytes, 'en')).toBe(text);
  });
});
