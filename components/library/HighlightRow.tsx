/** One highlight in the highlights list: colour, the sentence around it, note, tags, source. */
import type { HighlightItem } from '../../lib/library/filters';
import { t } from '../../lib/platform/i18n';
import { sentenceAround } from './sentence-around';
import { TagChip } from './TagChip';

/** The reader address of a highlight (the reader scrolls to `hl`). */
export function highlightHref(clippingId: string, highlightId: string): string {
  return `#/clip/${encodeURIComponent(clippingId)}?hl=${encodeURIComponent(highlightId)}`;
}

/** Props of HighlightRow. */
export interface HighlightRowProps {
  item: HighlightItem;
  tagColors?: ReadonlyMap<string, string | null>;
}

/** The row. */
export function HighlightRow({ item, tagColors }: HighlightRowProps) {
  const h = item.highlight;
  const c = item.clipping;
  const s = sentenceAround(h);
  return (
    <article class={h.orphan ? 'hl-row orphan' : 'hl-row'} data-id={h.id}>
      <span class={`hl-swatch hl-bg-${h.color}`} title={t(`color_${h.color}`)} aria-label={t(`color_${h.color}`)} role="img" />
      <a class="hl-passage" href={highlightHref(h.clippingId, h.id)}>
        {s.before}
        <mark class={`hl-${h.color}`}>{s.exact}</mark>
        {s.after}
      </a>
      {h.note && <p class="hl-row-note">{h.note}</p>}
      <div class="card-meta">
        {c ? (
          <a class="hl-source" href={`#/clip/${encodeURIComponent(c.id)}`}>
            {c.title || t('untitled')}
          </a>
        ) : (
          <span class="hl-source missing">{t('clippingNotFound')}</span>
        )}
        {c?.date && <time>{c.date}</time>}
        {h.orphan && <span class="orphan-flag">{t('orphanFlag')}</span>}
        {h.tags.map((tag) => (
          <TagChip key={tag} name={tag} color={tagColors?.get(tag) ?? null} />
        ))}
      </div>
    </article>
  );
}
