/**
 * Route '/dashboard': clippings per issuer and month (a table with CSS bars, no chart
 * library), most used tags, highlights this week (per day). Figures from lib/library/stats.
 */
import { computeDashboard } from '../../lib/library/stats';
import { makeQuery } from '../../lib/library/filters';
import { t } from '../../lib/platform/i18n';
import { useDb } from '../common/use-db';
import { useLiveQuery } from '../common/use-live-query';
import { hashOfQuery } from './use-library-query';

/** Issuers shown as rows of the month table (the rest are summed up as "other"). */
const TOP_ISSUERS = 12;

/** Route '/dashboard'. */
export function DashboardView() {
  const db = useDb();
  const d = useLiveQuery(() => computeDashboard(db, Date.now(), { months: null, topTags: 15 }), [db]);
  if (!d) return <p class="status">{t('loading')}</p>;
  // The six latest months that have clippings (bulletins are often read long after they were issued).
  const months = [...new Set(d.perIssuerMonth.map((c) => c.month))].sort().reverse().slice(0, 6);
  const issuers = d.perIssuer.slice(0, TOP_ISSUERS);
  const cell = new Map(d.perIssuerMonth.map((c) => [`${c.issuer ?? ''}\u0000${c.month}`, c.count]));
  const shownMonths = new Set(months);
  const maxCell = Math.max(1, ...d.perIssuerMonth.filter((c) => shownMonths.has(c.month)).map((c) => c.count));
  const maxTag = Math.max(1, ...d.topTags.map((x) => x.highlightCount + x.clippingCount));
  const maxDay = Math.max(1, ...d.highlightsPerDay.map((x) => x.count));
  return (
    <section class="dashboard" aria-label={t('navDashboard')}>
      <h2>{t('navDashboard')}</h2>
      <p class="totals">{t('dashboardTotals', [String(d.totals.clippings), String(d.totals.highlights), String(d.totals.tags)])}</p>
      <div class="dash-grid">
        <section>
          <h3>{t('dashboardPerIssuerMonth')}</h3>
          <table class="dash-table">
            <thead>
              <tr>
                <th scope="col">{t('dashboardIssuer')}</th>
                {months.map((m) => <th scope="col" key={m}>{m}</th>)}
                <th scope="col">{t('dashboardAll')}</th>
              </tr>
            </thead>
            <tbody>
              {issuers.map((i) => (
                <tr key={i.issuer ?? ''}>
                  <th scope="row">
                    {i.issuer ? <a href={`#${hashOfQuery(makeQuery({ issuer: i.issuer }))}`}>{i.issuer}</a> : t('dashboardNoIssuer')}
                  </th>
                  {months.map((m) => {
                    const n = cell.get(`${i.issuer ?? ''}\u0000${m}`) ?? 0;
                    return (
                      <td key={m} class="bar-cell">
                        <span class="bar" style={{ width: `${(n / maxCell) * 100}%` }} />
                        <span class="bar-n">{n || ''}</span>
                      </td>
                    );
                  })}
                  <td class="num">{i.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section>
          <h3>{t('dashboardTopTags')}</h3>
          <ol class="bars">
            {d.topTags.map((tag) => (
              <li key={tag.name}>
                <a href={`#${hashOfQuery(makeQuery({ view: 'highlights', tags: [tag.name] }))}`}>{tag.name}</a>
                <span class="bar" style={{ width: `${((tag.highlightCount + tag.clippingCount) / maxTag) * 100}%`, background: tag.color ?? undefined }} />
                <span class="bar-n">{tag.highlightCount + tag.clippingCount}</span>
              </li>
            ))}
          </ol>
          <h3>{t('dashboardThisWeek', String(d.highlightsThisWeek))}</h3>
          <ol class="bars days">
            {d.highlightsPerDay.map((x) => (
              <li key={x.day}>
                <span>{x.day.slice(5)}</span>
                <span class="bar" style={{ width: `${(x.count / maxDay) * 100}%` }} />
                <span class="bar-n">{x.count}</span>
              </li>
            ))}
          </ol>
        </section>
      </div>
    </section>
  );
}
