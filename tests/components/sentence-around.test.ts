/** The passage shown around a highlight in the highlights list, cut at sentence ends. */
import { describe, expect, it } from 'vitest';
import type { Selector } from '../../lib/bulletin/model';
import { sentenceAround } from '../../components/library/sentence-around';

const quote = (prefix: string, exact: string, suffix: string): Selector[] => [{ type: 'TextQuoteSelector', prefix, exact, suffix }];

describe('sentenceAround', () => {
  it('keeps the sentence the highlight sits in', () => {
    const s = sentenceAround({ exact: '四个意识', textTarget: quote('上一句结束。教育引导科技工作者增强“', '四个意识', '”、坚定“四个自信”。下一句'), pageTarget: [] });
    expect(s).toEqual({ before: '教育引导科技工作者增强“', exact: '四个意识', after: '”、坚定“四个自信”。' });
  });

  it('marks context cut mid-sentence with an ellipsis', () => {
    const s = sentenceAround({ exact: '两个维护', textTarget: quote('做到“', '两个维护', '”，不断提高'), pageTarget: [] });
    expect(s.before).toBe('…做到“');
    expect(s.after).toBe('”，不断提高…');
  });

  it('stops at a paragraph break and collapses whitespace', () => {
    const s = sentenceAround({ exact: '要点', textTarget: quote('标题\n\n第一  段的', '要点', '在此\n\n下一段'), pageTarget: [] });
    expect(s).toEqual({ before: '第一 段的', exact: '要点', after: '在此' });
  });

  it('falls back to the page selector, and to the bare quote without any', () => {
    expect(sentenceAround({ exact: '甲', textTarget: [], pageTarget: quote('乙。丙', '甲', '丁。') })).toEqual({ before: '丙', exact: '甲', after: '丁。' });
    expect(sentenceAround({ exact: '甲', textTarget: [], pageTarget: [] })).toEqual({ before: '', exact: '甲', after: '' });
  });
});
