/** Storage used by the library, whether it is persistent, and a button to ask for persistence. */
import { useEffect, useState } from 'preact/hooks';
import { t, uiLanguage } from '../../lib/platform/i18n';
import { readStorageStatus, requestPersistence, type StorageStatus } from '../../lib/platform/storage';

/** Bytes as "12.3 MB" in the UI language. */
export function formatBytes(bytes: number, language: string): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let v = bytes;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: i ? 1 : 0 }).format(v)} ${units[i]}`;
}

/** The storage section of the backup view. */
export function StoragePanel() {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [refused, setRefused] = useState(false);
  useEffect(() => void readStorageStatus().then(setStatus), []);
  async function ask() {
    const granted = await requestPersistence();
    setRefused(!granted);
    setStatus(await readStorageStatus());
  }
  const lang = uiLanguage();
  return (
    <div class="backup-panel storage">
      <h3>{t('storageHeading')}</h3>
      {!status ? (
        <p class="status">{t('loading')}</p>
      ) : (
        <>
          <p class="storage-usage">
            {status.usage !== null && status.quota !== null
              ? t('storageUsage', [formatBytes(status.usage, lang), formatBytes(status.quota, lang)])
              : t('storageUnknown')}
          </p>
          {status.usage !== null && status.quota ? <meter min={0} max={status.quota} value={status.usage} aria-label={t('storageHeading')} /> : null}
          <p class={`storage-persist status${status.persisted ? ' ok' : ''}`}>
            {status.persisted === true ? t('storagePersistent') : status.persisted === false ? t('storageNotPersistent') : t('storageUnknown')}
          </p>
          {status.persisted === false && (
            <div class="actions">
              <button type="button" onClick={() => void ask()}>
                {t('storageAskPersist')}
              </button>
              {refused && <span class="status">{t('storagePersistRefused')}</span>}
            </div>
          )}
        </>
      )}
    </div>
  );
}
