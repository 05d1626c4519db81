import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../lib/anchor/describe';
import { textPositionToRange } from '../../../lib/anchor/dom';
import { startHighlighter } from '../../../lib/content/highlighter';
import { createContentDispatcher } from '../../../lib/content/service';
import { BULLETIN, makePage, selectText } from '../highlight/page';
import { createFakeBackground } from './fake-background';

const msg = (type: string, payload: unknown) => ({ bc: 1, type, payload });

async function setup() {
  const { win, doc } = makePage(BULLETIN);
  const bg = createFakeBackground();
  const highlighter = startHighlighter(doc, win, { send: bg.send, slice: { yieldToLoop: () => Promise.resolve() } });
  await highlighter.ready;
  const dispatch = createContentDispatcher(doc, { highlighter });
  const at = (needle: string) => {
    const start = doc.body.textContent!.indexOf(needle);
    return describeRange(doc.body, textPositionToRange(doc.body, start, start + needle.length));
  };
  return { doc, bg, dispatch, at };
}

describe('content service: highlight requests', () => {
  it('draws highlights (replacing what is drawn) and lists them in page order', async () => {
    const { doc, dispatch, at } = await setup();
    const drawn = await dispatch(
      msg('drawHighlights', {
        highlights: [
          { id: 'b', color: 'red', pageTarget: at('巩固拓展') },
          { id: 'a', color: 'yellow', note: '注', pageTarget: at('两个维护') },
          { id: 'z', color: 'blue', pageTarget: [{ type: 'TextQuoteSelector', exact: '不存在的句子在这里', prefix: '', suffix: '' }] },
        ],
      }),
    );
    expect(drawn).toEqual({ ok: true, value: { anchored: ['a', 'b'], orphans: ['z'] } });
    expect(await dispatch(msg('anchoredHighlights', {}))).toEqual({ ok: true, value: { order: ['a', 'b'], orphans: ['z'] } });
    await dispatch(msg('drawHighlights', { highlights: [{ id: 'b', color: 'red', pageTarget: at('巩固拓展') }] }));
    expect([...doc.querySelectorAll('mark')].map((m) => (m as HTMLElement).dataset.bcId)).toEqual(['b']);
  });

  it('highlights the selection with the requested colour', async () => {
    const { doc, bg, dispatch } = await setup();
    selectText(doc, doc.getElementById('p3')!.firstChild!, 0, 3);
    const res = await dispatch(msg('highlightSelection', { color: 'green' }));
    expect(res).toMatchObject({ ok: true, value: { id: 'h1', color: 'green', exact: '下一步' } });
    expect(bg.ofType('createHighlight')).toHaveLength(1);
    const none = await dispatch(msg('highlightSelection', {}));
    expect(none).toMatchObject({ ok: false, error: { code: 'empty_selection' } });
  });

  it('scrolls to a drawn highlight, and says false for one that is not drawn', async () => {
    const { dispatch, at } = await setup();
    await dispatch(msg('drawHighlights', { highlights: [{ id: 'a', color: 'yellow', pageTarget: at('下一步') }] }));
    expect(await dispatch(msg('scrollToHighlight', { id: 'a' }))).toEqual({ ok: true, value: true });
    expect(await dispatch(msg('scrollToHighlight', { id: 'nope' }))).toEqual({ ok: true, value: false });
  });

  it('validates what a page world could forge', async () => {
    const { dispatch } = await setup();
    const res = await dispatch(msg('drawHighlights', { highlights: [{ id: 'a', color: 'purple', pageTarget: [] }] }));
    expect(res).toMatchObject({ ok: false, error: { code: 'bad_message' } });
  });
});
