/** parseMastheadLine: 报头 lines (name, issue, office, date); titles are not masthead. */
import { describe, expect, it } from 'vitest';
import { parseMastheadLine } from '../../../lib/bulletin/masthead';

describe('parseMastheadLine', () => {
  it.each([
    ['党史学习教育领导小组办公室 2021 年 3 月 22 日', { issuer: '党史学习教育领导小组办公室', date: '2021-03-22' }],
    ['党史学习教育领导小组办公室\u3000\u30002021年3月22日', { issuer: '党史学习教育领导小组办公室', date: '2021-03-22' }],
    ['党史学习教育简报', { bulletinName: '党史学习教育简报' }],
    ['工作简报', { bulletinName: '工作简报' }],
    ['河南科协工作动态', { bulletinName: '河南科协工作动态' }],
    ['第12期', { issueNumber: '第12期' }],
    ['第 12 期', { issueNumber: '第12期' }],
    ['〔2021〕3号', { issueNumber: '〔2021〕3号' }],
    ['总第120期', { issueNumber: '总第120期' }],
    ['第12期（总第120期）', { issueNumber: '第12期（总第120期）' }],
    ['2021年第3期', { issueNumber: '2021年第3期' }],
    ['第十二期', { issueNumber: '第十二期' }],
    ['党史学习教育简报 第 3 期', { bulletinName: '党史学习教育简报', issueNumber: '第3期' }],
    ['编印单位：河南省科协办公室', { issuer: '河南省科协办公室' }],
    ['主办：省委办公厅', { issuer: '省委办公厅' }],
    ['河南省科协办公室编 2021年3月22日', { issuer: '河南省科协办公室', date: '2021-03-22' }],
    ['第3期 河南省科协办公室 2021年3月22日', { issueNumber: '第3期', issuer: '河南省科协办公室', date: '2021-03-22' }],
    ['二〇二一年三月二十二日', { date: '2021-03-22' }],
    ['内部资料 注意保存', {}],
    ['★', {}],
    ['——————————', {}],
  ])('%j', (input, expected) => {
    expect(parseMastheadLine(input)).toEqual(expected);
  });

  it.each([
    ['河南省科协召开党史学习教育动员大会'],
    ['关于2021年第一季度安全生产情况的通报'],
    ['会议指出，要提高政治站位。'],
    ['3月18日，河南省科协召开党史学习教育动员大会，深入学习。'],
    [''],
  ])('%j is not masthead', (input) => {
    expect(parseMastheadLine(input)).toBeNull();
  });
});
