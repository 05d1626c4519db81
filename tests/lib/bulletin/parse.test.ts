/**
 * parseBulletin on whole bulletins: masthead, title and subtitle, CMS metadata, headings,
 * attachments, signature and document date, distribution, 印发 lines and page chrome.
 */
import { describe, expect, it } from 'vitest';
import { headingPath } from '../../../lib/bulletin/model';
import { parseBulletin, parseTextBulletin } from '../../../lib/bulletin/parse';

// A bulletin as an HTML page yields it: one block per <p>, chrome around it.
const pageLines = [
  '当前位置：首页 > 工作动态',
  '【字体：大 中 小】',
  '党史学习教育简报',
  '第12期（总第120期）',
  '河南省科协党史学习教育领导小组办公室\u3000\u30002021年3月22日',
  '关于开展“我为群众办实事”实践活动的通知',
  '——河南省科协党史学习教育实施方案',
  '发布时间：2021-03-25 09:30\u3000来源：河南省科协\u3000作者：张三\u3000浏览次数：88',
  '\u3000\u3000为深入贯彻落实党史学习教育部署，现就有关事项通知如下。',
  '一、总体要求',
  '\u3000\u3000坚持以人民为中心的发展思想，把办实事贯穿党史学习教育全过程。',
  '（一）加强组织领导。各单位要高度重视，主要负责同志亲自抓。',
  '（二）强化宣传引导',
  '\u3000\u3000要充分利用各类媒体，营造浓厚氛围。',
  '1.开展专题宣传',
  '（1）制作宣传片',
  '\u3000\u3000组织拍摄专题宣传片。',
  '二、工作安排',
  '\u3000\u3000各单位于2021年4月底前报送工作方案。',
  '附件：1.活动安排表',
  '2.报名回执',
  '河南省科协党史学习教育领导小组办公室',
  '2021年3月20日',
  '报：中国科协党史学习教育领导小组办公室，',
  '省委党史学习教育领导小组办公室。',
  '送：省科协机关各部室，',
  '各直属事业单位。',
  '河南省科协办公室\u3000\u30002021年3月22日印发',
  '（共印30份）',
  '【打印本页】【关闭窗口】',
  '上一篇：省科协召开2021年全省科协工作会议',
];

describe('parseBulletin on a full bulletin page', () => {
  const got = parseBulletin({ lines: pageLines });

  it('reads the masthead', () => {
    expect(got.bulletinName).toBe('党史学习教育简报');
    expect(got.issueNumber).toBe('第12期（总第120期）');
    expect(got.issuer).toBe('河南省科协党史学习教育领导小组办公室');
  });

  it('reads title and subtitle', () => {
    expect(got.title).toBe('关于开展“我为群众办实事”实践活动的通知');
    expect(got.subtitle).toBe('河南省科协党史学习教育实施方案');
  });

  it('keeps publish date and document date apart', () => {
    expect(got.publishedAt).toBe('2021-03-25 09:30');
    expect(got.date).toBe('2021-03-20');
    expect(got.source).toBe('河南省科协');
    expect(got.author).toBe('张三');
  });

  it('finds the heading hierarchy with paragraph indexes', () => {
    expect(got.headings).toEqual([
      { level: 1, text: '一、总体要求', paragraph: 1 },
      { level: 2, text: '（一）加强组织领导', paragraph: 2 },
      { level: 2, text: '（二）强化宣传引导', paragraph: 3 },
      { level: 3, text: '1.开展专题宣传', paragraph: 4 },
      { level: 4, text: '（1）制作宣传片', paragraph: 4 },
      { level: 1, text: '二、工作安排', paragraph: 5 },
    ]);
    expect(headingPath(got.headings, 4)).toEqual(['一、总体要求', '（二）强化宣传引导', '1.开展专题宣传', '（1）制作宣传片']);
  });

  it('keeps body paragraphs only, run-in headings included, standalone headings out', () => {
    expect(got.paragraphs).toEqual([
      '为深入贯彻落实党史学习教育部署，现就有关事项通知如下。',
      '坚持以人民为中心的发展思想，把办实事贯穿党史学习教育全过程。',
      '（一）加强组织领导。各单位要高度重视，主要负责同志亲自抓。',
      '要充分利用各类媒体，营造浓厚氛围。',
      '组织拍摄专题宣传片。',
      '各单位于2021年4月底前报送工作方案。',
    ]);
  });

  it('reads attachments and the distribution, joining wrapped recipients, dropping 印发 lines', () => {
    expect(got.attachments).toEqual(['活动安排表', '报名回执']);
    expect(got.distribution).toEqual([
      { label: '报', recipients: '中国科协党史学习教育领导小组办公室，省委党史学习教育领导小组办公室。' },
      { label: '送', recipients: '省科协机关各部室，各直属事业单位。' },
    ]);
    expect(got.paragraphs.join('')).not.toMatch(/印发|共印|打印|上一篇|浏览次数|字体/);
  });
});

describe('parseBulletin details', () => {
  it('prefers the title hint and drops the repeated title line', () => {
    const got = parseBulletin({ lines: ['某某网', '河南省科协召开动员大会', '会议指出，要提高政治站位。'], titleHint: '河南省科协召开动员大会' });
    expect(got.title).toBe('河南省科协召开动员大会');
    expect(got.paragraphs).toEqual(['会议指出，要提高政治站位。']);
  });

  it('takes a forum post\'s labelled title line (主题：…) over the site-wide page title', () => {
    const lines = ['主题：导游为什么热衷于让你去商场购物？', '导游的收入很大一部分来自购物的回扣。', '您是本文第154个阅览者'];
    const got = parseBulletin({ lines, titleHint: 'CCTV.com-央视论坛' });
    expect(got.title).toBe('导游为什么热衷于让你去商场购物？');
    expect(got.paragraphs).toEqual(['导游的收入很大一部分来自购物的回扣。']);
  });

  it('uses the hint as title when the page body does not repeat it', () => {
    const got = parseBulletin({ lines: ['会议指出，要提高政治站位。'], titleHint: '  河南省科协召开动员大会 ' });
    expect(got.title).toBe('河南省科协召开动员大会');
    expect(got.paragraphs).toEqual(['会议指出，要提高政治站位。']);
  });

  it('falls back to the publish day when there is no document date', () => {
    const got = parseBulletin({ lines: ['标题', '发布时间：2021-03-22 10:30 来源：人民网', '正文第一段。'] });
    expect(got.date).toBe('2021-03-22');
    expect(got.publishedAt).toBe('2021-03-22 10:30');
  });

  it('reads a signature printed on one line with its date', () => {
    const got = parseBulletin({ lines: ['通知', '请各单位认真落实。', '河南省科学技术协会 2021年3月20日'] });
    expect(got.issuer).toBe('河南省科学技术协会');
    expect(got.date).toBe('2021-03-20');
    expect(got.paragraphs).toEqual(['请各单位认真落实。']);
  });

  it('takes the signature date at the end, not a date line inside the body', () => {
    const got = parseBulletin({ lines: ['通知', '第一段正文。', '2021年1月5日', '第二段正文。', '河南省科学技术协会', '2021年3月20日'] });
    expect(got.date).toBe('2021-03-20');
    expect(got.issuer).toBe('河南省科学技术协会');
    expect(got.paragraphs).toEqual(['第一段正文。', '第二段正文。']);
  });

  it('reads a date line under the title as masthead', () => {
    const got = parseBulletin({ lines: ['某某会议召开', '（2021年3月22日）', '会议指出，要提高政治站位。'] });
    expect(got.date).toBe('2021-03-22');
    expect(got.paragraphs).toEqual(['会议指出，要提高政治站位。']);
  });

  it('gives an empty result for empty input', () => {
    const got = parseBulletin({ lines: [] });
    expect(got.title).toBe('');
    expect(got.paragraphs).toEqual([]);
    expect(got.date).toBeNull();
  });

  it('does not take a long first sentence as the title', () => {
    const draft = parseTextBulletin('会议指出，要提高政治站位，充分认识开展党史学习教育的重大意义。在全党开展党史学习教育，是党中央的重大决策。');
    expect(draft.paragraphs).toHaveLength(1);
    expect(draft.title).toBe(`${draft.paragraphs[0]!.slice(0, 30)}…`);
  });

  it('parses pasted text with paragraphs separated by blank lines', () => {
    const draft = parseTextBulletin('省科协近期工作情况\n\n第一段内容很长很长。\n\n第二段内容也很长。\n', 'text');
    expect(draft.origin).toBe('text');
    expect(draft.title).toBe('省科协近期工作情况');
    expect(draft.paragraphs).toEqual(['第一段内容很长很长。', '第二段内容也很长。']);
    expect(draft.text).toBe('第一段内容很长很长。\n\n第二段内容也很长。');
  });

  it('does not take a one-sentence paragraph as the title', () => {
    const draft = parseTextBulletin('工作动态\n\n第一段内容很长很长。\n\n第二段内容也很长。');
    expect(draft.bulletinName).toBe('工作动态');
    expect(draft.paragraphs).toEqual(['第一段内容很长很长。', '第二段内容也很长。']);
  });

  it.each([
    [['关于开展“我为群众办实事”实践活动的', '通知', '各单位：'], '关于开展“我为群众办实事”实践活动的通知'],
    [['河南省科协党史学习教育', '动员大会', '3月18日，会议召开。'], '河南省科协党史学习教育动员大会'],
    // Neither line ends the way a title or a cut title does: left apart (conservative).
    [['河南省科协党史学习教育', '动员大会召开', '3月18日，会议召开。'], '河南省科协党史学习教育'],
    [['河南省科协召开动员大会', '省科协办公室', '会议指出，要提高政治站位。'], '河南省科协召开动员大会'],
    [['河南省科协召开动员大会', '会议指出，要提高政治站位。'], '河南省科协召开动员大会'],
    [['关于做好春节期间工作的通知', '各有关单位：'], '关于做好春节期间工作的通知'],
  ])('joins a title wrapped over two lines only when it reads as one: %j', (lines, title) => {
    expect(parseBulletin({ lines }).title).toBe(title);
  });

  it('strips a byte-order mark', () => {
    expect(parseTextBulletin('\ufeff标题\n正文。').title).toBe('标题');
  });
});
