/** joinWrappedLines on hand-made cases: each signal of a paragraph break, and pass-through. */
import { describe, expect, it } from 'vitest';
import { analyzeWrapping, joinWrappedLines } from '../../../lib/text/join-lines';
import { endsSentence, measureWidth } from '../../../lib/text/cjk';
import { startShape } from '../../../lib/text/boundary-model';
import { findBarePageNumbers, findRunningHeaders, isPageNumberLine } from '../../../lib/text/page-furniture';

/** Hard-wraps paragraphs at `width` characters, first lines 2 short (all Han input). */
function wrap(paragraphs: string[], width: number): string[] {
  const out: string[] = [];
  for (const p of paragraphs) {
    let rest = p;
    let limit = width - 2;
    while (rest.length > 0) {
      out.push(rest.slice(0, limit));
      rest = rest.slice(limit);
      limit = width;
    }
  }
  return out;
}

const P1 = '会议指出，要提高政治站位，充分认识开展党史学习教育的重大意义。在全党开展党史学习教育，是在中国共产党迎来百年华诞的重大时刻，党中央作出的重大决策。';
const P2 = '会议强调，站在新的历史起点上，要把党史学习教育激发的精神力量化为科协组织履行新使命的强大动力，团结带领广大科技工作者凝心聚力。';
const P3 = '会议要求，要把牢党史学习教育正确方向，把握好开展党史学习教育的总体要求和学习内容，做到学史明理、学史增信、学史崇德、学史力行。';

describe('joinWrappedLines', () => {
  it.each([20, 24, 28, 32])('rejoins paragraphs wrapped at %i', (width) => {
    const lines = wrap([P1, P2, P3], width);
    expect(analyzeWrapping(lines)).toMatchObject({ wrapped: true, width });
    expect(joinWrappedLines(lines)).toEqual([P1, P2, P3]);
  });

  it('treats blank lines after every line as layout', () => {
    const lines = wrap([P1, P2, P3], 28).flatMap((l) => [l, '']);
    expect(joinWrappedLines(lines)).toEqual([P1, P2, P3]);
  });

  it('treats an extra blank line as a paragraph break when blank lines are layout', () => {
    const [a, b] = [wrap([P1], 28), wrap([P2 + P3], 28)];
    const lines = [...a.flatMap((l) => [l, '']), '', ...b.flatMap((l) => [l, ''])];
    expect(joinWrappedLines(lines)).toHaveLength(2);
  });

  it('treats blank lines as paragraph breaks when they only come between paragraphs', () => {
    const lines = [...wrap([P1], 28), '', ...wrap([P2], 28), '', ...wrap([P3], 28)];
    expect(joinWrappedLines(lines)).toEqual([P1, P2, P3]);
  });

  it('ignores a single leading space on page-top lines', () => {
    const lines = wrap([P1, P2, P3], 28).map((l, i) => (i === 4 ? ` ${l}` : l));
    expect(joinWrappedLines(lines)).toEqual([P1, P2, P3]);
  });

  it('uses kept U+3000 indents as paragraph starts', () => {
    const lines = wrap([P1, P2, P3], 28).map((l) => ([P1, P2, P3].some((p) => p.startsWith(l)) ? `\u3000\u3000${l}` : l));
    expect(joinWrappedLines(lines)).toEqual([P1, P2, P3]);
  });

  it('drops page numbers and keeps headings apart from the next paragraph', () => {
    const lines = ['一、总体要求', ...wrap([P1], 28), '- 2 -', ...wrap([P2], 28), '（一）加强组织领导', ...wrap([P3], 28)];
    expect(joinWrappedLines(lines)).toEqual(['一、总体要求', P1, P2, '（一）加强组织领导', P3]);
  });

  it('keeps a heading apart when the paragraph before it ends a sentence exactly at the margin', () => {
    const full = `${P1.slice(0, 53)}。`; // 26 + 28 characters: its last line is full
    const heading = '“云端”连线练琴是最快乐的时光';
    const lines = [...wrap([full], 28), heading, ...wrap([P2], 28)];
    expect(joinWrappedLines(lines)).toEqual([full, heading, P2]);
  });

  it('joins a short sentence-ending line onto a full line that ended a sentence (the paragraph\'s last line)', () => {
    const p = `${P1.slice(0, 53)}。${P2.slice(0, 9)}。`; // 26 + 28 + a 10-character last line
    const lines = [...wrap([p], 28), ...wrap([P3], 28)];
    expect(joinWrappedLines(lines)).toEqual([p, P3]);
  });

  it('joins Latin words across a line break with a space, CJK without', () => {
    // 'Intelligence' (6 em) did not fit in the 1 em left on the first line: no paragraph end.
    const lines = [
      '会议邀请了来自麻省理工学院的专家，就 Artificial',
      'Intelligence 的最新研究进展作了专题报告，与会人员进行',
      '了深入交流。',
      ...wrap([P1, P2], 26),
    ];
    expect(joinWrappedLines(lines)).toEqual([
      '会议邀请了来自麻省理工学院的专家，就 Artificial Intelligence 的最新研究进展作了专题报告，与会人员进行了深入交流。',
      P1,
      P2,
    ]);
  });

  it('joins Latin text broken after a word\'s punctuation with the space the break took', () => {
    // A printer breaks Latin text only at spaces: `Ballroom,` / `Dallas` lost one.
    const a = ["2014年12月14日在美国Gilley's Southside Ballroom,", 'Dallas举行，演出门票在开售当天就售罄，主办方临时加开一场', '演出。'];
    const b = ['[3]周仕仁.物流配送模式研究[J].物流科技，2011(11):', '56-58.'];
    const c = ['会议邀请了来自澳门特别行政区的专家作专题报告，介绍了', '巡演的筹备情况和各站的票务安排，主题为"AT THE MOMENT"', 'IN MACAU，与会人员进行了深入交流。'];
    const lines = [...wrap([P1], 28), ...a, ...b, ...c, ...wrap([P2, P3], 28)];
    expect(joinWrappedLines(lines)).toEqual([
      P1,
      `${a[0]} ${a[1]}${a[2]}`,
      `${b[0]} ${b[1]}`,
      `${c[0]}${c[1]} ${c[2]}`,
      P2,
      P3,
    ]);
  });

  it('passes through text that is already one paragraph per line', () => {
    const lines = [P1, '', P2 + P3, '短标题', P3];
    expect(analyzeWrapping(lines).wrapped).toBe(false);
    expect(joinWrappedLines(lines)).toEqual([P1, P2 + P3, '短标题', P3]);
  });

  it('reads the column from a rare full line when nearly every paragraph is one first line and a short rest', () => {
    // Items of two lines: first lines (26) far outnumber full lines (28), and each follows a
    // line ended well short of it, so it starts a paragraph: the column is 28, not 26.
    // One-line items of 24 em would pass for first lines of a 26 em column.
    const items = Array.from({ length: 12 }, (_, i) => (i % 3 ? `${P1.slice(i, i + 26)}${P2.slice(i, i + 5)}` : P3.slice(i, i + 24)));
    const lines = wrap([...items, P3], 28);
    expect(analyzeWrapping(lines)).toMatchObject({ wrapped: true, width: 28 });
    expect(joinWrappedLines(lines)).toEqual([...items, P3]);
  });

  it('keeps a bare note (a verse reference) with the sentence it follows', () => {
    const p = `${P1.slice(0, 53)}。（罗 12:2）`; // a full last line, then the note alone
    const lines = [...wrap([p.slice(0, 54)], 28), '（罗 12:2）', ...wrap([P2], 28)];
    expect(joinWrappedLines(lines)).toEqual([p, P2]);
  });

  it('joins a line that starts with a closing mark onto the full line before, sentence ended or not', () => {
    // The stop hangs in the margin of a full line; the closing quote went to the next line.
    const quote = `“${P3.slice(0, 53)}。`; // 26 + 28 + the hanging stop
    const lines = [...wrap([P1], 28), quote.slice(0, 26), quote.slice(26), '”（诗103:2）', ...wrap([P2], 28)];
    expect(joinWrappedLines(lines)).toEqual([P1, `${quote}”（诗103:2）`, P2]);
  });

  it('joins a line wider than a first line can be onto a full line that ended a sentence', () => {
    // 26.5 em, no mark hanging in the margin: over the 26 em of a first line, so a middle line.
    const p = [P1.slice(0, 26), `${P2.slice(0, 27)}。`, `${P3.slice(0, 26)}5`, '年来首次。'];
    const lines = [...wrap([P1], 28), ...p, ...wrap([P2, P3], 28)];
    expect(joinWrappedLines(lines)).toEqual([P1, p.join(''), P2, P3]);
  });

  it('breaks before a first line whose comma hangs in the margin, after a sentence that ended at the margin', () => {
    const p = [P1.slice(0, 26), `${P2.slice(0, 27)}。`]; // ends a sentence on a full line
    const q = [`${P3.slice(0, 26)}，`, `${P2.slice(0, 20)}。`]; // 26 + the hanging comma: 27 em
    const lines = [...wrap([P1], 28), ...p, ...q, ...wrap([P2], 28)];
    expect(joinWrappedLines(lines)).toEqual([P1, p.join(''), q.join(''), P2]);
  });

  it('breaks before a numbered item after a sentence that ends on a quote in a quote and its note', () => {
    const quote = `“${P3.slice(0, 24)}‘${P1.slice(0, 20)}。’”（徒 22:14 ）`; // 26 + 28.5 em
    const lines = [...wrap([P1], 28), quote.slice(0, 26), quote.slice(26), '2.明白神的旨意是神的应许：', ...wrap([P2], 28)];
    expect(joinWrappedLines(lines)).toEqual([P1, quote, '2.明白神的旨意是神的应许：', P2]);
  });

  it('keeps a one-line question apart after an answer that ended at the margin, when the document\'s paragraphs start that way', () => {
    // An interview: questions of one line, long answers, every paragraph starting `X：`.
    const turns = Array.from({ length: 12 }, (_, i) => [`记者：请您谈谈第${'一二三四五六七八九十'[i % 10]}个方面的情况？`, `李金泽：${[P1, P2, P3][i % 3]}${[P2, P3, P1][i % 3]}`]).flat();
    const last = `李金泽：${P2.slice(0, 49)}。`; // 26 + 28: ends a sentence exactly at the margin
    const paragraphs = [...turns, last, '记者：下一步有什么打算？', turns[1]!];
    expect(joinWrappedLines(wrap(paragraphs, 28))).toEqual(paragraphs);
    // Without that evidence, a short line ending a sentence after it is the paragraph's last line.
    expect(joinWrappedLines(wrap([P1, `${last}${P3.slice(0, 9)}。`, P2], 28))).toEqual([P1, `${last}${P3.slice(0, 9)}。`, P2]);
  });

  it('joins a line that ends on a range mark (1987~ / 1997)', () => {
    const first = `${P1.slice(0, 23)}1987~`; // 25.5 em of a 26 em first line
    const lines = [...wrap([P1, P2], 28), first, `1997${P2.slice(0, 8)}`, ...wrap([P3], 28)];
    expect(joinWrappedLines(lines)).toEqual([P1, P2, `${first}1997${P2.slice(0, 8)}`, P3]);
  });

  it('reads the column from paragraph starts when squeezed lines one em over it outnumber full ones', () => {
    // Punctuation-heavy text: most middle lines hold one character more than the column (29).
    const text = (P1 + P2 + P3).repeat(2);
    const paragraphs = [0, 1, 2, 3, 4].map((k) => text.slice(k * 30, k * 30 + 26 + 29 + 29 + 28 + 29 + 8));
    const lines = paragraphs.flatMap((p) => [26, 29, 29, 28, 29, 8].map((n, i, all) => p.slice(all.slice(0, i).reduce((x, y) => x + y, 0)).slice(0, n)));
    expect(analyzeWrapping(lines)).toMatchObject({ wrapped: true, width: 28 });
    expect(joinWrappedLines(lines)).toEqual(paragraphs);
  });

  it('joins a line that starts with the unit of the number the line before ended with, room or not', () => {
    const first = `${P1.slice(0, 16)}对中国1993-2003`; // 23.5 em of 26: room left, yet no paragraph starts with 年
    const lines = [...wrap([P1, P2], 28), first, `年${P3.slice(0, 8)}`, ...wrap([P3], 28)];
    expect(joinWrappedLines(lines)).toEqual([P1, P2, `${first}年${P3.slice(0, 8)}`, P3]);
  });

  it('ends a first line that left room for the next character, one em short of its column', () => {
    const item = P2.slice(0, 25); // first-line column 26: room for one more character
    const lines = wrap([P1, item, P3], 28);
    expect(joinWrappedLines(lines)).toEqual([P1, item, P3]);
  });

  it('counts the space before a Latin word when judging whether it fitted', () => {
    // 'Man' (1.5 em) plus its space (0.5 em) did not fit in the 1.5 em left on the first line.
    const first = `${P1.slice(0, 21)}Running`;
    const p = `${first} Man${P2}`;
    const lines = [...wrap([P1], 28), first, `Man${P2.slice(0, 26)}`, P2.slice(26, 54), P2.slice(54), ...wrap([P3], 28)];
    expect(joinWrappedLines(lines)).toEqual([P1, p, P3]);
  });

  it('breaks before an item that starts like the items before it, after one that filled its line', () => {
    const items = [
      '评论人：蒋殿春（南开大学）李坤望（南开）',
      '陈谦勤（华南理工大学）价格信息发布、消费者偏好差异与价格离中现象',
      '古志辉（南开大学）博弈均衡的两个扩展',
      '黄孝武（中南财经政法大学）论信任的分配功能：一个初步分析',
      '朱希伟（浙江大学）规模经济、中间产品与贸易', // fills its first line exactly
      '陈卫平（中国人民大学）中国加工食品产业内贸易的发展现状与决定因素分析',
      '伍超明（南开大学）货币流通速度的再认识：虚拟经济与实体经济关系的分析',
    ];
    expect(joinWrappedLines(wrap([P1, P2, ...items], 24))).toEqual([P1, P2, ...items]);
  });

  it.each([[[]], [['']], [['  ', '\u3000']], [['只有一行']]])('copes with %j', (lines) => {
    expect(joinWrappedLines(lines)).toEqual(lines.map((l) => l.trim()).filter(Boolean));
  });

  it('recovers distribution recipients wrapped over two lines', () => {
    const lines = [
      ...wrap([P1, P2, P3], 28),
      '报：河南省委党史学习教育领导小组办公室，中国科协党史学习教育',
      '领导小组办公室，省科协领导。',
      '送：省科协机关各部室。',
    ];
    expect(joinWrappedLines(lines).slice(-2)).toEqual([
      '报：河南省委党史学习教育领导小组办公室，中国科协党史学习教育领导小组办公室，省科协领导。',
      '送：省科协机关各部室。',
    ]);
  });
});

describe('line helpers', () => {
  it.each([
    ['陈卫平（中国人民大学）中国', 'H（H'],
    ['陶 江（南开大学）', 'H（H'],
    ['2016 年 7 月，金锺国', 'DHD'],
    ['Urban Works娱乐（2014年', 'LH（'],
    ['（一）总体要求', '（H）'],
    ['', ''],
  ])('startShape(%j) = %j', (s, shape) => {
    expect(startShape(s)).toBe(shape);
  });

  it.each([
    ['河南省科协', 5],
    ['2021年', 3],
    ['2021 年', 3],
    ['Hello world', 5.5],
    ['张三 李四', 4.5],
    ['“最美”', 4],
    ['', 0],
  ])('measureWidth(%j) = %d', (s, w) => {
    expect(measureWidth(s)).toBe(w);
  });

  it.each([
    ['政治站位。', true],
    ['[13]李锋.我国C2C电子商务模式的发展现状及对策分析[J].', false],
    ['[1]章炳林.物流配送问题研究[D]: [硕士学位论文].', true],
    ['安徽农业科学，2006, 34(20): 5439-5440.', true],
    ['“两个维护”。', true],
    ['他说：“好。”', true],
    ['不负“最美”', false],
    ['组织专题培训，', false],
    ['Hello.', true],
    ['“不要作糊涂人，要明白主的旨意如何。”（弗5:17）', true],
    ['“他又说：‘叫你明白他的旨意。’”（徒 22:14 ）', true],
    ['一路前行。（完）', true],
    ['会议（2021年3月）', false],
    ['', false],
  ])('endsSentence(%j) = %s', (s, expected) => {
    expect(endsSentence(s)).toBe(expected);
  });

  it.each([
    ['- 2 -', true],
    ['— 12 —', true],
    ['－3－', true],
    ['第2页', true],
    ['第 2 页 共 5 页', true],
    ['2/5', true],
    ['2', false],
    ['2021年', false],
  ])('isPageNumberLine(%j) = %s', (s, expected) => {
    expect(isPageNumberLine(s)).toBe(expected);
  });

  it('finds lone page numbers only when they count up at a page-like period', () => {
    const lines = Array.from({ length: 70 }, (_, i) => (i === 20 ? '2' : i === 40 ? '3' : i === 60 ? '4' : i === 5 ? '7' : '正文'));
    expect([...findBarePageNumbers(lines)]).toEqual([20, 40, 60]);
    expect(findBarePageNumbers(['正文', '7', '正文']).size).toBe(0);
  });

  it('finds running headers that recur at a page period, not repeated captions', () => {
    const lines = Array.from({ length: 90 }, (_, i) => (i % 30 === 0 ? '党史学习教育简报' : i % 7 === 0 ? '图片说明' : '正文'));
    expect([...findRunningHeaders(lines)]).toEqual(['党史学习教育简报']);
  });
});
