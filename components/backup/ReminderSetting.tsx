/** The setting "remind me when the last backup is older than N days" (0 turns it off). */
import { useState } from 'preact/hooks';
import { t } from '../../lib/platform/i18n';
import { useDb } from '../common/use-db';
import { saveReminderDays } from './backup-settings';
import { useBackupState } from './use-backup-state';

/** A number field saved on change. */
export function ReminderSetting() {
  const db = useDb();
  const state = useBackupState();
  const [saved, setSaved] = useState(false);
  if (!state) return null;
  return (
    <div class="backup-panel reminder-setting">
      <h3>{t('reminderHeading')}</h3>
      <label class="field">
        <span>{t('reminderDaysLabel')}</span>
        <input
          type="number"
          min={0}
          max={3650}
          value={state.days}
          onChange={(e) => {
            const n = Number(e.currentTarget.value);
            if (Number.isFinite(n) && n >= 0) void saveReminderDays(db, n).then(() => setSaved(true));
          }}
        />
      </label>
      <p class="hint">{t('reminderHint')}</p>
      <span class="status ok" role="status">
        {saved ? t('reminderSaved') : ''}
      </span>
    </div>
  );
}
