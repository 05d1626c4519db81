import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from '../../../lib/highlight/watch';
import { makePage } from './page';

afterEach(() => vi.useRealTimers());

describe('watchPage', () => {
  function setup() {
    vi.useFakeTimers();
    const { win, doc } = makePage('<p id="a">甲</p><div id="ours"></div>');
    const ours = doc.getElementById('ours')!;
    const onChange = vi.fn();
    const watcher = watchPage(doc, win, { isOwn: (n) => ours.contains(n), onChange, debounceMs: 250 });
    return { doc, ours, onChange, watcher };
  }
  const settle = () => vi.advanceTimersByTimeAsync(0);

  it('calls back once per burst of page mutations, after the page is quiet', async () => {
    const { doc, onChange } = setup();
    doc.getElementById('a')!.textContent = '乙';
    await vi.advanceTimersByTimeAsync(200);
    doc.body.append(doc.createElement('p'));
    await vi.advanceTimersByTimeAsync(200);
    expect(onChange).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(60);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('ignores mutations inside our own nodes and ones discarded right after we made them', async () => {
    const { doc, ours, onChange, watcher } = setup();
    ours.append(doc.createElement('span'));
    ours.textContent = '工具栏';
    await settle();
    const mark = doc.createElement('mark');
    doc.getElementById('a')!.append(mark); // a change of ours (painting) …
    watcher.discard(); // … forgotten at once
    await vi.advanceTimersByTimeAsync(300);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('stops', async () => {
    const { doc, onChange, watcher } = setup();
    doc.getElementById('a')!.textContent = '丙';
    await settle();
    watcher.stop();
    await vi.advanceTimersByTimeAsync(300);
    expect(onChange).not.toHaveBeenCalled();
  });
});
