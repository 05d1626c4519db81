import { describe, expect, it, vi } from 'vitest';
import { describeRange } from '../../../lib/anchor/describe';
import { textPositionToRange } from '../../../lib/anchor/dom';
import type { Selector } from '../../../lib/bulletin/model';
import { createCssPainter } from '../../../lib/highlight/css-painter';
import { createLayer, type LayerItem } from '../../../lib/highlight/layer';
import { createMarkPainter } from '../../../lib/highlight/mark-painter';
import { BULLETIN, fakeHighlightApi, makePage } from './page';

const immediate = { yieldToLoop: () => Promise.resolve() };

/** Selectors for the first occurrence of `needle` in the body text. */
function target(doc: Document, needle: string, from = 0): Selector[] {
  const text = doc.body.textContent!;
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`no ${needle}`);
  return describeRange(doc.body, textPositionToRange(doc.body, start, start + needle.length));
}

const ORPHAN: Selector[] = [
  { type: 'TextQuoteSelector', exact: '这段文字不在页面上出现过', prefix: '完全不同的前文', suffix: '完全不同的后文' },
  { type: 'TextPositionSelector', start: 3, end: 15 },
];

describe.each([
  ['mark', (doc: Document) => createMarkPainter(doc)],
  ['css', () => createCssPainter(fakeHighlightApi().api)],
])('highlight layer (%s painter)', (_name, makePainter) => {
  it('anchors a set in page order, reports orphans once, and exposes the drawn count', async () => {
    const { doc } = makePage(BULLETIN);
    const onOrphanChange = vi.fn();
    const layer = createLayer(doc, makePainter(doc), { ...immediate, onOrphanChange });
    const items: LayerItem[] = [
      { id: 'late', color: 'red', pageTarget: target(doc, '巩固拓展学习教育成果') },
      { id: 'gone', color: 'blue', pageTarget: ORPHAN },
      { id: 'early', color: 'yellow', pageTarget: target(doc, '“四个意识”') },
      { id: 'was-orphan', color: 'green', pageTarget: target(doc, '群众满意率'), orphan: true },
    ];
    const res = await layer.setAll(items);
    expect(res).toEqual({ anchored: ['early', 'was-orphan', 'late'], orphans: ['gone'] });
    expect(doc.documentElement.dataset.bcHighlights).toBe('3');
    expect(onOrphanChange.mock.calls).toEqual([['gone', true], ['was-orphan', false]]); // input order
    expect(layer.painter.rangeOf('late')!.toString()).toBe('巩固拓展学习教育成果');

    onOrphanChange.mockClear();
    await layer.setAll(items); // the same set again (start-up and the background both draw)
    expect(onOrphanChange).not.toHaveBeenCalled();
    expect(layer.state()).toEqual({ order: ['early', 'was-orphan', 'late'], orphans: ['gone'] });
  });

  it('keeps unchanged drawings, recolours changed ones and erases dropped ones', async () => {
    const { doc } = makePage(BULLETIN);
    const painter = makePainter(doc);
    const layer = createLayer(doc, painter, immediate);
    const a = { id: 'a', color: 'yellow' as const, pageTarget: target(doc, '“两个维护”') };
    const b = { id: 'b', color: 'yellow' as const, pageTarget: target(doc, '实践活动') };
    await layer.setAll([a, b]);
    const paint = vi.spyOn(painter, 'paint');
    await layer.setAll([{ ...a, color: 'blue' }]);
    expect(paint).not.toHaveBeenCalled();
    expect(painter.ids()).toEqual(['a']);
    expect(layer.get('a')!.color).toBe('blue');
    expect(doc.documentElement.dataset.bcHighlights).toBe('1');
  });

  it('repairs a highlight whose paragraph was re-rendered, and re-finds an orphan once its text appears', async () => {
    const { doc } = makePage(BULLETIN);
    const onOrphanChange = vi.fn();
    const painter = makePainter(doc);
    const layer = createLayer(doc, painter, { ...immediate, onOrphanChange });
    const late = '新增段落：各支部召开专题组织生活会。';
    const lateTarget: Selector[] = [{ type: 'TextQuoteSelector', exact: '各支部召开专题组织生活会', prefix: '新增段落：', suffix: '。' }];
    await layer.setAll([
      { id: 'a', color: 'yellow', pageTarget: target(doc, '实践活动，共办结民生实事1200余件') },
      { id: 'late', color: 'red', pageTarget: lateTarget },
    ]);
    expect(onOrphanChange.mock.calls).toEqual([['late', true]]);
    const p2 = doc.getElementById('p2')!;
    const fresh = doc.createElement('p');
    fresh.id = 'p2';
    fresh.innerHTML = '市委组织部开展“我为群众办实事”实践活动，共办结民生实事<b>1200</b>余件，群众满意率达到98%。';
    p2.replaceWith(fresh);
    expect(painter.isIntact('a')).toBe(false);
    await layer.repair();
    expect(painter.isIntact('a')).toBe(true);
    expect(painter.rangeOf('a')!.toString()).toBe('实践活动，共办结民生实事1200余件');
    expect(fresh.contains(painter.rangeOf('a')!.startContainer)).toBe(true);

    const p = doc.createElement('p');
    p.textContent = late;
    doc.body.insertBefore(p, doc.getElementById('p3'));
    await layer.repair();
    expect(layer.state().order).toEqual(['a', 'late']);
    expect(onOrphanChange.mock.calls).toEqual([['late', true], ['late', false]]);
  });

  it('yields to the event loop while anchoring and painting many highlights', async () => {
    const { doc } = makePage(BULLETIN.repeat(20));
    let clock = 0;
    const yieldToLoop = vi.fn(() => Promise.resolve());
    // Every clock read costs 3 "ms": slices of 8 ms end after a few steps.
    const layer = createLayer(doc, makePainter(doc), { sliceMs: 8, now: () => (clock += 3), yieldToLoop });
    const text = doc.body.textContent!;
    const items = Array.from({ length: 40 }, (_, i) => {
      const start = text.indexOf('党史学习教育', (i * text.length) / 40);
      return { id: `h${i}`, color: 'yellow' as const, pageTarget: describeRange(doc.body, textPositionToRange(doc.body, start, start + 6)) };
    });
    const res = await layer.setAll(items);
    expect(res.anchored).toHaveLength(40);
    expect(yieldToLoop.mock.calls.length).toBeGreaterThan(10);
  });

  it('draws overlapping highlights', async () => {
    const { doc } = makePage(BULLETIN);
    const before = doc.body.innerHTML;
    const painter = makePainter(doc);
    const layer = createLayer(doc, painter, immediate);
    const res = await layer.setAll([
      { id: 'outer', color: 'yellow', pageTarget: target(doc, '开展“我为群众办实事”实践活动') },
      { id: 'inner', color: 'red', pageTarget: target(doc, '我为群众办实事') },
      { id: 'tail', color: 'green', pageTarget: target(doc, '实践活动，共办结') },
    ]);
    expect(res.anchored).toEqual(['outer', 'inner', 'tail']);
    expect(painter.rangeOf('outer')!.toString()).toBe('开展“我为群众办实事”实践活动');
    expect(painter.rangeOf('inner')!.toString()).toBe('我为群众办实事');
    expect(painter.rangeOf('tail')!.toString()).toBe('实践活动，共办结');
    expect(['outer', 'inner', 'tail'].every((id) => painter.isIntact(id))).toBe(true);
    layer.clear();
    expect(doc.body.textContent).toBe(makePage(BULLETIN).doc.body.textContent);
    if (painter.kind === 'css') expect(doc.body.innerHTML).toBe(before);
  });

  it('starts over when the page changes while it anchors', async () => {
    const { doc } = makePage(BULLETIN);
    let version = 0;
    let yields = 0;
    const layer = createLayer(doc, makePainter(doc), {
      pageVersion: () => version,
      sliceMs: 0,
      yieldToLoop: async () => {
        // The page inserts a paragraph above everything during the first yield.
        if (yields++ === 0) {
          const p = doc.createElement('p');
          p.textContent = '插入的广告段落。';
          doc.body.prepend(p);
          version++;
        }
      },
    });
    const res = await layer.setAll([{ id: 'a', color: 'yellow', pageTarget: target(doc, '下一步') }]);
    expect(res.anchored).toEqual(['a']);
    expect(layer.painter.rangeOf('a')!.toString()).toBe('下一步');
  });

  it('clears everything', async () => {
    const { doc } = makePage(BULLETIN);
    const before = doc.body.innerHTML;
    const layer = createLayer(doc, makePainter(doc), immediate);
    await layer.setAll([{ id: 'a', color: 'yellow', pageTarget: target(doc, '下一步') }]);
    layer.clear();
    expect(layer.painter.ids()).toEqual([]);
    expect(doc.body.innerHTML).toBe(before);
    expect(doc.documentElement.dataset.bcHighlights).toBeUndefined();
  });
});
