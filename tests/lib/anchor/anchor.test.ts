import { describe, expect, it } from 'vitest';
import type { Selector } from '../../../lib/bulletin/model';
import { anchorInText, anchorMany } from '../../../lib/anchor/anchor';
import { describeTextRange } from '../../../lib/anchor/text-quote';

/** A bulletin-like text where the stock phrase 党史学习教育 occurs many times. */
const PARAS = [
  '3月18日，河南省科协召开党史学习教育动员大会，深入学习习近平总书记在党史学习教育动员大会上的重要讲话精神。',
  '会议强调，要认真贯彻落实中央、省委和中国科协党史学习教育决策部署，对在全省科协系统党员中开展党史学习教育进行动员部署。',
  '省科协党组成员、副主席、党史学习教育领导小组组长谈朗玉出席并做动员讲话。',
  '会议要求，各级党组织要把党史学习教育同推动科协事业高质量发展结合起来，确保党史学习教育取得实效。',
  '此外，省科技馆组织青年职工开展党史学习教育读书分享活动，交流学习体会。',
];
const TEXT = PARAS.join('\n\n');

/** Selectors for the n-th occurrence of `needle` in TEXT. */
function describeNth(needle: string, n: number): Selector[] {
  let at = -1;
  for (let i = 0; i <= n; i++) at = TEXT.indexOf(needle, at + 1);
  return describeTextRange(TEXT, at, at + needle.length);
}

describe('anchorInText on the unchanged text', () => {
  it.each([0, 1, 2, 3, 4, 5, 6, 7])('finds occurrence %i of the stock phrase by position', (n) => {
    const sel = describeNth('党史学习教育', n);
    const m = anchorInText(TEXT, sel);
    expect(m?.method).toBe('position');
    expect(m?.start).toBe((sel[1] as { start: number }).start);
  });
});

describe('anchorInText after edits', () => {
  const ad = '【广告】欢迎订阅本刊，了解更多资讯请关注官方网站。';
  const shifted = ad + '\n\n' + TEXT;

  it.each([0, 3, 5, 7])('finds occurrence %i of the stock phrase by its context after an ad shifted it', (n) => {
    const sel = describeNth('党史学习教育', n);
    const m = anchorInText(shifted, sel);
    const want = (sel[1] as { start: number }).start + ad.length + 2;
    expect(m).toMatchObject({ start: want, end: want + 6, method: 'quote' });
  });

  it('finds a quote whose punctuation went half-width and whose lines were re-wrapped', () => {
    const sel = describeNth('要认真贯彻落实中央、省委和中国科协', 0);
    const changed = TEXT.replace('会议强调，要认真贯彻落实中央、省委', '会议强调, 要认真贯彻\n落实中央,省委');
    const m = anchorInText(changed, sel);
    expect(m?.method).toBe('quote');
    expect(changed.slice(m!.start, m!.end)).toBe('要认真贯彻\n落实中央,省委和中国科协');
  });

  it('finds a quote with a word changed by fuzzy matching', () => {
    const sel = describeNth('各级党组织要把党史学习教育同推动科协事业高质量发展结合起来', 0);
    const changed = TEXT.replace('高质量发展结合', '高水平发展紧密结合');
    const m = anchorInText(changed, sel);
    expect(m?.method).toBe('fuzzy');
    expect(changed.slice(m!.start, m!.end)).toContain('各级党组织要把党史学习教育同推动科协事业');
  });

  it('orphans a short stock phrase whose own sentence was deleted rather than guess another occurrence', () => {
    const sel = describeNth('党史学习教育', 6); // in paragraph 4
    const without = PARAS.filter((_, i) => i !== 3).join('\n\n');
    expect(anchorInText(without, sel)).toBeNull();
  });

  it('orphans a passage that is gone', () => {
    const sel = describeNth('省科技馆组织青年职工', 0);
    expect(anchorInText(PARAS.slice(0, 4).join('\n\n'), sel)).toBeNull();
  });

  it('orphans a short quote whose only occurrence has unrelated context', () => {
    const sel = describeTextRange('前文完全不同的一些内容，读书分享，后文也完全不同的内容。', 12, 16);
    expect(anchorInText(TEXT, sel)).toBeNull();
  });
});

describe('anchorInText selector handling', () => {
  it.each([
    ['no selectors', []],
    ['an empty quote', [{ type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' }]],
    ['a whitespace quote', [{ type: 'TextQuoteSelector', exact: ' \n ', prefix: '', suffix: '' }]],
    ['a position past the end', [{ type: 'TextPositionSelector', start: 5, end: 99999 }]],
  ] as [string, Selector[]][])('returns null for %s', (_name, sel) => {
    expect(anchorInText(TEXT, sel)).toBeNull();
  });

  it('trusts a lone position selector that fits the text, with a low score', () => {
    expect(anchorInText(TEXT, [{ type: 'TextPositionSelector', start: 3, end: 8 }])).toEqual({
      start: 3,
      end: 8,
      score: 0.5,
      method: 'position',
    });
  });

  it('honours minScore', () => {
    const sel = describeNth('各级党组织要把党史学习教育同推动科协事业高质量发展结合起来', 0);
    const changed = TEXT.replace('高质量发展结合', '高水平发展紧密结合');
    const m = anchorInText(changed, sel)!;
    expect(anchorInText(changed, sel, { minScore: m.score + 0.001 })).toBeNull();
    expect(anchorInText(changed, sel, { minScore: m.score })).toEqual(m);
  });

  it.each([
    ['谈朗玉出席', TEXT.indexOf('谈朗玉出席')],
    ['动员', null],
  ])('anchors a bare quote (no context, no position) %s only when it is unique', (exact, want) => {
    const m = anchorInText(TEXT, [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }]);
    expect(m?.start ?? null).toBe(want);
  });

  it('anchors a quote with context but no position at its best occurrence', () => {
    const [quote] = describeNth('党史学习教育', 4);
    const m = anchorInText(TEXT, [quote!]);
    expect(m?.start).toBe(TEXT.indexOf('党史学习教育领导小组'));
  });
});

describe('anchorMany', () => {
  const targets = [7, 0, 3, 5].map((n) => describeNth('党史学习教育', n));

  it('returns results in input order', async () => {
    const got = await anchorMany(TEXT, targets);
    expect(got.map((m) => m?.start)).toEqual(targets.map((t) => (t[1] as { start: number }).start));
  });

  it('uses the drift of anchored neighbours as the hint', async () => {
    const ad = '【广告】'.repeat(30);
    const got = await anchorMany(ad + TEXT, targets);
    expect(got.map((m) => m?.start)).toEqual(targets.map((t) => (t[1] as { start: number }).start + ad.length));
    // After the first target established the drift, the rest verify at their shifted position.
    expect(got.filter((m) => m?.method === 'position').length).toBeGreaterThanOrEqual(3);
  });

  it('yields to the event loop whenever the slice budget is spent', async () => {
    let clock = 0;
    let yields = 0;
    const got = await anchorMany(TEXT, targets, {
      sliceMs: 5,
      now: () => (clock += 3),
      yieldToLoop: async () => {
        yields++;
      },
    });
    expect(got.every((m) => m !== null)).toBe(true);
    expect(yields).toBeGreaterThanOrEqual(2);
  });

  it('stops with the abort reason when aborted', async () => {
    const controller = new AbortController();
    let clock = 0;
    const run = anchorMany(TEXT, targets, {
      sliceMs: 1,
      signal: controller.signal,
      now: () => (clock += 5),
      yieldToLoop: async () => controller.abort(new Error('page closed')),
    });
    await expect(run).rejects.toThrow('page closed');
  });

  it('rejects at once when the signal is already aborted', async () => {
    await expect(anchorMany(TEXT, targets, { signal: AbortSignal.abort() })).rejects.toThrow();
  });
});
