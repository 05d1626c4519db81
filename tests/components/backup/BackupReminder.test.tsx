// @vitest-environment jsdom
/**
 * The backup reminder: when it is due (table of cases over the pure rule), and the banner
 * over the page's database showing, linking to '#/backup', and following the setting.
 */
// Before Dexie loads: it takes the global indexedDB when its module is evaluated.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupReminder } from '../../../components/backup/BackupReminder';
import { ReminderSetting } from '../../../components/backup/ReminderSetting';
import { DEFAULT_REMINDER_DAYS, isBackupDue, LAST_BACKUP_KEY, readBackupState, recordBackup, REMINDER_DAYS_KEY, type BackupState } from '../../../components/backup/backup-settings';
import { useDb } from '../../../components/common/use-db';
import { byText, change, click, installMessages, mount, unmountAll, waitFor } from '../notes/dom';
import { makeClipping, seedDb } from '../notes/seed';

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-29T12:00:00Z');
const db = useDb();

describe('isBackupDue', () => {
  it.each<[string, BackupState, boolean]>([
    ['empty library', { days: 30, lastBackupAt: null, oldestClipAt: null }, false],
    ['never backed up, library 10 days old', { days: 30, lastBackupAt: null, oldestClipAt: NOW - 10 * DAY }, false],
    ['never backed up, library 31 days old', { days: 30, lastBackupAt: null, oldestClipAt: NOW - 31 * DAY }, true],
    ['backed up 29 days ago', { days: 30, lastBackupAt: NOW - 29 * DAY, oldestClipAt: NOW - 400 * DAY }, false],
    ['backed up 31 days ago', { days: 30, lastBackupAt: NOW - 31 * DAY, oldestClipAt: NOW - 400 * DAY }, true],
    ['reminder off', { days: 0, lastBackupAt: NOW - 900 * DAY, oldestClipAt: NOW - 900 * DAY }, false],
    ['a week interval', { days: 7, lastBackupAt: NOW - 8 * DAY, oldestClipAt: NOW - 9 * DAY }, true],
  ])('%s', (_name, state, due) => {
    expect(isBackupDue(state, NOW)).toBe(due);
  });
});

beforeEach(async () => {
  installMessages();
  await seedDb([makeClipping(1, { createdAt: NOW - 100 * DAY })], []);
});
afterEach(unmountAll);

describe('BackupReminder', () => {
  it('defaults to 30 days and ignores a malformed setting', async () => {
    expect((await readBackupState(db)).days).toBe(DEFAULT_REMINDER_DAYS);
    await db.settings.put({ key: REMINDER_DAYS_KEY, value: 'soon' });
    expect((await readBackupState(db)).days).toBe(DEFAULT_REMINDER_DAYS);
  });

  it('shows when never backed up, links to the backup view, and can be dismissed', async () => {
    const root = await mount(<BackupReminder now={NOW} />);
    await waitFor(() => expect(root.textContent).toContain('文库还从未备份过。'));
    expect(root.querySelector('a')!.getAttribute('href')).toBe('#/backup');
    await click(byText(root, 'button', '关闭提示'));
    expect(root.querySelector('.backup-reminder')).toBeNull();
  });

  it('says how old the last backup is, and goes away once a backup is recorded', async () => {
    await recordBackup(db, NOW - 45 * DAY);
    const root = await mount(<BackupReminder now={NOW} />);
    await waitFor(() => expect(root.textContent).toContain('上次备份已是 45 天前。'));
    await recordBackup(db, NOW - DAY);
    await waitFor(() => expect(root.querySelector('.backup-reminder')).toBeNull());
    expect((await db.settings.get(LAST_BACKUP_KEY))?.value).toBe(NOW - DAY);
  });

  it('follows the interval set in the reminder setting', async () => {
    await recordBackup(db, NOW - 10 * DAY);
    const root = await mount(
      <>
        <BackupReminder now={NOW} />
        <ReminderSetting />
      </>,
    );
    const input = await waitFor(() => {
      const el = root.querySelector<HTMLInputElement>('input[type="number"]');
      if (!el) throw new Error('setting not shown yet');
      return el;
    });
    expect(input.value).toBe('30');
    expect(root.querySelector('.backup-reminder')).toBeNull();
    await change(input, '7');
    await waitFor(() => expect(root.textContent).toContain('上次备份已是 10 天前。'));
    expect((await db.settings.get(REMINDER_DAYS_KEY))?.value).toBe(7);
    await change(input, '0');
    await waitFor(() => expect(root.querySelector('.backup-reminder')).toBeNull());
  });
});
