// @vitest-environment jsdom
/**
 * The backup view over the page's real (fake-indexeddb) database and the real lib/backup:
 * export with the time recorded, restore by merge with a summary, replace only after the
 * confirmation, and broken files or a full disk reported with the library left as it was.
 */
// Before Dexie loads: it takes the global indexedDB when its module is evaluated.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupView } from '../../../components/backup/BackupView';
import { LAST_BACKUP_KEY } from '../../../components/backup/backup-settings';
import { useDb } from '../../../components/common/use-db';
import { exportBackup } from '../../../lib/backup/backup';
import { byText, click, installMessages, mount, unmountAll, waitFor } from '../notes/dom';
import { makeClipping, makeHighlight, seedDb } from '../notes/seed';
import { quotaAfter } from '../../lib/backup/quota-sim';

const saved = vi.hoisted(() => [] as { name: string; content: string | Uint8Array | Blob; mime: string }[]);
// The downloads API itself is the browser's: record what the view asks it to save.
vi.mock('../../../lib/platform/downloads', () => ({
  downloadFile: async (name: string, content: string | Uint8Array | Blob, mime: string) => {
    saved.push({ name, content, mime });
    return 1;
  },
  copyText: async () => undefined,
}));

// A disk that fills up: once armed, writes to highlights fail like IndexedDB's quota error.
const quota = quotaAfter('highlights', 1);
const pageDb = useDb();
pageDb.use(quota.middleware);

const A = makeClipping(1);
const B = makeClipping(2);
const library = () => seedDb([A, B], [makeHighlight(A, '学史明理', { tags: ['党史'] }), makeHighlight(B, '学史力行')]);

beforeEach(async () => {
  installMessages();
  saved.length = 0;
  quota.disarm();
  await library();
});
afterEach(unmountAll);

/** Picks a file in the restore panel's file input. */
async function chooseFile(root: HTMLElement, text: string, name = 'backup.json') {
  const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], name, { type: 'application/json' })] });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
const counts = (root: HTMLElement) => root.querySelector('.library-counts')!.textContent;
const cell = (root: HTMLElement, table: string, col: string) => root.querySelector(`tr[data-table="${table}"] td[data-col="${col}"]`)!.textContent;

describe('BackupView', () => {
  it('exports the library as one JSON file and records when', async () => {
    const root = await mount(<BackupView />);
    await waitFor(() => expect(root.textContent).toContain('还没有备份过。'));
    await click(byText(root, 'button', '导出备份'));
    await waitFor(() => expect(saved).toHaveLength(1));
    const { name, content, mime } = saved[0]!;
    expect(name).toMatch(/^简报剪藏备份 \d{4}-\d{2}-\d{2}\.json$/);
    expect(mime).toBe('application/json');
    // A Blob built page by page, handed to the downloads API as it is.
    expect(content).toBeInstanceOf(Blob);
    const doc = JSON.parse(await (content as Blob).text());
    expect(doc.format).toBe('bulletin-clipper-backup');
    expect(doc.tables.clippings.map((c: { title: string }) => c.title)).toEqual(['简报第1期', '简报第2期']);
    await waitFor(() => expect(root.querySelector('.last-backup')!.textContent).toMatch(/^上次备份：.*（0 天前）$/));
    expect(typeof (await pageDb.settings.get(LAST_BACKUP_KEY))?.value).toBe('number');
    expect(root.textContent).toContain('已开始下载 简报剪藏备份');
  });

  it('refuses a foreign file with a translated message and changes nothing', async () => {
    const root = await mount(<BackupView />);
    await waitFor(() => expect(counts(root)).toBe('文库现有 2 篇剪藏、2 处划线、1 个标签。'));
    await chooseFile(root, '{"format":"someone-else","tables":{}}');
    await waitFor(() => expect(root.querySelector('.restore-failed')).not.toBeNull());
    expect(root.querySelector('.restore-failed .error')!.textContent).toBe('这不是有效的简报剪藏备份文件，文库未做任何改动。');
    expect(root.textContent).not.toContain('文库没有任何改动。');
    await chooseFile(root, '{"format":"bulletin-clip');
    await waitFor(() => expect(root.querySelector('.restore-failed code')!.textContent).toContain('not valid JSON'));
    expect(counts(root)).toBe('文库现有 2 篇剪藏、2 处划线、1 个标签。');
  });

  it('merges by default and shows what changed per table', async () => {
    const text = (await exportBackup(pageDb)).join('');
    await pageDb.clippings.delete(A.id);
    const root = await mount(<BackupView />);
    await waitFor(() => expect(counts(root)).toContain('1 篇剪藏'));
    await chooseFile(root, text);
    await waitFor(() => expect(root.textContent).toContain('含 2 篇剪藏、2 处划线'));
    expect(root.querySelector<HTMLInputElement>('input[name="restore-mode"]')!.checked).toBe(true);
    await click(byText(root, 'button', '开始恢复'));
    await waitFor(() => expect(root.textContent).toContain('已合并备份。'));
    expect([cell(root, 'clippings', 'added'), cell(root, 'clippings', 'skipped'), cell(root, 'highlights', 'skipped')]).toEqual(['1', '1', '2']);
    await waitFor(() => expect(counts(root)).toContain('2 篇剪藏'));
  });

  it('replaces only after a confirmation that says what will be lost', async () => {
    const text = (await exportBackup(pageDb)).join('');
    await pageDb.clippings.add(makeClipping(3));
    const root = await mount(<BackupView />);
    await waitFor(() => expect(counts(root)).toContain('3 篇剪藏'));
    await chooseFile(root, text);
    await waitFor(() => expect(root.querySelector('input[name="restore-mode"]')).not.toBeNull());
    await click(root.querySelectorAll<HTMLInputElement>('input[name="restore-mode"]')[1]!);
    await click(byText(root, 'button', '开始恢复'));
    const dialog = root.querySelector('[role="alertdialog"]')!;
    expect(dialog.textContent).toContain('现有的 3 篇剪藏、2 处划线、1 个标签以及设置将被删除');
    expect(dialog.textContent).toContain('备份中有 2 篇剪藏、2 处划线、1 个标签。');
    expect(document.activeElement?.textContent).toBe('取消');
    await click(byText(dialog, 'button', '取消'));
    expect(root.querySelector('[role="alertdialog"]')).toBeNull();
    expect(await pageDb.clippings.count()).toBe(3);

    await click(byText(root, 'button', '开始恢复'));
    await click(byText(root, 'button', '删除现有内容并替换'));
    await waitFor(() => expect(root.textContent).toContain('已用备份替换文库。'));
    expect(cell(root, 'clippings', 'removed')).toBe('1');
    await waitFor(() => expect(counts(root)).toContain('2 篇剪藏'));
  });

  it('a full disk during restore is reported and the library stays as it was', async () => {
    const text = (await exportBackup(pageDb)).join('');
    await pageDb.highlights.clear();
    const root = await mount(<BackupView />);
    await waitFor(() => expect(counts(root)).toBe('文库现有 2 篇剪藏、0 处划线、1 个标签。'));
    await chooseFile(root, text);
    await waitFor(() => expect(root.querySelector('input[name="restore-mode"]')).not.toBeNull());
    quota.arm();
    await click(byText(root, 'button', '开始恢复'));
    await waitFor(() => expect(root.querySelector('.restore-failed')).not.toBeNull());
    expect(root.querySelector('.restore-failed .error')!.textContent).toContain('存储空间已满');
    expect(root.textContent).toContain('文库没有任何改动。');
    quota.disarm();
    expect(await pageDb.highlights.count()).toBe(0);
    expect(counts(root)).toBe('文库现有 2 篇剪藏、0 处划线、1 个标签。');
  });
});
