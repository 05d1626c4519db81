// @vitest-environment jsdom
/**
 * The windowed list renders only the rows around the viewport, whatever the length, keeps
 * the keyboard selection marked, and follows scrolling.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { VirtualList } from '../../components/library/VirtualList';
import type { RowWindow } from '../../components/library/virtual-window';

let host: HTMLElement;

// Preact's after-paint timer fallback must fire before jsdom's teardown (see notes/dom.ts).
afterAll(() => new Promise((resolve) => setTimeout(resolve, 150)));

afterEach(() => {
  render(null, host);
  host.remove();
});

function mount(count: number, selected = -1, windows: RowWindow[] = []): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  act(() => {
    render(
      <VirtualList count={count} rowHeight={100} label="rows" selected={selected} onWindow={(w) => windows.push(w)} renderRow={(i) => <span class="row">row {i}</span>} />,
      host,
    );
  });
  return host;
}

describe('VirtualList', () => {
  it('puts a bounded number of rows in the DOM for 100,000 items', () => {
    const el = mount(100_000);
    const rows = el.querySelectorAll('.row');
    // jsdom has no layout: the list assumes an 800 px viewport (8 rows, +1 partial, +6 overscan).
    expect(rows.length).toBe(15);
    expect(rows[0]!.textContent).toBe('row 0');
    const spacer = el.querySelector('[role="list"]') as HTMLElement;
    expect(spacer.style.height).toBe('10000000px');
    expect(spacer.getAttribute('aria-label')).toBe('rows');
    expect(el.querySelector('[role="listitem"]')!.getAttribute('aria-setsize')).toBe('100000');
  });

  it('renders the rows at the scroll position and reports the window', () => {
    const windows: RowWindow[] = [];
    const el = mount(100_000, -1, windows);
    const box = el.querySelector('.vlist') as HTMLElement;
    act(() => {
      box.scrollTop = 500_000;
      box.dispatchEvent(new Event('scroll'));
    });
    const texts = [...el.querySelectorAll('.row')].map((r) => r.textContent);
    expect(texts[0]).toBe('row 4994');
    expect(texts).toContain('row 5005');
    expect(windows.at(-1)).toEqual({ start: 4994, end: 5015 });
    const first = el.querySelector('.vrow') as HTMLElement;
    expect(first.style.top).toBe('499400px');
  });

  it('marks the selected row for assistive technology and styling', () => {
    const el = mount(50, 3);
    const selected = el.querySelectorAll('.vrow.selected');
    expect(selected).toHaveLength(1);
    expect(selected[0]!.getAttribute('aria-current')).toBe('true');
    expect(selected[0]!.textContent).toBe('row 3');
  });
});
