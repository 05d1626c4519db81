/**
 * The body of a filtered, windowed list (clippings or highlights): the empty library, the
 * loading state, "nothing matches these filters", or the virtual list of rows.
 */
import type { ComponentChildren } from 'preact';
import { t } from '../../lib/platform/i18n';
import { navigate } from '../common/use-hash-route';
import { VirtualList } from './VirtualList';

/** Props of ListBody. */
export interface ListBodyProps<T> {
  /** false when there is nothing at all (not just nothing matching). */
  anyItem: boolean | undefined;
  total: number | undefined;
  filtered: boolean;
  empty: { title: string; hint: string };
  /** Route that clears the filters. */
  clearRoute: string;
  rowHeight: number;
  label: string;
  placeholderClass: string;
  onWindow: Parameters<typeof VirtualList>[0]['onWindow'];
  selected: number;
  setSelected: (i: number) => void;
  itemAt: (i: number) => T | undefined;
  renderItem: (item: T) => ComponentChildren;
}

/** The list body for one of the library's list views. */
export function ListBody<T>(p: ListBodyProps<T>) {
  if (p.anyItem === false) {
    return (
      <section class="empty">
        <h2>{p.empty.title}</h2>
        <p>{p.empty.hint}</p>
      </section>
    );
  }
  if (p.total === undefined) return <p class="status">{t('loading')}</p>;
  if (p.total === 0) {
    return (
      <section class="empty">
        <h2>{t('noMatchTitle')}</h2>
        <p>{p.filtered ? t('noMatchHint') : ''}</p>
        <button type="button" onClick={() => navigate(p.clearRoute)}>
          {t('filterClear')}
        </button>
      </section>
    );
  }
  return (
    <VirtualList
      count={p.total}
      rowHeight={p.rowHeight}
      label={p.label}
      onWindow={p.onWindow}
      selected={p.selected}
      renderRow={(i) => {
        const item = p.itemAt(i);
        if (!item) return <div class={`${p.placeholderClass} placeholder`} aria-busy="true" />;
        return <div onClick={() => p.setSelected(i)}>{p.renderItem(item)}</div>;
      }}
    />
  );
}
