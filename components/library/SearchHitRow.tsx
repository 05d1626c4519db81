/** One search result: what matched (highlight, title, note, body), the passage with the match marked, and its clipping. */
import type { ClippingSummary } from '../../lib/library/filters';
import { t } from '../../lib/platform/i18n';
import type { SearchHit } from '../../lib/search/query';
import { highlightHref } from './HighlightRow';

/** The address a hit opens. */
export function hitHref(hit: SearchHit): string {
  return hit.highlightId ? highlightHref(hit.clippingId, hit.highlightId) : `#/clip/${encodeURIComponent(hit.clippingId)}`;
}

/** Props of SearchHitRow. */
export interface SearchHitRowProps {
  hit: SearchHit;
  clipping: ClippingSummary | undefined;
}

/** The row. */
export function SearchHitRow({ hit, clipping }: SearchHitRowProps) {
  const s = hit.snippet;
  return (
    <article class={`search-hit kind-${hit.kind}`}>
      <span class="hit-kind">{t(`hitKind_${hit.kind}`)}</span>
      <a class="hit-passage" href={hitHref(hit)}>
        {s.before}
        <mark>{s.match}</mark>
        {s.after}
      </a>
      <div class="card-meta">
        <span class="hit-title">{clipping?.title || t('untitled')}</span>
        {clipping?.issuer && <span>{clipping.issuer}</span>}
        {clipping?.issueNumber && <span>{clipping.issueNumber}</span>}
        {clipping?.date && <time>{clipping.date}</time>}
      </div>
    </article>
  );
}
