/** normalizeSpacing / normalizePunctuation / squashesTo: the spacing and punctuation rules, case by case. */
import { describe, expect, it } from 'vitest';
import { foldSpaces, normalizePunctuation, normalizeSpacing, squashesTo, squashSpaces } from '../../../lib/text/spacing';

describe('normalizeSpacing', () => {
  it.each([
    ['2021 年 3 月 22 日', '2021年3月22日'],
    ['建党 100 周年', '建党100周年'],
    ['第 12 期', '第12期'],
    ['共印 20 份', '共印20份'],
    ['使用 Python 编程', '使用Python编程'],
    ['ABC 公司与 XYZ 集团', 'ABC公司与XYZ集团'],
    ['Hello world', 'Hello world'],
    ['Running Man 成员', 'Running Man成员'],
    ['Visual Basic .NET 语言', 'Visual Basic .NET语言'],
    ['\u3000\u3000会议指出，要提高政治站位。', '会议指出，要提高政治站位。'],
    ['党史学习教育\u00a0\u00a0简报', '党史学习教育 简报'],
    ['a\u3000b', 'a b'],
    ['  两端空格  ', '两端空格'],
    ['多个    空格', '多个 空格'],
    ['会议指出 ，要 “四个意识” 。', '会议指出，要“四个意识”。'],
    ['（ 一 ）加强领导', '（一）加强领导'],
    ['张三 李四 王五', '张三 李四 王五'],
    ['会 议 指 出', '会议指出'],
    ['【字体：大 中 小】', '【字体：大 中 小】'],
    ['零宽\u200b字符\ufeff', '零宽字符'],
    ['3.5 亿元', '3.5亿元'],
    ['增长 12.5 %', '增长12.5 %'],
    ['', ''],
  ])('%j -> %j', (input, expected) => {
    expect(normalizeSpacing(input)).toBe(expected);
  });

  it.each([
    ['中国,北京', '中国，北京'],
    ['来源:新华社', '来源：新华社'],
    ['来源: 新华社', '来源：新华社'],
    ['真的吗?是的!', '真的吗？是的！'],
    ['甲;乙', '甲；乙'],
    ['(一)加强领导', '（一）加强领导'],
    ['(1)做好准备', '（1）做好准备'],
    ['中国科协(CAST)成立', '中国科协（CAST）成立'],
    ['1,000 元', '1,000元'],
    ['10:30 开会', '10:30开会'],
    ['see (page 2) here', 'see (page 2) here'],
    ['a,b', 'a,b'],
  ])('punctuation in CJK context %j -> %j', (input, expected) => {
    expect(normalizeSpacing(input)).toBe(expected);
  });

  it('keeps newlines and drops the spaces around them', () => {
    expect(normalizeSpacing('第一行 \n 第二行')).toBe('第一行\n第二行');
  });

  it('is idempotent', () => {
    for (const s of ['（河北）,2004 年', 'Tur-v (Turbo（金锺国）、UV) b', '2021 年 3 月 22 日 10 : 30', '(1a) 微观经济学']) {
      const once = normalizeSpacing(s);
      expect(normalizeSpacing(once)).toBe(once);
    }
  });

  it('is linear on a long input', () => {
    const s = '建党 100 周年，'.repeat(200_000);
    const out = normalizeSpacing(s);
    expect(out.length).toBe('建党100周年，'.length * 200_000);
  });
});

describe('foldSpaces / normalizePunctuation', () => {
  it('folds U+3000, NBSP, thin spaces and tabs to ASCII spaces without trimming', () => {
    expect(foldSpaces('\u3000a\u00a0b\u2009c\td ')).toBe(' a b c d ');
  });
  it('leaves Latin punctuation alone', () => {
    expect(normalizePunctuation('Hello, world: yes; no? ok!')).toBe('Hello, world: yes; no? ok!');
  });
});

describe('squashesTo', () => {
  it('is squashSpaces(line) === key, whatever the whitespace', () => {
    const key = squashSpaces('关于 开展 党史学习教育的通知');
    for (const line of ['关于开展党史学习教育的通知', ' 关于 开展\u3000党史学习教育的通知\u00a0', '关 于 开 展 党 史 学 习 教 育 的 通 知']) {
      expect(squashesTo(line, key)).toBe(true);
    }
    for (const line of ['关于开展党史学习教育', '关于开展党史学习教育的通知。', '转发关于开展党史学习教育的通知', '', '   ']) {
      expect(squashesTo(line, key)).toBe(squashSpaces(line) === key);
      expect(squashesTo(line, key)).toBe(false);
    }
    expect(squashesTo(' \u3000 ', '')).toBe(true);
    expect(squashesTo('字', '')).toBe(false);
  });
});
