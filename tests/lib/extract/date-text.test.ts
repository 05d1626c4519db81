import { describe, expect, it } from 'vitest';
import { findDateTimes, findUrlDate, normalizeDateTime } from '../../../lib/extract/date-text';
import { readLineMeta } from '../../../lib/extract/line-meta';

describe('normalizeDateTime', () => {
  it.each([
    ['2021-03-22 16:05', '2021-03-22 16:05'],
    ['2021-3-2 9:05:07', '2021-03-02 09:05:07'],
    ['2021/03/22', '2021-03-22'],
    ['2021.03.22', '2021-03-22'],
    ['2021年3月22日 16:05', '2021-03-22 16:05'],
    ['2021 年 3 月 22 日', '2021-03-22'],
    ['2021-03-22T08:00:00+08:00', '2021-03-22 08:00:00'],
    ['20210322', '2021-03-22'],
    ['2021-02-30', null],
    ['浏览次数：1024', null],
  ])('%s -> %s', (raw, want) => {
    expect(normalizeDateTime(raw)).toBe(want);
  });

  it('findDateTimes lists every date in a line', () => {
    expect(findDateTimes('更新 2021-03-23，发布 2021-03-22 16:05')).toEqual(['2021-03-23', '2021-03-22 16:05']);
  });

  it.each([
    ['http://www.gov.cn/xinwen/2021-03/22/content_5594.htm', '2021-03-22'],
    ['https://www.hast.net.cn/gzdt/202103/t20210322_1178.html', '2021-03-22'],
    ['http://news.example.com/2005/0731/1234.shtml', '2005-07-31'],
    ['https://example.com/article/123456', null],
  ])('findUrlDate(%s) = %s', (url, want) => {
    expect(findUrlDate(url)).toBe(want);
  });
});

describe('readLineMeta', () => {
  it('reads the info line under the title', () => {
    const lines = ['首页 > 工作动态', '河南省科协召开大会', '发布时间：2021-03-22 16:05　来源：河南省科协　浏览次数：1024', '正文'];
    expect(readLineMeta(lines, '河南省科协召开大会')).toEqual({ publishedAt: '2021-03-22 16:05', source: '河南省科协', author: null });
  });

  it('prefers a labelled date over a header date above the title', () => {
    const lines = ['今天是2024年5月20日 星期一', '标题在这里', '作者：张三 2021-03-22 来源：新华社', '发布时间：2021-03-21'];
    const meta = readLineMeta(lines, '标题在这里');
    expect(meta.publishedAt).toBe('2021-03-21');
    expect(meta.author).toBe('张三');
    expect(meta.source).toBe('新华社');
  });
});
