/** One clipping in the library list. */
import type { Clipping } from '../../lib/bulletin/model';
import { t } from '../../lib/platform/i18n';

/** Title (opens the reader), issuer, date, site, tags and highlight count, and delete. */
export function ClippingCard({ clipping, highlightCount, onDelete }: { clipping: Clipping; highlightCount: number; onDelete: () => void }) {
  const c = clipping;
  return (
    <li class="card" data-id={c.id}>
      <a class="card-title" href={`#/clip/${encodeURIComponent(c.id)}`}>
        {c.title || t('untitled')}
      </a>
      <div class="card-meta">
        {c.issuer && <span class="issuer">{c.issuer}</span>}
        {c.issueNumber && <span>{c.issueNumber}</span>}
        {(c.date ?? c.publishedAt) && <time>{c.date ?? c.publishedAt}</time>}
        {c.siteName && <span class="site">{c.siteName}</span>}
        <span class="count">{t('highlightCount', String(highlightCount))}</span>
        {c.tags.map((tag) => (
          <span class="tag" key={tag}>
            {tag}
          </span>
        ))}
      </div>
      <button type="button" class="delete" aria-label={t('deleteClippingNamed', c.title)} onClick={onDelete}>
        {t('delete')}
      </button>
    </li>
  );
}
