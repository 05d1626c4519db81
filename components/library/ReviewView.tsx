/**
 * Route '/review': today's handful of past highlights to re-read (lib/library/review:
 * newer and never-reviewed first, then overdue ones), each linking back to its place, with
 * a "reviewed" button. Items done today stay listed, marked done.
 */
import { pickDailyReview, markReviewed } from '../../lib/library/review';
import { t } from '../../lib/platform/i18n';
import { useDb } from '../common/use-db';
import { useLiveQuery } from '../common/use-live-query';
import { HighlightRow } from './HighlightRow';
import { useTagColors } from './use-tag-colors';

/** Today as YYYY-MM-DD in local time. */
export function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Route '/review'. */
export function ReviewView() {
  const db = useDb();
  const day = localToday();
  const items = useLiveQuery(() => pickDailyReview(db, day, 5), [db, day]);
  const tagColors = useTagColors(db);
  if (!items) return <p class="status">{t('loading')}</p>;
  const left = items.filter((i) => !i.done).length;
  return (
    <section class="review" aria-label={t('navReview')}>
      <h2>{t('navReview')}</h2>
      {items.length === 0 ? (
        <section class="empty">
          <h2>{t('reviewEmptyTitle')}</h2>
          <p>{t('reviewEmptyHint')}</p>
        </section>
      ) : (
        <>
          <p class="status" role="status">{left ? t('reviewLeft', String(left)) : t('reviewAllDone')}</p>
          <ol class="review-list">
            {items.map((item) => (
              <li key={item.highlight.id} class={item.done ? 'done' : undefined}>
                <HighlightRow item={item} tagColors={tagColors} />
                {item.done ? (
                  <span class="review-done">✓ {t('reviewDone')}</span>
                ) : (
                  <button type="button" onClick={() => void markReviewed(db, item.highlight.id, Date.now())}>
                    {t('reviewMark')}
                  </button>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
