/** isBoilerplateLine: page chrome recognised, bulletin sentences left alone. */
import { describe, expect, it } from 'vitest';
import { isBoilerplateLine, stripBoilerplateTokens } from '../../../lib/bulletin/boilerplate';

describe('isBoilerplateLine', () => {
  it.each([
    ['【字体：大 中 小】'],
    ['【字体：大中小】'],
    ['字号：大 中 小'],
    ['[ 大 中 小 ]'],
    ['打印本页'],
    ['【打印本页】【关闭窗口】'],
    ['打印本页\u3000关闭窗口'],
    ['分享到：'],
    ['分享到： 微信 微博 QQ空间'],
    ['扫一扫在手机打开当前页'],
    ['上一篇：省科协召开2021年全省科协工作会议'],
    ['下一篇：省科协机关开展义务植树活动'],
    ['相关链接'],
    ['相关链接：'],
    ['当前位置：首页 > 工作动态'],
    ['您现在的位置：首页 >> 新闻中心'],
    ['首页 > 工作动态 > 正文'],
    ['返回顶部'],
    ['【收藏】【打印】【关闭】'],
    ['版权所有：河南省科学技术协会'],
    ['主办单位：河南省科学技术协会\u3000地址：郑州市郑东新区'],
    ['豫ICP备05006435号-1'],
    ['第1页/共1页<<上一页|下一页>>'],
    ['第 2 页 共 5 页'],
    ['您是本文第154个阅览者'],
    ['（本文发表于首页批评与建议，已被阅读178次）'],
  ])('%j is chrome', (input) => {
    expect(isBoilerplateLine(input)).toBe(true);
  });

  it.each([
    ['会议要求，全省科协系统要落细落实任务。'],
    ['请大家关闭手机'],
    ['打印机采购项目公示'],
    ['大中小学生'],
    ['第1页记录了共有多少页的说明'],
    ['这本书已被阅读100次以上，仍然值得再读'],
    ['党史学习教育领导小组办公室 2021 年 3 月 22 日'],
    ['报：河南省委党史学习教育领导小组办公室。'],
    ['——'],
    [''],
  ])('%j is not chrome', (input) => {
    expect(isBoilerplateLine(input)).toBe(false);
  });

  it('strips chrome tokens from a metadata line', () => {
    expect(stripBoilerplateTokens('发布时间：2021-03-22 【字体：大 中 小】 【打印本页】')).toBe('发布时间：2021-03-22');
  });
});
