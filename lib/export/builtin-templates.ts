/**
 * The templates that ship with the extension. Users start from these in the template editor;
 * their text is part of the product (Chinese headings on purpose: the notes are Chinese
 * study notes whatever the UI language).
 */

/** A shipped template: stable id, a name per UI language, the template text. */
export interface BuiltinTemplate {
  id: string;
  name: { 'zh-CN': string; en: string };
  source: string;
}

const STUDY = `{{ frontmatter }}

# {{ title }}

{% if issuer or date %}
{{ issuer | default:"" }}{% if issuer and date %} · {% endif %}{{ date | date:"YYYY年M月D日" }}

{% endif %}
## 摘录

{% for h in highlights %}
{% if h.heading %}
*{{ h.heading }}*

{% endif %}
{{ h.text | quote }}

{% else %}
（暂无摘录）

{% endfor %}
## 批注

{% for h in notes %}
{{ loop.index }}. {{ h.text | truncate:24 }}：{{ h.note }}
{% else %}
（暂无批注）
{% endfor %}

## 心得

（在此写下学习心得）

---

来源：{{ citation }}
`;

const HIGHLIGHTS = `{{ frontmatter }}

# {{ title }}

{% for h in highlights %}
{{ h.text | quote }}

{% if h.note %}
**批注**：{{ h.note }}

{% endif %}
{% if h.tags %}
*标签*：{{ h.tags | join:"、" }}

{% endif %}
{% else %}
（暂无摘录）

{% endfor %}
来源：{{ citation }}
`;

const FULL = `{{ frontmatter }}

# {{ title }}

{% if subtitle %}
**{{ subtitle }}**

{% endif %}
{{ marked_body }}

来源：{{ citation }}
`;

/** "学习笔记" (摘录 / 批注 / 心得), "highlights only", "full text" (with ==marks==). */
export const BUILTIN_TEMPLATES: BuiltinTemplate[] = [
  { id: 'study-notes', name: { 'zh-CN': '学习笔记', en: 'Study notes' }, source: STUDY },
  { id: 'highlights', name: { 'zh-CN': '仅摘录', en: 'Highlights only' }, source: HIGHLIGHTS },
  { id: 'full-text', name: { 'zh-CN': '全文', en: 'Full text' }, source: FULL },
];
