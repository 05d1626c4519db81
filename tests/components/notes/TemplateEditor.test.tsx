// @vitest-environment jsdom
/**
 * The template editor: live preview against a clipping, errors at their line instead of
 * output, reset to default, and saved templates stored in settings where backups carry them.
 */
// Before Dexie loads: it takes the global indexedDB when its module is evaluated.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportBackup, importBackup } from '../../../lib/backup/backup';
import { openDb } from '../../../lib/db/database';
import { BUILTIN_TEMPLATES } from '../../../lib/export/template';
import { TemplateEditor } from '../../../components/notes/TemplateEditor';
import { readUserTemplates, saveUserTemplate, TEMPLATES_KEY } from '../../../components/notes/user-templates';
import { byText, change, click, installMessages, mount, unmountAll, waitFor } from './dom';
import { makeClipping, makeHighlight, seedDb } from './seed';

const C = makeClipping(3);
const H = makeHighlight(C, '学史崇德', { note: '批注甲' });

beforeEach(async () => {
  installMessages();
  await seedDb([C], [H]);
});
afterEach(unmountAll);

describe('TemplateEditor', () => {
  it('previews live, points at the bad line, resets, saves to settings', async () => {
    const root = await mount(<TemplateEditor />);
    await waitFor(() => expect(root.textContent).toContain('选择一个内置模板'));
    await change(root.querySelector('select')!, 'highlights');
    await click(byText(root, 'button', '新建模板'));
    const pre = () => root.querySelector('.notes-preview pre')?.textContent ?? '';
    await waitFor(() => expect(pre()).toContain('**批注**：批注甲'));

    const textarea = root.querySelector('textarea')!;
    await change(textarea, '# {{ title }}\n\n{% for h in highlights %}\n{{ h.text | shout }}\n{% endfor %}\n');
    await waitFor(() => expect(root.querySelector('.template-error')).not.toBeNull());
    expect(root.querySelector('.template-error-at')!.textContent).toMatch(/^第 4 行：unknown filter "shout"/);
    expect(root.querySelector('.template-error-line')!.textContent).toBe('4{{ h.text | shout }}');
    expect(root.querySelector('.notes-preview')).toBeNull();

    await change(textarea, '# {{ title }}\n{% for h in highlights %}\n- {{ h.text }}\n{% endfor %}');
    await waitFor(() => expect(pre()).toBe('# 简报第3期\n- 学史崇德\n'));
    await click(byText(root, 'button', '恢复默认'));
    await waitFor(() => expect(textarea.value).toBe(BUILTIN_TEMPLATES.find((b) => b.id === 'highlights')!.source));

    await change(root.querySelector<HTMLInputElement>('input[type="text"]')!, '我的摘录');
    await click(byText(root, 'button', '保存'));
    const db = openDb();
    await waitFor(() => expect(root.textContent).toContain('模板已保存。'));
    const saved = await readUserTemplates(db);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ name: '我的摘录', base: 'highlights' });
  });
});

describe('study-notes templates', () => {
  it('are previewed as 学习笔记 and offered for a tag export', async () => {
    const root = await mount(<TemplateEditor />);
    await waitFor(() => expect(root.textContent).toContain('选择一个内置模板'));
    await change(root.querySelector('select')!, 'study-across');
    await click(byText(root, 'button', '新建模板'));
    const pre = () => root.querySelector('.notes-preview pre')?.textContent ?? '';
    await waitFor(() => expect(pre()).toContain('共 1 条摘录，来自 1 篇简报'));
    await change(root.querySelector('textarea')!, '# {{ title }}\n{% for h in highlights %}\n- {{ h.text }}（{{ h.source.title }}）\n{% endfor %}');
    await waitFor(() => expect(pre()).toBe('# 简报第3期\n- 学史崇德（简报第3期）\n'));
    await click(byText(root, 'button', '保存'));
    await waitFor(() => expect(root.textContent).toContain('模板已保存。'));
    const saved = await readUserTemplates(openDb());
    expect(saved[0]).toMatchObject({ base: 'study-across', name: '学习笔记（跨篇汇编）（我的）' });
  });
});

describe('user templates in backups', () => {
  it('a backup carries them and a restore brings them back', async () => {
    const db = openDb();
    await saveUserTemplate(db, { id: 'user-1', name: '心得', source: '# {{ title }}', base: 'study-notes', updatedAt: 1 });
    const text = (await exportBackup(db)).join('');
    expect(JSON.parse(text).tables.settings).toContainEqual({ key: TEMPLATES_KEY, value: [{ id: 'user-1', name: '心得', source: '# {{ title }}', base: 'study-notes', updatedAt: 1 }] });
    await db.settings.clear();
    expect(await readUserTemplates(db)).toEqual([]);
    const r = await importBackup(db, text, { mode: 'merge' });
    expect(r.ok).toBe(true);
    expect((await readUserTemplates(db)).map((t) => t.name)).toEqual(['心得']);
  });
});
