import { describe, expect, it } from 'vitest';
import { readTitleSuffix, stripTitleSuffix } from '../../../lib/extract/title';

describe('stripTitleSuffix', () => {
  it.each([
    ['河南省科协召开党史学习教育动员大会_工作动态_河南省科学技术协会', '河南省科协召开党史学习教育动员大会'],
    ['国务院常务会议部署稳就业工作 - 新华网', '国务院常务会议部署稳就业工作'],
    ['国务院常务会议部署稳就业工作 — 中国政府网', '国务院常务会议部署稳就业工作'],
    ['国务院常务会议部署稳就业工作|中国政府网', '国务院常务会议部署稳就业工作'],
    ['国务院常务会议部署稳就业工作｜中国政府网', '国务院常务会议部署稳就业工作'],
    ['国务院常务会议部署稳就业工作-人民网', '国务院常务会议部署稳就业工作'],
    ['宇航员在太空中喝酒会怎么样？后果很严重 _探索者 _光明网', '宇航员在太空中喝酒会怎么样？后果很严重'],
    // Dashes inside a title stay: 2021-2025 and 副标题 dashes are not separators.
    ['“十四五”规划（2021-2025年）解读', '“十四五”规划（2021-2025年）解读'],
    ['奋力谱写新篇章——记全省科协系统', '奋力谱写新篇章——记全省科协系统'],
    ['党史学习教育简报', '党史学习教育简报'],
    ['朋友，请正确客观认识凉山、西昌！错误信息[麻辣社区]', '朋友，请正确客观认识凉山、西昌！错误信息'],
    ['欲張りなイヌ＜某某童话网＞', '欲張りなイヌ'],
    // A bracketed tail that names no site is part of the title.
    ['【太行山上】【DVDSCR-RMVB】', '【太行山上】【DVDSCR-RMVB】'],
    ['日本无性婚姻问题严重（图）', '日本无性婚姻问题严重（图）'],
  ])('%s -> %s', (raw, want) => {
    expect(stripTitleSuffix(raw)).toBe(want);
  });

  it('removes a site name glued on without a separator', () => {
    expect(stripTitleSuffix('市政府召开常务会议某某市人民政府', '某某市人民政府')).toBe('市政府召开常务会议');
  });

  it('readTitleSuffix returns the site part or null', () => {
    expect(readTitleSuffix('标题_栏目_河南省科学技术协会')).toBe('河南省科学技术协会');
    expect(readTitleSuffix('一个没有后缀的标题')).toBeNull();
    expect(readTitleSuffix('错误信息[麻辣社区]')).toBe('麻辣社区');
    expect(readTitleSuffix('【太行山上】【DVDSCR-RMVB】')).toBeNull();
  });
});
