/**
 * Previous/next bulletin of the same series (issuer + bulletin name, by issue number) for
 * the reader, and a notice of issues missing next to this one (第11期 and 第13期 saved:
 * "第12期 missing"). Mount it in the reader: <SeriesNav clippingId={clipping.id} />.
 */
import { findNeighbours, type SeriesEntry, type SeriesGap } from '../../lib/library/series';
import { t } from '../../lib/platform/i18n';
import { useDb } from '../common/use-db';
import { useLiveQuery } from '../common/use-live-query';

/** Props of SeriesNav. */
export interface SeriesNavProps {
  /** The clipping shown in the reader. */
  clippingId: string;
}

/** How an issue number is written: 第12期, or 总第12期 for cumulative numbers. */
export function formatIssue(gap: Pick<SeriesGap, 'kind'>, n: number): string {
  return gap.kind === 'total' ? t('issueTotalNumber', String(n)) : t('issueNumber', String(n));
}

/** The missing issues of a gap as one phrase, e.g. "第12期、第13期" or "第12期 … 第40期（共29期）". */
export function describeGap(gap: SeriesGap): string {
  const first = gap.missing[0]!;
  if (gap.missingCount <= 3) return gap.missing.map((n) => formatIssue(gap, n)).join('、');
  return t('seriesGapRange', [formatIssue(gap, first), formatIssue(gap, first + gap.missingCount - 1), String(gap.missingCount)]);
}

function entryLabel(e: SeriesEntry): string {
  return e.issueNumber ?? e.date ?? e.title;
}

/** The navigation bar; renders nothing for a clipping that is alone in its series. */
export function SeriesNav({ clippingId }: SeriesNavProps) {
  const db = useDb();
  const n = useLiveQuery(() => findNeighbours(db, clippingId), [db, clippingId]);
  if (!n || n.series.entries.length < 2) return null;
  const at = n.series.entries.findIndex((e) => e.id === clippingId);
  const near = n.series.gaps.filter((g) => g.afterId === clippingId || g.beforeId === clippingId);
  const name = [n.series.issuer, n.series.bulletinName].filter(Boolean).join(' · ');
  return (
    <nav class="series-nav" aria-label={t('seriesNavLabel', name)}>
      {n.previous ? (
        <a class="series-prev" rel="prev" href={`#/clip/${encodeURIComponent(n.previous.id)}`} title={n.previous.title}>
          {t('seriesPrevious', entryLabel(n.previous))}
        </a>
      ) : (
        <span class="series-prev disabled">{t('seriesFirst')}</span>
      )}
      <span class="series-pos">{t('seriesPosition', [name, String(at + 1), String(n.series.entries.length)])}</span>
      {n.next ? (
        <a class="series-next" rel="next" href={`#/clip/${encodeURIComponent(n.next.id)}`} title={n.next.title}>
          {t('seriesNext', entryLabel(n.next))}
        </a>
      ) : (
        <span class="series-next disabled">{t('seriesLast')}</span>
      )}
      {near.map((g) => (
        <p class="series-gap" role="note" key={`${g.afterId}-${g.beforeId}`}>
          {t('seriesMissing', describeGap(g))}
        </p>
      ))}
    </nav>
  );
}
