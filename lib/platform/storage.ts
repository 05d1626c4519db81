/**
 * How much room the library takes and whether the browser may evict it: a thin wrapper
 * over navigator.storage (StorageManager). The manager is a parameter so tests and pages
 * without the API (older browsers, some private modes) get a clear "unknown" instead of a throw.
 */

/** What the browser reports about this origin's storage. */
export interface StorageStatus {
  /** Bytes used, or null when the browser does not say. */
  usage: number | null;
  /** Bytes the origin may use, or null when unknown. */
  quota: number | null;
  /** True when the browser promised not to evict the data; null when it cannot tell. */
  persisted: boolean | null;
}

type Manager = Pick<StorageManager, 'estimate' | 'persisted' | 'persist'>;

/** The page's StorageManager, when there is one. */
function defaultManager(): Manager | undefined {
  return typeof navigator !== 'undefined' ? navigator.storage : undefined;
}

/** Reads usage, quota and persistence; failures of either call become nulls. */
export async function readStorageStatus(manager: Manager | undefined = defaultManager()): Promise<StorageStatus> {
  if (!manager) return { usage: null, quota: null, persisted: null };
  const [estimate, persisted] = await Promise.all([
    manager.estimate().catch(() => undefined),
    manager.persisted().catch(() => null),
  ]);
  return { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, persisted };
}

/**
 * Asks the browser to keep the data even under storage pressure. Resolves with whether it
 * agreed (Chromium decides from engagement and may say no without a prompt).
 */
export async function requestPersistence(manager: Manager | undefined = defaultManager()): Promise<boolean> {
  if (!manager) return false;
  return manager.persist().catch(() => false);
}
