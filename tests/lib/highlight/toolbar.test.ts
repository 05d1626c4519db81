import { afterEach, describe, expect, it, vi } from 'vitest';
import { ok } from '../../../lib/bulletin/result';
import { EN_LABELS, resolveLabels, ZH_LABELS } from '../../../lib/highlight/labels';
import { createToolbar, TOOLBAR_HOST_ID, type ToolbarActions } from '../../../lib/highlight/toolbar';
import { makePage } from './page';

function setup(labels = ZH_LABELS) {
  const { win, doc } = makePage('<style>button { color: red !important; display: none; } div { all: unset; }</style><p id="p">正文</p><button id="page-btn">页面按钮</button>');
  const actions = {
    create: vi.fn<ToolbarActions['create']>(async () => ok({ id: 'new-1' })),
    update: vi.fn<ToolbarActions['update']>(async () => ok(null)),
    remove: vi.fn<ToolbarActions['remove']>(async () => ok(null)),
    suggest: vi.fn<ToolbarActions['suggest']>(async (prefix: string) => ['四个意识', '两个维护', '我为群众办实事'].filter((t) => t.includes(prefix))),
  };
  const toolbar = createToolbar(doc, labels, actions);
  const $ = <T extends Element>(sel: string) => toolbar.root.querySelector<T>(sel)!;
  const key = (el: Element, k: string, init: KeyboardEventInit = {}) =>
    el.dispatchEvent(new win.KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true, ...init }));
  return { win, doc, toolbar, actions, $, key };
}
const flush = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => vi.useRealTimers());

describe('selection toolbar', () => {
  it('lives in a shadow root on a host of ours at the end of <body>, isolated by all: initial', () => {
    const { doc, toolbar } = setup();
    const host = doc.getElementById(TOOLBAR_HOST_ID)!;
    expect(host).toBe(toolbar.host);
    expect(doc.body.lastElementChild).toBe(host);
    expect(host.getAttribute('style')).toMatch(/^all: initial !important;/);
    expect(toolbar.root.querySelector('style')!.textContent).toContain(':host { all: initial; }');
    // Page selectors do not reach into the shadow tree, and our rules live only inside it.
    expect([...doc.querySelectorAll('button')].map((b) => b.id)).toEqual(['page-btn']);
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    expect(host.textContent).toBe(''); // body text (what selectors count) is unchanged
    expect(doc.body.textContent).not.toContain('重点');
  });

  it('names every control for assistive technology, in the user’s words', () => {
    const { toolbar, $ } = setup(resolveLabels({ colors: { ...EN_LABELS.colors, red: 'Slogan' } }));
    toolbar.open({ color: 'red', note: '', tags: [] }, { left: 10, top: 20, bottom: 40 });
    const names = [...toolbar.root.querySelectorAll('button, textarea, input')].filter((e) => !(e as HTMLElement).hidden).map((e) => e.getAttribute('aria-label'));
    expect(names).toEqual(['Key', 'Slogan', 'Data', 'To study', ZH_LABELS.note, ZH_LABELS.tags, ZH_LABELS.save, ZH_LABELS.close]);
    expect($('[data-color="red"]').getAttribute('aria-pressed')).toBe('true');
    expect($('.bar').getAttribute('role')).toBe('dialog');
    expect($('.tag-input').getAttribute('role')).toBe('combobox');
  });

  it('keyboard: focus lands on the colours, a note and a tag are typed, Enter saves, and the toolbar closes', async () => {
    vi.useFakeTimers();
    const { doc, toolbar, actions, $, key } = setup();
    const pageBtn = doc.getElementById('page-btn') as HTMLButtonElement;
    pageBtn.focus();
    toolbar.open({ color: 'yellow', note: '', tags: [] }, { left: 0, top: 0, bottom: 0 }, { focus: true });
    expect(toolbar.root.activeElement).toBe($('[data-color="yellow"]'));

    const tags = $<HTMLInputElement>('.tag-input');
    tags.focus();
    tags.value = '四个';
    tags.dispatchEvent(new doc.defaultView!.Event('input', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(150);
    expect(actions.suggest).toHaveBeenLastCalledWith('四个');
    expect(tags.getAttribute('aria-expanded')).toBe('true');
    key(tags, 'ArrowDown');
    expect(tags.getAttribute('aria-activedescendant')).toBe('bc-tag-opt-0');
    key(tags, 'Enter'); // takes the suggestion
    tags.value = '学习';
    key(tags, '，'); // a separator adds what is typed
    expect([...toolbar.root.querySelectorAll('.chip span')].map((s) => s.textContent)).toEqual(['四个意识', '学习']);

    const note = $<HTMLTextAreaElement>('.note');
    note.value = '要点';
    key(note, 'Enter', { shiftKey: true }); // a new line, not a save
    expect(actions.create).not.toHaveBeenCalled();
    key(note, 'Enter');
    await vi.advanceTimersByTimeAsync(0);
    expect(actions.create).toHaveBeenCalledWith({ color: 'yellow', note: '要点', tags: ['四个意识', '学习'] });
    expect(toolbar.isOpen()).toBe(false);
  });

  it('Esc closes the suggestion list first, then the toolbar, and gives focus back', async () => {
    const { doc, toolbar, $, key } = setup();
    const pageBtn = doc.getElementById('page-btn') as HTMLButtonElement;
    pageBtn.focus();
    toolbar.open({ color: 'yellow', note: '', tags: [] }, { left: 0, top: 0, bottom: 0 }, { focus: true });
    const tags = $<HTMLInputElement>('.tag-input');
    tags.focus(); // focus asks for suggestions (phrases of the bulletin) at once
    await flush();
    expect(tags.getAttribute('aria-expanded')).toBe('true');
    key(tags, 'Escape');
    expect(toolbar.isOpen()).toBe(true);
    key(tags, 'Escape');
    expect(toolbar.isOpen()).toBe(false);
    expect(doc.activeElement).toBe(pageBtn);
  });

  it('a colour click on a selection saves at once and stays open on the new highlight', async () => {
    const { toolbar, actions, $ } = setup();
    toolbar.open({ color: 'yellow', note: '', tags: [] }, { left: 0, top: 0, bottom: 0 });
    $<HTMLButtonElement>('[data-color="green"]').click();
    await flush();
    expect(actions.create).toHaveBeenCalledWith({ color: 'green', note: '', tags: [] });
    expect(toolbar.isOpen()).toBe(true);
    expect(toolbar.subjectId()).toBe('new-1');
    expect($<HTMLButtonElement>('.delete').hidden).toBe(false);
    $<HTMLButtonElement>('[data-color="blue"]').click(); // now an edit
    await flush();
    expect(actions.update).toHaveBeenCalledWith('new-1', { color: 'blue' });
    expect(actions.create).toHaveBeenCalledTimes(1);
  });

  it('Save pressed while the colour click is still creating the highlight saves the note once it exists, then closes', async () => {
    const { toolbar, actions, $ } = setup();
    let finish!: () => void;
    actions.create.mockImplementationOnce(() => new Promise((resolve) => (finish = () => resolve(ok({ id: 'new-1' })))));
    toolbar.open({ color: 'yellow', note: '', tags: [] }, { left: 0, top: 0, bottom: 0 });
    $<HTMLButtonElement>('[data-color="red"]').click(); // the create is in flight
    $<HTMLTextAreaElement>('.note').value = '三个政治能力';
    $<HTMLButtonElement>('.save').click();
    await flush();
    expect(toolbar.isOpen()).toBe(true); // still waiting for the create
    finish();
    await flush();
    await flush();
    expect(actions.create).toHaveBeenCalledTimes(1);
    expect(actions.update).toHaveBeenCalledWith('new-1', { color: 'red', note: '三个政治能力', tags: [] });
    expect(toolbar.isOpen()).toBe(false);
  });

  it('edits and deletes an existing highlight; a failure is shown and keeps it open', async () => {
    const { toolbar, actions, $ } = setup();
    toolbar.open({ id: 'h9', color: 'red', note: '旧批注', tags: ['数据'] }, { left: 0, top: 0, bottom: 0 });
    expect($<HTMLTextAreaElement>('.note').value).toBe('旧批注');
    actions.remove.mockResolvedValueOnce({ ok: false, error: { code: 'internal', detail: 'x' } });
    $<HTMLButtonElement>('.delete').click();
    await flush();
    expect(toolbar.isOpen()).toBe(true);
    expect($('.msg').textContent).toBe(ZH_LABELS.failed);
    $<HTMLButtonElement>('.delete').click();
    await flush();
    expect(actions.remove).toHaveBeenLastCalledWith('h9');
    expect(toolbar.isOpen()).toBe(false);
  });

  it('replaces the host an older injection left behind', () => {
    const { doc, toolbar } = setup();
    const second = createToolbar(doc, ZH_LABELS, { create: vi.fn(), update: vi.fn(), remove: vi.fn(), suggest: vi.fn() });
    expect(doc.querySelectorAll(`#${TOOLBAR_HOST_ID}`)).toHaveLength(1);
    expect(toolbar.host.isConnected).toBe(false);
    second.destroy();
    expect(doc.getElementById(TOOLBAR_HOST_ID)).toBeNull();
  });
});
