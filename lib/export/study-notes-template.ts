/**
 * The default study-notes template (across clippings). Kept apart from the code so the
 * template editor can show it as a starting point.
 */

/**
 * Study notes: a front matter, the title, a summary line, then one section per group; when
 * grouped by bulletin the citation follows the section title, when grouped by heading each
 * passage carries its own citation.
 */
export const STUDY_NOTES_TEMPLATE = `{{ frontmatter }}

# {{ title }}

导出于 {{ exported | date:"YYYY年M月D日" }}，共 {{ count }} 条摘录，来自 {{ sources }} 篇简报。

{% for g in groups %}
## {{ g.title }}

{% if g.citation %}
来源：{{ g.citation }}

{% endif %}
{% for h in g.highlights %}
{{ h.text | quote }}

{% if h.note %}
**批注**：{{ h.note }}

{% endif %}
{% if not g.citation %}
——{{ h.source.citation }}

{% endif %}
{% endfor %}
{% else %}
（暂无摘录）
{% endfor %}
`;
