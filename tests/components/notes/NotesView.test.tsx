// @vitest-environment jsdom
/**
 * The study-notes view over a real (fake-indexeddb) database: the scope pickers drive a live
 * Markdown preview shown as text, empty scopes say so, and downloads carry safe names.
 */
// Before Dexie loads: it takes the global indexedDB when its module is evaluated.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { parse as parseYaml } from 'yaml';
import { NotesView } from '../../../components/notes/NotesView';
import { saveUserTemplate } from '../../../components/notes/user-templates';
import { openDb } from '../../../lib/db/database';
import { byText, change, click, installMessages, mount, unmountAll, waitFor } from './dom';
import { makeClipping, makeHighlight, seedDb } from './seed';

const downloads = vi.hoisted(() => ({ calls: [] as { name: string; content: string | Uint8Array; mime: string }[], copied: [] as string[] }));
// The downloads API itself is the browser's: record what the view asks it to save.
vi.mock('../../../lib/platform/downloads', () => ({
  downloadFile: async (name: string, content: string | Uint8Array, mime: string) => {
    downloads.calls.push({ name, content, mime });
    return 1;
  },
  copyText: async (text: string) => {
    downloads.copied.push(text);
  },
}));

const A = makeClipping(1, { title: '动员大会: "学史明理"' });
const B = makeClipping(2);
const HA = makeHighlight(A, '学史明理', { tags: ['党史'], note: '要点一' });
const HB = makeHighlight(B, '学史力行', { tags: ['党史'], note: '要点二' });
const HB2 = makeHighlight(B, '学史增信', { tags: ['其他'] });

beforeEach(async () => {
  installMessages();
  downloads.calls.length = 0;
  downloads.copied.length = 0;
  await seedDb([A, B], [HA, HB, HB2]);
});
afterEach(unmountAll);

const preview = (root: HTMLElement) => root.querySelector('.notes-preview pre')?.textContent ?? '';

describe('NotesView', () => {
  it('previews a tag as 学习笔记 across clippings, as text, and downloads it with a safe name', async () => {
    const root = await mount(<NotesView params={new URLSearchParams('tag=党史')} />);
    await waitFor(() => expect(preview(root)).toContain('要点二'));
    const md = preview(root);
    expect(md).toContain('> 学史明理');
    expect(md).toContain('**批注**：要点一');
    expect(md).not.toContain('学史增信');
    // Untrusted text stays text: the preview is a <pre>, no element was made from the title.
    expect(root.querySelector('.notes-preview pre')!.children).toHaveLength(0);
    const front = parseYaml(/^---\n([\s\S]*?)\n---/.exec(md)![1]!) as Record<string, unknown>;
    expect(front).toMatchObject({ title: '学习笔记：党史', type: '学习笔记', sources: 2, highlights: 2 });

    await click(byText(root, 'button', '下载 .md'));
    await waitFor(() => expect(downloads.calls).toHaveLength(1));
    expect(downloads.calls[0]!.name).toBe('学习笔记：党史.md');
    expect(downloads.calls[0]!.mime).toContain('text/markdown');
    expect(root.querySelector('.notes-actions .status')!.textContent).toBe('已开始下载。');
  });

  it('writes notes as callouts when asked', async () => {
    const root = await mount(<NotesView params={new URLSearchParams('tag=党史')} />);
    await waitFor(() => expect(preview(root)).toContain('要点一'));
    const style = [...root.querySelectorAll('select')].find((s) => s.querySelector('option[value="callout"]'))!;
    await change(style, 'callout');
    await waitFor(() => expect(preview(root)).toContain('> [!note] 批注\n> 要点一'));
  });

  it('zips one note per clipping with an index', async () => {
    const root = await mount(<NotesView params={new URLSearchParams('tag=党史')} />);
    await waitFor(() => expect(preview(root)).toContain('要点一'));
    await click(root.querySelector<HTMLInputElement>('input[name="output"]:not(:checked)')!);
    await waitFor(() => expect(byText(root, 'button', '下载 .zip（2 篇）')).toBeTruthy());
    expect(root.textContent).toContain('压缩包含 2 个文件和一篇索引');
    await click(byText(root, 'button', '下载 .zip'));
    await waitFor(() => expect(downloads.calls).toHaveLength(1));
    const { name, content, mime } = downloads.calls[0]!;
    expect(name).toBe('学习笔记：党史.zip');
    expect(mime).toBe('application/zip');
    const files = unzipSync(content as Uint8Array);
    const names = Object.keys(files);
    expect(names[0]).toBe('学习笔记：党史.md');
    // The colon and quotes of the title become full-width look-alikes every system accepts.
    expect(names).toContain('2021-03-11 动员大会： ＂学史明理＂.md');
    expect(strFromU8(files['2021-03-12 简报第2期.md']!)).toContain('要点二');
  });

  it('renders a tag through a saved study-notes template', async () => {
    await saveUserTemplate(openDb(), { id: 'user-s', name: '我的汇编', source: '# {{ title }}\n{% for h in highlights %}\n- {{ h.text }}：{{ h.note }}\n{% endfor %}', base: 'study-across', updatedAt: 1 });
    const root = await mount(<NotesView params={new URLSearchParams('tag=党史')} />);
    await waitFor(() => expect(preview(root)).toContain('要点一'));
    const select = await waitFor(() => {
      const s = [...root.querySelectorAll('select')].find((x) => x.querySelector('option[value="user-s"]'));
      if (!s) throw new Error('template not offered yet');
      return s;
    });
    // Clipping templates are not offered for one note across clippings.
    expect(select.querySelector('option[value="highlights"]')).toBeNull();
    await change(select, 'user-s');
    await waitFor(() => expect(preview(root)).toBe('# 学习笔记：党史\n- 学史明理：要点一\n- 学史力行：要点二\n'));
  });

  it('copies a short export to the clipboard', async () => {
    const root = await mount(<NotesView params={new URLSearchParams('clip=c2')} />);
    await waitFor(() => expect(preview(root)).toContain('# 简报第2期'));
    await click(byText(root, 'button', '复制 Markdown'));
    await waitFor(() => expect(downloads.copied).toHaveLength(1));
    expect(downloads.copied[0]).toBe(preview(root));
  });

  it('says when a tag has no passages, and when a date range holds no bulletins', async () => {
    const root = await mount(<NotesView params={new URLSearchParams('tag=没有的标签')} />);
    await waitFor(() => expect(root.textContent).toContain('还没有带“没有的标签”标签的划线。'));
    expect(root.querySelector('.notes-preview')).toBeNull();
    await click(root.querySelector('input[value="dates"]')!);
    await waitFor(() => expect(root.textContent).toContain('这个日期范围内没有简报'));
    const [from, to] = [...root.querySelectorAll<HTMLInputElement>('input[type="date"]')];
    await change(from!, '2021-03-12');
    await change(to!, '2021-03-31');
    await waitFor(() => expect(preview(root)).toContain('简报第2期'));
    expect(preview(root)).not.toContain('动员大会');
  });

  it('exports a hand-picked selection', async () => {
    const root = await mount(<NotesView params={new URLSearchParams('clip=c1')} />);
    await waitFor(() => expect(preview(root)).toContain('动员大会'));
    await click(root.querySelector('input[value="pick"]')!);
    await waitFor(() => expect(root.textContent).toContain('请勾选要导出的剪藏。'));
    const boxes = root.querySelectorAll<HTMLInputElement>('.checklist input[type="checkbox"]');
    expect(boxes).toHaveLength(2);
    await click(boxes[1]!);
    await waitFor(() => expect(preview(root)).toContain('学习笔记（1 篇）'));
  });
});
