// @vitest-environment jsdom
/**
 * A lazily loaded view shows a loading status, then the view with its props; a failed load
 * says so, and the next mount tries again.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lazyView } from '../../components/common/lazy-view';
import { installMessages } from './notes/dom';

let host: HTMLElement;

beforeEach(installMessages);

afterEach(() => {
  render(null, host);
  host.remove();
});

function Hello({ name }: { name: string }) {
  return <p class="hello">hello {name}</p>;
}

async function mount(node: preact.ComponentChild): Promise<HTMLElement> {
  host = document.createElement('div');
  document.body.append(host);
  await act(() => {
    render(node, host);
  });
  return host;
}

/** Lets the import promise settle and Preact re-render. */
async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}

describe('lazyView', () => {
  it('shows a loading status until the code arrives, then the view with its props', async () => {
    let resolve!: (c: typeof Hello) => void;
    let loads = 0;
    const View = lazyView(() => {
      loads++;
      return new Promise<typeof Hello>((r) => (resolve = r));
    });
    const el = await mount(<View name="简报" />);
    expect(el.querySelector('[role="status"]')?.textContent).toBe('加载中…');
    expect(el.querySelector('.hello')).toBeNull();
    resolve(Hello);
    await settle();
    expect(el.querySelector('.hello')?.textContent).toBe('hello 简报');
    expect(el.querySelector('[role="status"]')).toBeNull();
    // Mounted again, it renders at once from the loaded code.
    render(null, host);
    await act(() => {
      render(<View name="again" />, host);
    });
    expect(el.querySelector('.hello')?.textContent).toBe('hello again');
    expect(loads).toBe(1);
  });

  it('says when the code cannot be loaded, and tries again on the next mount', async () => {
    let loads = 0;
    const View = lazyView<{ name: string }>(() => (++loads === 1 ? Promise.reject(new Error('chunk gone')) : Promise.resolve(Hello)));
    const el = await mount(<View name="x" />);
    await settle();
    expect(el.querySelector('[role="alert"]')?.textContent).toBe('这一页没能加载，请刷新后再试。');
    expect(el.querySelector('.hello')).toBeNull();
    render(null, host);
    await act(() => {
      render(<View name="y" />, host);
    });
    await settle();
    expect(el.querySelector('.hello')?.textContent).toBe('hello y');
    expect(loads).toBe(2);
  });
});
