/** One clipping in the library list: a fixed-height card (the list is windowed). */
import type { Clipping } from '../../lib/bulletin/model';
import { t } from '../../lib/platform/i18n';
import { TagChip } from './TagChip';

/** Props of ClippingCard. */
export interface ClippingCardProps {
  clipping: Clipping;
  /** Undefined while it is being counted (the card paints before its count). */
  highlightCount: number | undefined;
  onDelete: () => void;
  /** Colours of tags by name (tags without one use the default look). */
  tagColors?: ReadonlyMap<string, string | null>;
}

/** The host of a URL, or null for pasted text and bad URLs. */
function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

/** Title (opens the reader), issuer, issue number, date, site, tags, highlight count, delete. */
export function ClippingCard({ clipping: c, highlightCount, onDelete, tagColors }: ClippingCardProps) {
  const site = c.siteName ?? hostOf(c.url);
  return (
    <article class="card" data-id={c.id}>
      <a class="card-title" href={`#/clip/${encodeURIComponent(c.id)}`}>
        {c.title || t('untitled')}
      </a>
      <div class="card-meta">
        {c.issuer && <span class="issuer">{c.issuer}</span>}
        {c.issueNumber && <span class="issue">{c.issueNumber}</span>}
        {(c.date ?? c.publishedAt) && <time>{c.date ?? c.publishedAt}</time>}
        {site && <span class="site">{site}</span>}
        {highlightCount === undefined ? (
          <span class="count pending" aria-hidden="true">{t('highlightCount', '–')}</span>
        ) : (
          <span class="count">{t('highlightCount', String(highlightCount))}</span>
        )}
      </div>
      <div class="card-tags">
        {c.tags.map((tag) => (
          <TagChip key={tag} name={tag} color={tagColors?.get(tag) ?? null} />
        ))}
      </div>
      <button type="button" class="delete" aria-label={t('deleteClippingNamed', c.title)} onClick={onDelete}>
        {t('delete')}
      </button>
    </article>
  );
}
