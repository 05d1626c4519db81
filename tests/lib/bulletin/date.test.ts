/** parseChineseDate / parseDateTime / findDate: every printed form, and invalid dates. */
import { describe, expect, it } from 'vitest';
import { findDate, formatIsoDate, parseChineseDate, parseDateTime } from '../../../lib/bulletin/date';

describe('parseChineseDate', () => {
  it.each([
    ['2021年3月22日', '2021-03-22'],
    ['2021 年 3 月 22 日', '2021-03-22'],
    ['2021-03-22', '2021-03-22'],
    ['2021.03.22', '2021-03-22'],
    ['2021/3/22', '2021-03-22'],
    ['2021-3-2', '2021-03-02'],
    ['二〇二一年三月二十二日', '2021-03-22'],
    ['二○二一年十二月三十一日', '2021-12-31'],
    ['二〇二一年十月十日', '2021-10-10'],
    ['二〇二〇年二月二十九日', '2020-02-29'],
    ['２０２１年３月２２日', '2021-03-22'],
    ['2021年12月31日', '2021-12-31'],
    ['2021年3月22号', '2021-03-22'],
    ['党史学习教育领导小组办公室 2021 年 3 月 22 日', '2021-03-22'],
    ['发布时间：2021-03-22 10:30', '2021-03-22'],
    ['（2021年3月22日）', '2021-03-22'],
    ['2021年2月30日', null],
    ['2021年13月1日', null],
    ['2021-00-10', null],
    ['2019年2月29日', null],
    ['2021-04-31', null],
    ['1800年1月1日', null],
    ['3月22日', null],
    ['2021-03/22', null],
    ['12021-03-22', null],
    ['没有日期', null],
    ['', null],
  ])('%j -> %j', (input, expected) => {
    expect(parseChineseDate(input)).toBe(expected);
  });

  it('skips an invalid date and takes the next valid one', () => {
    expect(parseChineseDate('2021年2月30日改为2021年3月1日')).toBe('2021-03-01');
  });

  it('takes the first date when there are several', () => {
    expect(parseChineseDate('2021-03-22 至 2021-04-01')).toBe('2021-03-22');
  });
});

describe('parseDateTime', () => {
  it.each([
    ['2021-03-22 10:30', '2021-03-22 10:30'],
    ['2021-03-22 10:30:05', '2021-03-22 10:30:05'],
    ['2021年3月22日 9:05', '2021-03-22 09:05'],
    ['2021年3月22日10时30分', '2021-03-22 10:30'],
    ['2021-03-22', '2021-03-22'],
    ['2021-03-22 25:00', '2021-03-22'],
    ['no date', null],
  ])('%j -> %j', (input, expected) => {
    expect(parseDateTime(input)).toBe(expected);
  });
});

describe('findDate / formatIsoDate', () => {
  it('reports where the date is', () => {
    const s = '办公室 2021 年 3 月 22 日';
    const found = findDate(s)!;
    expect(found.date).toBe('2021-03-22');
    expect(s.slice(found.index, found.index + found.length)).toBe('2021 年 3 月 22 日');
  });
  it.each([
    [2024, 2, 29, '2024-02-29'],
    [2100, 1, 1, null],
    [2021, 1, 0, null],
  ])('formatIsoDate(%i, %i, %i) -> %j', (y, m, d, expected) => {
    expect(formatIsoDate(y, m, d)).toBe(expected);
  });
});
