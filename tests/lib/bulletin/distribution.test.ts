/** Closing blocks: distribution labels, 印发 lines, attachments, organisation names. */
import { describe, expect, it } from 'vitest';
import {
  isNumberedItem,
  isOrganizationName,
  isPrintLine,
  matchAttachment,
  matchDistribution,
  stripNumbering,
} from '../../../lib/bulletin/distribution';

describe('matchDistribution', () => {
  it.each([
    ['报：河南省委党史学习教育领导小组办公室。', '报', '河南省委党史学习教育领导小组办公室。'],
    ['送：省科协机关各部室', '送', '省科协机关各部室'],
    ['发：各省辖市科协', '发', '各省辖市科协'],
    ['抄送：省委办公厅，省政府办公厅。', '抄送', '省委办公厅，省政府办公厅。'],
    ['主送：各市人民政府：', '主送', '各市人民政府：'],
    ['抄报: 中国科协', '抄报', '中国科协'],
    ['报 ：中国科协', '报', '中国科协'],
  ])('%j -> %s / %j', (input, label, recipients) => {
    expect(matchDistribution(input)).toEqual({ label, recipients });
  });

  it.each([['报告指出，要加强领导。'], ['送温暖活动'], ['发展新局面'], ['据报：今年增长'], ['']])('%j is no distribution line', (input) => {
    expect(matchDistribution(input)).toBeNull();
  });
});

describe('isPrintLine', () => {
  it.each([
    ['河南省科协办公室 2021年3月22日印发', true],
    ['党史学习教育领导小组办公室 2021年3月22日印发', true],
    ['（共印20份）', true],
    ['共印 50 份', true],
    ['印发《实施方案》的通知要求各地', false],
    ['会议要求，全省科协系统要落细落实任务。', false],
  ])('%j -> %s', (input, expected) => {
    expect(isPrintLine(input)).toBe(expected);
  });
});

describe('matchAttachment', () => {
  it.each([
    ['附件：1.党史学习教育学习材料目录', '党史学习教育学习材料目录'],
    ['附件：活动安排表', '活动安排表'],
    ['附件1：报名表', '报名表'],
    ['附件2.日程安排', '日程安排'],
    ['附件：', ''],
    ['附件', ''],
    ['附 件：名单', '名单'],
  ])('%j -> %j', (input, expected) => {
    expect(matchAttachment(input)).toBe(expected);
  });

  it.each([['附件中的数据有误'], ['会议附件'], ['']])('%j is no attachment line', (input) => {
    expect(matchAttachment(input)).toBeNull();
  });
});

describe('numbered items and organisations', () => {
  it.each([
    ['2.活动安排表', true],
    ['3、报名表', true],
    ['10. 日程', true],
    ['2.要加强领导。', false],
    ['2021年3月', false],
  ])('isNumberedItem(%j) -> %s', (input, expected) => {
    expect(isNumberedItem(input)).toBe(expected);
  });

  it('strips numbering', () => {
    expect(stripNumbering('2. 活动安排表')).toBe('活动安排表');
  });

  it.each([
    ['党史学习教育领导小组办公室', true],
    ['河南省科学技术协会', true],
    ['中共河南省委组织部', true],
    ['河南省人民政府', true],
    ['省科协', true],
    ['会议指出，要提高政治站位', false],
    ['动员大会开始前', false],
    ['办', false],
  ])('isOrganizationName(%j) -> %s', (input, expected) => {
    expect(isOrganizationName(input)).toBe(expected);
  });
});
