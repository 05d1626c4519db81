/**
 * Shared set-up for component tests: the zh_CN messages behind t() (WXT's fake browser has
 * no i18n), fake IndexedDB for useDb(), and small helpers to render Preact and wait for
 * liveQuery results to land.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

// Preact runs effects after paint through a 100 ms timer fallback: every test file that renders
// with these helpers lets the last ones fire while jsdom still defines requestAnimationFrame
// (else an uncaught ReferenceError at teardown fails the run). Registered on import.
afterAll(() => new Promise((resolve) => setTimeout(resolve, 150)));

const MESSAGES = JSON.parse(readFileSync(join(import.meta.dirname, '../../../public/_locales/zh_CN/messages.json'), 'utf8')) as Record<string, { message: string }>;

/** Makes browser.i18n answer from the zh_CN locale file, with $1..$9 substitutions. */
export function installMessages(): void {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) => {
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return (MESSAGES[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
  }) as never);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('zh-CN');
}

/** Renders into a fresh container attached to the document. */
export async function mount(node: ComponentChild): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => render(node, root));
  return root;
}

/** Unmounts everything rendered by mount(). */
export function unmountAll(): void {
  for (const el of [...document.body.children]) {
    render(null, el);
    el.remove();
  }
}

/** Polls until `check` stops throwing (liveQuery and IndexedDB answer asynchronously). */
export async function waitFor<T>(check: () => T, timeoutMs = 5000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      return check();
    } catch (e) {
      if (Date.now() > until) throw e;
      await act(() => new Promise((r) => setTimeout(r, 20)));
    }
  }
}

/** Sets a form control's value and fires the events Preact listens to. */
export async function change(el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string): Promise<void> {
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** Clicks an element inside act(). */
export async function click(el: Element): Promise<void> {
  await act(() => {
    (el as HTMLElement).click();
  });
}

/** The first element whose text includes `text` among `selector` matches. */
export function byText<E extends Element = HTMLElement>(root: ParentNode, selector: string, text: string): E {
  const el = [...root.querySelectorAll<E>(selector)].find((e) => e.textContent?.includes(text));
  if (!el) throw new Error(`no ${selector} with text ${text}`);
  return el;
}
