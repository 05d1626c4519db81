/** matchHeading: the official hierarchy 一、 （一） 1. （1）, standalone and run-in. */
import { describe, expect, it } from 'vitest';
import { matchHeading } from '../../../lib/bulletin/headings';

describe('matchHeading', () => {
  it.each([
    ['一、总体要求', 1, '一、总体要求', false],
    ['十二、其他事项', 1, '十二、其他事项', false],
    ['二十一、附则', 1, '二十一、附则', false],
    ['（一）加强组织领导', 2, '（一）加强组织领导', false],
    ['(二)强化宣传引导', 2, '(二)强化宣传引导', false],
    ['（十）其他', 2, '（十）其他', false],
    ['1.提高政治站位', 3, '1.提高政治站位', false],
    ['2．落细落实任务', 3, '2．落细落实任务', false],
    ['3、精心组织实施', 3, '3、精心组织实施', false],
    ['12.附则', 3, '12.附则', false],
    ['（1）专题培训', 4, '（1）专题培训', false],
    ['(2)实践活动', 4, '(2)实践活动', false],
    ['一、总体要求。', 1, '一、总体要求', false],
    ['（一）加强组织领导。各地要高度重视，切实加强领导。', 2, '（一）加强组织领导', true],
    ['1.抓好理论武装。要组织专题培训。', 3, '1.抓好理论武装', true],
    ['（2）开展实践活动；结合实际开展。', 4, '（2）开展实践活动', true],
  ])('%j -> level %i %j (run-in %s)', (input, level, text, runIn) => {
    expect(matchHeading(input)).toEqual({ level, text, runIn });
  });

  it.each([
    ['会议指出，要提高政治站位。'],
    ['1.5倍的增长'],
    ['2021年3月22日'],
    ['一、'],
    ['（一）'],
    ['1.会议指出，要提高政治站位，充分认识开展党史学习教育的重大意义，在全党开展党史学习教育是在中国共产党迎来百年华诞的重大时刻。'],
    ['一方面，要充分认识。'],
    ['十分重要。'],
    [''],
  ])('%j is no heading', (input) => {
    expect(matchHeading(input)).toBeNull();
  });
});
