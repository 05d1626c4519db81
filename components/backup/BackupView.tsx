/** Route '/backup': export the whole library, restore it, storage usage, the reminder setting. */
import { t } from '../../lib/platform/i18n';
import { BackupExportPanel } from './BackupExportPanel';
import { ReminderSetting } from './ReminderSetting';
import { RestorePanel } from './RestorePanel';
import { StoragePanel } from './StoragePanel';
import { useLibraryCounts } from './use-backup-state';

/** Route '/backup'. */
export function BackupView() {
  const counts = useLibraryCounts();
  return (
    <section class="backup">
      <h2>{t('backupHeading')}</h2>
      <p class="status library-counts" aria-live="polite">
        {counts ? t('backupLibraryCounts', [String(counts.clippings), String(counts.highlights), String(counts.tags)]) : t('loading')}
      </p>
      <BackupExportPanel />
      <RestorePanel counts={counts} />
      <StoragePanel />
      <ReminderSetting />
    </section>
  );
}
