import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkTemplate, Lazy, Markup, renderTemplate, type TemplateContext } from '../../../lib/export/template';
import { blockText, lexBody } from './parse-export';

function render(source: string, context: TemplateContext = {}): string {
  const r = renderTemplate(source, context);
  if (!r.ok) throw new Error(r.error.detail);
  return r.value;
}

describe('renderTemplate: values and filters', () => {
  const ctx = {
    title: '学习简报',
    date: '2021-03-22',
    published: '2021-03-22 09:05:07',
    exported: new Date(2026, 10, 29, 20, 0, 0),
    created: Date.UTC(2026, 0, 1),
    tags: ['党史', '学习'],
    empty: '',
    none: null,
    n: 3,
    h: { text: '摘录', note: '', nested: { deep: '深' } },
  };
  it.each([
    ['{{ title }}', '学习简报'],
    ['{{title}}-{{ n }}', '学习简报-3'],
    ['{{ date | date:"YYYY年M月D日" }}', '2021年3月22日'],
    ['{{ published | date:"YY/MM/DD HH:mm:ss" }}', '21/03/22 09:05:07'],
    ['{{ exported | date:"YYYY-MM-DD H时" }}', '2026-11-29 20时'],
    ['{{ "not a date" | date }}', 'not a date'],
    ['{{ none | date }}', ''],
    ['{{ empty | default:"无" }}|{{ none | default:"无" }}|{{ title | default:"无" }}', '无|无|学习简报'],
    ['{{ "abc" | upper }}{{ "XY" | lower }}', 'ABCxy'],
    ['{{ tags | join:" / " }}|{{ tags }}|{{ tags | join }}', '党史 / 学习|党史、学习|党史、学习'],
    ['{{ tags | first }}{{ tags | last }}{{ tags | size }}{{ title | size }}', '党史学习24'],
    ['{{ "一二三四五" | truncate:3 }}|{{ "一二" | truncate:3 }}|{{ "abcdef" | truncate:2,"..." }}', '一二三…|一二|ab...'],
    ['{{ title | replace:"简报","笔记" }}', '学习笔记'],
    ['{{ h.nested.deep }}{{ h.note }}', '深'],
    ["{{ 'single' }} {{ 1.5 }} {{ true }}", 'single 1.5 true'],
    ['{{ "# 标题\\n- 项" | quote }}', '> \\# 标题\\\n> \\- 项'],
    ['{{ "要点" | callout:"tip","提示 *一*" }}', '> [!tip] 提示 \\*一\\*\n> 要点'],
    ['{{ "*x*" | raw }}|{{ "*x*" | escape }}|{{ "*x*" }}', '*x*|\\*x\\*|\\*x\\*'],
    ['{{ "a: b" | yaml }} {{ tags | yaml }}', '"a: b" [ "党史", "学习" ]'],
  ])('%s', (source, expected) => {
    expect(render(source, ctx)).toBe(expected);
  });

  it('computes lazy values only when read, once', () => {
    let calls = 0;
    const body = new Lazy(() => (calls++, new Markup('**正文**')));
    const doc = new Lazy(() => ({ title: '内' }));
    expect(render('{{ title }}', { title: 't', body })).toBe('t');
    expect(calls).toBe(0);
    expect(render('{{ body }}{% if body %}|{{ body }}{% endif %}|{{ doc.title }}', { body, doc })).toBe('**正文**|**正文**|内');
    expect(calls).toBe(1);
  });

  it('escapes values as Markdown by default so they cannot add structure', () => {
    const value = '# 标题\n- 列表\n> 引用\n| a | b |\n---\n<b>x</b> [l](u)';
    const tokens = lexBody(render('前文\n\n{{ v }}\n\n后文', { v: value }));
    expect(tokens.map((t) => t.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(blockText(tokens[1]!)).toBe(value);
  });

  it.each([
    ['# {{ v }}', '# 第一行 第二行'],
    ['1. {{ v }}', '1. 第一行\\\n   第二行'],
    ['- a：{{ v }}', '- a：第一行\\\n  第二行'],
    ['> {{ v }}', '> 第一行\\\n> 第二行'],
    ['> 1. {{ v }}', '> 1. 第一行\\\n>    第二行'],
    ['正文{{ v }}', '正文第一行\\\n第二行'],
  ])('fits a multi-line value to its line: %j', (source, expected) => {
    expect(render(source, { v: '第一行\n第二行' })).toBe(expected);
  });

  it('escapes values as YAML inside the template’s own front matter', () => {
    const v = 'title: "引号" # 注释\n---\n- 列表';
    const out = render('---\ntitle: {{ v }}\ntags: {{ tags }}\nwhen: {{ d }}\nnone: {{ n }}\n---\n\n# {{ v }}\n', {
      v,
      tags: ['a b', '#c'],
      d: new Date(2026, 10, 29, 8, 0, 0),
      n: null,
    });
    const [, fm] = /^---\n([\s\S]*?)\n---\n/.exec(out)!;
    expect(parse(fm!)).toEqual({ title: v, tags: ['a b', '#c'], when: expect.stringMatching(/^2026-11-29T08:00:00[+-]\d\d:\d\d$/), none: null });
  });
});

describe('renderTemplate: blocks', () => {
  const items = [
    { text: '甲', note: '注一', tags: ['x'] },
    { text: '乙', note: '', tags: [] },
    { text: '丙', note: '注三', tags: ['y'] },
  ];

  it('loops with loop variables and drops lines that hold only block tags', () => {
    const source = '列表：\n{% for h in items %}\n  {% if h.note %}\n{{ loop.index }}/{{ loop.length }} {{ h.text }}{% if loop.first %}（首）{% endif %}{% if loop.last %}（末）{% endif %}：{{ h.note }}\n  {% endif %}\n{% endfor %}\n完\n';
    expect(render(source, { items })).toBe('列表：\n1/3 甲（首）：注一\n3/3 丙（末）：注三\n完\n');
  });

  it('renders the else part of an empty or missing list', () => {
    const source = '{% for h in items %}{{ h.text }}{% else %}无{% endfor %}';
    expect(render(source, { items: [] })).toBe('无');
    expect(render(source, { items: null })).toBe('无');
    expect(render(source, { items })).toBe('甲乙丙');
  });

  it('nests loops and sees outer variables', () => {
    const groups = [{ name: 'A', items: items.slice(0, 2) }, { name: 'B', items: items.slice(2) }];
    expect(render('{% for g in groups %}{% for h in g.items %}{{ g.name }}{{ loop.index }}{{ h.text }} {% endfor %}{% endfor %}', { groups })).toBe(
      'A1甲 A2乙 B1丙 ',
    );
  });

  it.each([
    ['{% if n > 2 %}大{% elif n == 2 %}二{% else %}小{% endif %}', { n: 3 }, '大'],
    ['{% if n > 2 %}大{% elif n == 2 %}二{% else %}小{% endif %}', { n: 2 }, '二'],
    ['{% if n > 2 %}大{% elif n == 2 %}二{% else %}小{% endif %}', { n: 1 }, '小'],
    ['{% if a and not b %}是{% endif %}', { a: 1, b: '' }, '是'],
    ['{% if a or b %}是{% else %}否{% endif %}', { a: [], b: 0 }, '否'],
    ['{% if tags | size >= 2 %}多{% endif %}', { tags: ['a', 'b'] }, '多'],
    ['{% if c == "红" %}红{% endif %}{% if c != "红" %}非{% endif %}', { c: '红' }, '红'],
    ['{% if body %}有{% endif %}', { body: new Markup('') }, ''],
    ['a{# 注释 {{ x }} #}b\n{# 整行注释 #}\nc', {}, 'ab\nc'],
  ])('%s with %j', (source, ctx, expected) => {
    expect(render(source, ctx)).toBe(expected);
  });
});

describe('renderTemplate: errors name the line', () => {
  it.each([
    ['a\n{{ title', 'line 2: "{{" is not closed or opened'],
    ['a\nb }}', 'line 2: "}}" is not closed or opened'],
    ['a\n\n{% for h in items %}\n{{ h }}', 'line 3: {% for %} is never closed with {% endfor %}'],
    ['{% endfor %}', 'line 1: {% endfor %} without an open {% for %}'],
    ['{% if x %}\n{% endfor %}', 'line 2: {% endfor %} closes {% if %} opened on line 1'],
    ['\n{% fro h in items %}{% endfor %}', 'line 2: unknown tag {% fro h in items %}'],
    ['{% for in items %}{% endfor %}', 'line 1: write {% for item in list %}'],
    ['{% if x %}\n{% else %}\n{% else %}\n{% endif %}', 'line 3: {% else %} without an open {% if %} or {% for %}'],
    ['{% if x %}{% else %}{% elif y %}{% endif %}', 'line 1: {% elif %} without an open {% if %}'],
    ['\n\n{% if false %}{{ x | uppr }}{% endif %}', 'line 3: unknown filter "uppr"'],
    ['{{ x | truncate }}', 'line 1: filter "truncate" takes 1-2 argument(s), got 0'],
    ['{{ x | upper:1 }}', 'line 1: filter "upper" takes 0 argument(s), got 1'],
    ['{{ x | truncate:"a" }}', 'line 1: truncate needs a whole number'],
    ['ok\n{{ titel }}', 'line 2: unknown variable "titel" (known: x, h, items)'],
    ['{{ h.nte }}', 'line 1: "h" has no field "nte"'],
    ['{% for i in x %}{% endfor %}', 'line 1: "x" is not a list'],
    ['{{ h }}', 'line 1: this is a group of fields, not text'],
    ['{{ }}', 'line 1: empty {{ }}'],
    ['{{ x y }}', 'line 1: unexpected "y"'],
    ['{% if x == %}{% endif %}', 'line 1: a value is missing'],
    ['{{ x | }}', 'line 1: a filter name is missing after "|"'],
    ['{{ x ; }}', 'line 1: cannot read ";"'],
  ])('%j', (source, message) => {
    const r = renderTemplate(source, { x: 'v', h: { note: '' }, items: [] });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('bad_template');
      expect(r.error.detail.startsWith(message)).toBe(true);
    }
  });

  it('checkTemplate reports the same errors without a context', () => {
    expect(checkTemplate('{{ title | date:"YYYY" }}')).toEqual({ ok: true, value: undefined });
    const r = checkTemplate('a\nb\n{% if x %}{{ y | nope }}{% endif %}');
    expect(r.ok ? '' : r.error.detail).toMatch(/^line 3: unknown filter "nope"/);
  });
});

describe('renderTemplate: parsed templates are reused', () => {
  it('renders each context through its own source, and a broken source fails every time', () => {
    const sources = Array.from({ length: 12 }, (_, i) => `{{ a }}-${i}`);
    for (let round = 0; round < 2; round++) {
      sources.forEach((s, i) => expect(renderTemplate(s, { a: round })).toEqual({ ok: true, value: `${round}-${i}` }));
    }
    for (let round = 0; round < 2; round++) expect(renderTemplate('{% if a %}', { a: 1 }).ok).toBe(false);
  });
});
