import { describe, expect, it } from 'vitest';
import { formatCitation, formatCitationMarkdown } from '../../../lib/export/citation';
import { lexBody, blockText } from './parse-export';

const accessed = new Date(2026, 10, 29, 12); // local noon: the local calendar date is 2026-11-29

describe('formatCitation (GB/T 7714-2015, electronic resource)', () => {
  it.each([
    [
      'the issue example',
      { issuer: '河南省科协', title: '河南省科协召开党史学习教育动员大会', date: '2021-03-22', url: 'URL' },
      '河南省科协. 河南省科协召开党史学习教育动员大会[EB/OL]. (2021-03-22)[2026-11-29]. URL.',
    ],
    [
      'site name when no issuer, publish time cut to its date',
      { siteName: '中国政府网', title: '国务院常务会议', publishedAt: '2021-03-22 10:05:00', url: 'https://www.gov.cn/a.htm' },
      '中国政府网. 国务院常务会议[EB/OL]. (2021-03-22)[2026-11-29]. https://www.gov.cn/a.htm.',
    ],
    ['no author, no date, no URL', { title: '粘贴的文字。' }, '粘贴的文字[EB]. [2026-11-29].'],
    [
      'whitespace and trailing stops cleaned',
      { issuer: ' 办公室. ', title: '标题\n第二行。', date: '2021年3月5日', url: 'https://x.cn/' },
      '办公室. 标题 第二行[EB/OL]. (2021-03-05)[2026-11-29]. https://x.cn/.',
    ],
  ])('%s', (_label, source, expected) => {
    expect(formatCitation(source, accessed)).toBe(expected);
  });

  it('renders as Markdown with the URL as an autolink and the text kept literal', () => {
    const source = { issuer: '*办公室*', title: '[要闻] 学习_教育', date: '2021-03-22', url: 'https://a.cn/x_y?a=1&b=2' };
    const md = formatCitationMarkdown(source, accessed);
    const tokens = lexBody(md);
    expect(tokens.map((t) => t.type)).toEqual(['paragraph']);
    expect(blockText(tokens[0]!)).toBe(formatCitation(source, accessed));
    expect(md).toContain('<https://a.cn/x_y?a=1&b=2>');
  });
});
