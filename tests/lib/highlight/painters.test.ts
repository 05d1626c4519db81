import { describe, expect, it } from 'vitest';
import { createMarkPainter } from '../../../lib/highlight/mark-painter';
import { createCssPainter } from '../../../lib/highlight/css-painter';
import { BULLETIN, fakeHighlightApi, makePage } from './page';

/** A range from `a[as]` to `b[bs]` (text nodes). */
function rangeOver(doc: Document, a: Node, as: number, b: Node, bs: number): Range {
  const r = doc.createRange();
  r.setStart(a, as);
  r.setEnd(b, bs);
  return r;
}

describe('mark painter (fallback)', () => {
  it('wraps a passage spanning elements without changing the text, and erasing restores the DOM exactly', () => {
    const { doc } = makePage(BULLETIN);
    const before = doc.body.innerHTML;
    const text = doc.body.textContent;
    const p2 = doc.getElementById('p2')!;
    const first = p2.firstChild as Text;
    const original = first;
    const painter = createMarkPainter(doc);
    painter.paint('h1', 'red', rangeOver(doc, first, 8, p2.lastChild!, 3));
    const marks = [...doc.querySelectorAll('mark.bc-hl')];
    expect(marks.map((m) => m.textContent)).toEqual(['我为群众办实事”实践活动，共办结民生实事', '1200', '余件，']);
    expect(marks.every((m) => m.classList.contains('bc-red') && (m as HTMLElement).dataset.bcId === 'h1')).toBe(true);
    expect(doc.body.textContent).toBe(text);
    expect(painter.isIntact('h1')).toBe(true);
    expect(painter.rangeOf('h1')!.toString()).toBe('我为群众办实事”实践活动，共办结民生实事1200余件，');

    painter.erase('h1');
    expect(doc.body.innerHTML).toBe(before);
    expect(p2.firstChild).toBe(original); // the page's own text node is back, not a copy
    expect(p2.childNodes).toHaveLength(3);
    expect(painter.ids()).toEqual([]);
  });

  it('never wraps whitespace between blocks', () => {
    const { doc } = makePage(BULLETIN);
    const lis = doc.querySelectorAll('li');
    const painter = createMarkPainter(doc);
    painter.paint('h', 'blue', rangeOver(doc, lis[0]!.firstChild!, 0, lis[1]!.firstChild!, 4));
    expect([...doc.querySelectorAll('mark')].map((m) => m.parentElement!.tagName)).toEqual(['LI', 'LI']);
  });

  it('recolours, flashes and hit-tests by element', () => {
    const { doc } = makePage(BULLETIN);
    const t = doc.getElementById('p1')!.firstChild!;
    const painter = createMarkPainter(doc);
    painter.paint('a', 'yellow', rangeOver(doc, t, 0, t, 5));
    painter.recolor('a', 'green');
    const mark = doc.querySelector('mark')!;
    expect(mark.className).toBe('bc-hl bc-green');
    painter.flash('a', true);
    expect(mark.classList.contains('bc-flash')).toBe(true);
    painter.flash('a', false);
    expect(mark.classList.contains('bc-flash')).toBe(false);
    expect(painter.hitTest(0, 0, mark.firstChild)).toBe('a');
    expect(painter.hitTest(0, 0, doc.getElementById('p2'))).toBeNull();
  });

  it('notices a re-render and sweeps marks the page cloned', () => {
    const { doc } = makePage(BULLETIN);
    const p1 = doc.getElementById('p1')!;
    const painter = createMarkPainter(doc);
    painter.paint('a', 'yellow', rangeOver(doc, p1.firstChild!, 0, p1.firstChild!, 5));
    p1.replaceWith(p1.cloneNode(true)); // a framework re-render that copies our marks along
    expect(painter.isIntact('a')).toBe(false);
    expect(painter.sweep(doc.body)).toBe(1);
    expect(doc.querySelectorAll('mark')).toHaveLength(0);
    expect(doc.getElementById('p1')!.textContent).toBe(p1.textContent);
  });
});

describe('CSS Custom Highlight painter', () => {
  it('registers one entry per colour and never touches the DOM', () => {
    const { doc } = makePage(BULLETIN);
    const { api, registry } = fakeHighlightApi();
    const before = doc.body.innerHTML;
    const t1 = doc.getElementById('p1')!.firstChild!;
    const t3 = doc.getElementById('p3')!.firstChild!;
    const painter = createCssPainter(api);
    painter.paint('a', 'yellow', rangeOver(doc, t1, 0, t1, 6));
    painter.paint('b', 'yellow', rangeOver(doc, t3, 4, t3, 12));
    painter.paint('c', 'red', rangeOver(doc, t3, 0, t3, 3));
    expect([...registry.keys()].sort()).toEqual(['bc-red', 'bc-yellow']);
    expect(registry.get('bc-yellow')!.size).toBe(2);
    expect(doc.body.innerHTML).toBe(before);

    painter.recolor('b', 'blue');
    expect(registry.get('bc-yellow')!.size).toBe(1);
    expect(registry.get('bc-blue')!.size).toBe(1);
    painter.flash('a', true);
    expect(registry.get('bc-flash')!.priority).toBe(1);
    painter.flash('a', false);
    expect(registry.has('bc-flash')).toBe(false);
    painter.erase('c');
    expect(registry.has('bc-red')).toBe(false); // empty entries are dropped
    painter.clear();
    expect(registry.size).toBe(0);
  });

  it('sees a highlight break when its paragraph is replaced or its text edited', () => {
    const { doc } = makePage(BULLETIN);
    const { api } = fakeHighlightApi();
    const painter = createCssPainter(api);
    const p1 = doc.getElementById('p1')!;
    const p3 = doc.getElementById('p3')!;
    painter.paint('a', 'yellow', rangeOver(doc, p1.firstChild!, 0, p1.firstChild!, 6));
    painter.paint('b', 'green', rangeOver(doc, p3.firstChild!, 4, p3.firstChild!, 12));
    expect(painter.isIntact('a') && painter.isIntact('b')).toBe(true);
    p1.replaceWith(p1.cloneNode(true));
    (p3.firstChild as Text).replaceData(5, 2, '改动');
    expect(painter.isIntact('a')).toBe(false);
    expect(painter.isIntact('b')).toBe(false);
  });
});
