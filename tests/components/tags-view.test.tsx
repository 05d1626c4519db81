// @vitest-environment jsdom
/**
 * The tags view over a real (fake-indexeddb) database: tags with their counts (kept with each
 * write, lib/db/tag-counts.ts), and a tag edit that says it is working and takes no other edit
 * until it is done, then offers its undo.
 */
import 'fake-indexeddb/auto';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TagsView } from '../../components/library/TagsView';
import { installMessages, mount, unmountAll, waitFor } from './notes/dom';
import { makeClipping, makeHighlight, seedDb } from './notes/seed';

const A = makeClipping(1);
beforeEach(async () => {
  installMessages();
  await seedDb([A], [makeHighlight(A, '学史明理', { tags: ['党史', '其他'] }), makeHighlight(A, '学史力行', { tags: ['党史'] })]);
});
afterEach(unmountAll);

const rowText = (root: HTMLElement, tag: string) => root.querySelector(`.tag-row[data-tag="${tag}"] .tag-counts`)?.textContent;
const status = (root: HTMLElement) => root.querySelector('.tags-view > .status[role="status"]')?.textContent ?? null;

describe('TagsView', () => {
  it('lists tags with their counts, most used first', async () => {
    const root = await mount(<TagsView />);
    await waitFor(() => expect(rowText(root, '其他')).toBe('1 处划线 · 0 篇剪藏'));
    expect(rowText(root, '党史')).toBe('2 处划线 · 0 篇剪藏');
    expect([...root.querySelectorAll('.tag-row')].map((r) => r.getAttribute('data-tag'))).toEqual(['党史', '其他']);
  });

  it('says an edit is working and takes no other edit until it is done; then offers the undo', async () => {
    const root = await mount(<TagsView />);
    await waitFor(() => expect(rowText(root, '其他')).toBeDefined());
    expect(status(root)).toBeNull();
    // The click's render, before the edit's transaction has answered.
    await act(() => {
      root.querySelector<HTMLButtonElement>('button[aria-label="删除标签“其他”"]')!.click();
    });
    expect(status(root)).toContain('正在改写');
    expect(root.querySelector('.tag-list')!.getAttribute('aria-busy')).toBe('true');
    const rowButtons = [...root.querySelectorAll<HTMLButtonElement>('.tag-row button')];
    expect(rowButtons.length).toBeGreaterThan(0);
    expect(rowButtons.every((b) => b.disabled)).toBe(true);

    await waitFor(() => expect(document.body.textContent).toContain('已删除标签“其他”（1 项）。'));
    expect(status(root)).toBeNull();
    await waitFor(() => expect(rowText(root, '其他')).toBeUndefined());
    expect(rowText(root, '党史')).toBe('2 处划线 · 0 篇剪藏');
    expect([...root.querySelectorAll<HTMLButtonElement>('.tag-row button')].some((b) => b.disabled)).toBe(false);

    await act(() => {
      document.querySelector<HTMLButtonElement>('button.undo')!.click();
    });
    await waitFor(() => expect(rowText(root, '其他')).toBe('1 处划线 · 0 篇剪藏'));
  });

  it('takes the last edit’s undo away when the next edit starts (it would overwrite it)', async () => {
    const root = await mount(<TagsView />);
    await waitFor(() => expect(rowText(root, '其他')).toBeDefined());
    await act(() => {
      root.querySelector<HTMLButtonElement>('button[aria-label="删除标签“其他”"]')!.click();
    });
    await waitFor(() => expect(document.querySelector('button.undo')).not.toBeNull());
    await act(() => {
      root.querySelector<HTMLButtonElement>('button[aria-label="删除标签“党史”"]')!.click();
    });
    expect(status(root)).toContain('正在改写');
    expect(document.querySelector('button.undo')).toBeNull();
    await waitFor(() => expect(document.body.textContent).toContain('已删除标签“党史”（2 项）。'));
  });
});
