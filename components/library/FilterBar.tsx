/**
 * Filters and sort of the clippings and highlights views. Every control writes the URL
 * (through `onChange`), so the view can be bookmarked and Back undoes a change.
 */
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../lib/bulletin/model';
import { makeQuery, type LibraryQuery, type LibrarySort } from '../../lib/library/filters';
import { t } from '../../lib/platform/i18n';
import type { FilterOptions } from './use-filter-options';

/** Props of FilterBar. */
export interface FilterBarProps {
  query: LibraryQuery;
  options: FilterOptions | undefined;
  onChange: (change: Partial<LibraryQuery>) => void;
}

const SORTS: LibrarySort[] = ['date', 'issuer', 'edited', 'clipped'];

/** Parses a tri-state select value ('' any, '1' yes, '0' no). */
function readFlag(v: string): boolean | null {
  return v === '1' ? true : v === '0' ? false : null;
}

/** Writes a tri-state value for a select. */
function showFlag(v: boolean | null): string {
  return v === null ? '' : v ? '1' : '0';
}

/** True when any filter (not the sort) differs from the defaults. */
export function hasFilters(q: LibraryQuery): boolean {
  const d = makeQuery({ view: q.view, sort: q.sort });
  return JSON.stringify({ ...q, text: '' }) !== JSON.stringify({ ...d, text: '' });
}

/** The bar. */
export function FilterBar({ query: q, options, onChange }: FilterBarProps) {
  const toggleColor = (c: HighlightColor) => onChange({ colors: q.colors.includes(c) ? q.colors.filter((x) => x !== c) : [...q.colors, c] });
  const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;
  return (
    <form class="filter-bar" role="search" aria-label={t('filtersLabel')} onSubmit={(e) => e.preventDefault()}>
      <div class="filter-row">
        <label>
          <span class="sr-only">{t('filterAddTag')}</span>
          <select
            class="tag-picker long-list"
            value=""
            onChange={(e) => {
              const tag = value(e);
              if (tag && !q.tags.includes(tag)) onChange({ tags: [...q.tags, tag] });
            }}
          >
            <option value="">{t('filterAddTag')}</option>
            {options?.tags.filter((tag) => !q.tags.includes(tag)).map((tag) => <option key={tag} value={tag}>{tag}</option>)}
          </select>
        </label>
        {q.tags.map((tag) => (
          <span class="chip" key={tag}>
            {tag}
            <button type="button" class="link" aria-label={t('filterRemoveTag', tag)} onClick={() => onChange({ tags: q.tags.filter((x) => x !== tag) })}>
              ×
            </button>
          </span>
        ))}
        {q.tags.length > 1 && (
          <label>
            <span class="sr-only">{t('filterTagMode')}</span>
            <select value={q.tagMode} onChange={(e) => onChange({ tagMode: value(e) === 'or' ? 'or' : 'and' })}>
              <option value="and">{t('filterTagAnd')}</option>
              <option value="or">{t('filterTagOr')}</option>
            </select>
          </label>
        )}
        <span class="colors" role="group" aria-label={t('filterColors')}>
          {HIGHLIGHT_COLORS.map((c) => (
            <button type="button" key={c} class={`swatch hl-bg-${c}`} aria-pressed={q.colors.includes(c)} aria-label={t(`color_${c}`)} title={t(`color_${c}`)} onClick={() => toggleColor(c)} />
          ))}
        </span>
        <label>
          <span class="sr-only">{t('filterIssuer')}</span>
          <select class="long-list" value={q.issuer ?? ''} onChange={(e) => onChange({ issuer: value(e) || null })}>
            <option value="">{t('filterAnyIssuer')}</option>
            {options?.issuers.map((i) => <option key={i} value={i}>{i}</option>)}
          </select>
        </label>
        <label>
          <span class="sr-only">{t('filterSite')}</span>
          <select class="long-list" value={q.site ?? ''} onChange={(e) => onChange({ site: value(e) || null })}>
            <option value="">{t('filterAnySite')}</option>
            {options?.sites.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </label>
        <label class="sort">
          {t('sortLabel')}
          <select value={q.sort} onChange={(e) => onChange({ sort: value(e) as LibrarySort })}>
            {SORTS.map((s) => <option key={s} value={s}>{t(`sort_${s}`)}</option>)}
          </select>
        </label>
      </div>
      <details class="filter-more" open={Boolean(q.dateFrom || q.dateTo || q.clippedFrom || q.clippedTo || q.hasNote !== null || q.orphaned !== null)}>
        <summary>{t('filterMore')}</summary>
        <div class="filter-row">
          <label>
            {t('filterBulletinDate')}
            <input type="date" aria-label={t('filterDateFrom')} value={q.dateFrom ?? ''} onChange={(e) => onChange({ dateFrom: value(e) || null })} />
            –
            <input type="date" aria-label={t('filterDateTo')} value={q.dateTo ?? ''} onChange={(e) => onChange({ dateTo: value(e) || null })} />
          </label>
          <label>
            {t('filterClippedDate')}
            <input type="date" aria-label={t('filterClippedFrom')} value={q.clippedFrom ?? ''} onChange={(e) => onChange({ clippedFrom: value(e) || null })} />
            –
            <input type="date" aria-label={t('filterClippedTo')} value={q.clippedTo ?? ''} onChange={(e) => onChange({ clippedTo: value(e) || null })} />
          </label>
          <label>
            {t('filterNote')}
            <select value={showFlag(q.hasNote)} onChange={(e) => onChange({ hasNote: readFlag(value(e)) })}>
              <option value="">{t('filterEither')}</option>
              <option value="1">{t('filterWithNote')}</option>
              <option value="0">{t('filterWithoutNote')}</option>
            </select>
          </label>
          <label>
            {t('filterOrphan')}
            <select value={showFlag(q.orphaned)} onChange={(e) => onChange({ orphaned: readFlag(value(e)) })}>
              <option value="">{t('filterEither')}</option>
              <option value="1">{t('filterOrphanOnly')}</option>
              <option value="0">{t('filterAnchoredOnly')}</option>
            </select>
          </label>
        </div>
      </details>
      {hasFilters(q) && (
        <button type="button" class="link clear-filters" onClick={() => onChange(makeQuery({ view: q.view, sort: q.sort }))}>
          {t('filterClear')}
        </button>
      )}
    </form>
  );
}
