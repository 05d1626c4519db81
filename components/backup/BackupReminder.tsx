/**
 * The banner at the top of the library page when the last backup (or, never backed up, the
 * first clipping) is older than the user's interval. Dismissing hides it for this page view
 * only: the next visit reminds again until a backup is made.
 */
import { useState } from 'preact/hooks';
import { t } from '../../lib/platform/i18n';
import { daysSinceBackup, isBackupDue } from './backup-settings';
import { useBackupState } from './use-backup-state';

/** Renders nothing unless a backup is due. */
export function BackupReminder({ now = Date.now() }: { now?: number }) {
  const state = useBackupState();
  const [dismissed, setDismissed] = useState(false);
  if (!state || dismissed || !isBackupDue(state, now)) return null;
  const days = daysSinceBackup(state, now);
  return (
    <div class="backup-reminder" role="status">
      <span>{days === null ? t('reminderNever') : t('reminderOld', String(days))}</span>
      <a href="#/backup">{t('reminderAction')}</a>
      <button type="button" class="link" onClick={() => setDismissed(true)}>
        {t('dismiss')}
      </button>
    </div>
  );
}
