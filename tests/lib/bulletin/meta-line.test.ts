/** parseMetaLine: CMS metadata lines to fields; prose with colons is left alone. */
import { describe, expect, it } from 'vitest';
import { parseMetaLine } from '../../../lib/bulletin/meta-line';

describe('parseMetaLine', () => {
  it.each([
    ['发布时间：2021-03-22 10:30 来源：河南省科协 浏览次数：123', { publishedAt: '2021-03-22 10:30', source: '河南省科协' }],
    ['发布时间：2021-03-22 16:05\u3000来源：河南省科协\u3000浏览次数：1024', { publishedAt: '2021-03-22 16:05', source: '河南省科协' }],
    ['发布日期：2021年3月22日', { publishedAt: '2021-03-22' }],
    ['时间：2021-03-22 来源：人民网 作者：张三', { publishedAt: '2021-03-22', source: '人民网', author: '张三' }],
    ['来源: 新华社 作者：李四', { source: '新华社', author: '李四' }],
    ['2021-03-22 10:30 来源：人民网', { publishedAt: '2021-03-22 10:30', source: '人民网' }],
    ['2005-04-05 06:40更新 来源：转载文章', { publishedAt: '2005-04-05 06:40', source: '转载文章' }],
    ['2021-03-22 10:30:15 | 来源：河南日报 | 责任编辑：王五', { publishedAt: '2021-03-22 10:30:15', source: '河南日报', editor: '王五' }],
    ['【字体：大 中 小】 发布日期：2021-03-22 【打印】', { publishedAt: '2021-03-22' }],
    ['（来源：河南日报）', { source: '河南日报' }],
    ['责任编辑：赵六', { editor: '赵六' }],
    ['浏览次数：123', {}],
    ['成文日期：2021-03-20 发布日期：2021-03-22', { documentDate: '2021-03-20', publishedAt: '2021-03-22' }],
    ['发布机构：河南省科协', { issuer: '河南省科协' }],
    ['文章来源：省科协办公室 发布时间：2021/3/22', { source: '省科协办公室', publishedAt: '2021-03-22' }],
  ])('%j', (input, expected) => {
    expect(parseMetaLine(input)).toEqual(expected);
  });

  it.each([
    ['时间：2021年3月22日 地点：郑州'],
    ['时间：上午九点'],
    ['会议时间：2021年3月22日'],
    ['会议指出，要提高政治站位。'],
    ['2021-03-22 更新了系统 版本：3'],
    ['来源于群众，服务于群众'],
    ['发布时间：未知'],
    ['要求：各单位认真落实'],
    [''],
    ['来源：' + '长'.repeat(300)],
  ])('%j is no meta line', (input) => {
    expect(parseMetaLine(input)).toBeNull();
  });
});
