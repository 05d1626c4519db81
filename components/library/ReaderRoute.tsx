/** Route '/clip/ID': loads the clipping (live) and shows the reader. */
import { t } from '../../lib/platform/i18n';
import { useDb } from '../common/use-db';
import { useLiveQuery } from '../common/use-live-query';
import { Reader } from './Reader';

/** The reader for the clipping named in the route. */
export function ReaderRoute({ route, params }: { route: string; params: URLSearchParams }) {
  const db = useDb();
  const id = decodeURIComponent(route.slice('/clip/'.length));
  // liveQuery yields undefined while loading; null marks "looked, not there".
  const clipping = useLiveQuery(async () => (await db.clippings.get(id)) ?? null, [db, id]);
  if (clipping === undefined) return <p class="status">{t('loading')}</p>;
  if (clipping === null) return <p class="status">{t('clippingNotFound')}</p>;
  return <Reader clipping={clipping} focusHighlight={params.get('hl')} />;
}
