/** One tag in the tags view: colour, name (links to its highlights), counts, rename, merge, delete. */
import { useState } from 'preact/hooks';
import type { TagInfo } from '../../lib/library/tags';
import { t } from '../../lib/platform/i18n';
import { hashOfQuery } from './use-library-query';
import { makeQuery } from '../../lib/library/filters';

/** What the row asks its view to do. */
export interface TagActions {
  rename: (from: string, to: string) => void;
  merge: (from: string, into: string) => void;
  remove: (name: string) => void;
  recolor: (name: string, color: string | null) => void;
}

/** Props of TagRow. */
export interface TagRowProps {
  tag: TagInfo;
  /** Names of the other tags (merge targets). */
  others: string[];
  actions: TagActions;
  /** A tag edit is running: the row's edits wait. */
  busy?: boolean;
}

/** The row. */
export function TagRow({ tag, others, actions, busy = false }: TagRowProps) {
  const [mode, setMode] = useState<'view' | 'rename' | 'merge'>('view');
  const [name, setName] = useState(tag.name);
  const [target, setTarget] = useState('');
  const href = `#${hashOfQuery(makeQuery({ view: 'highlights', tags: [tag.name] }))}`;
  return (
    <li class="tag-row" data-tag={tag.name}>
      <input
        type="color"
        class="tag-color"
        disabled={busy}
        value={tag.color ?? '#c0c0c0'}
        aria-label={t('tagColorOf', tag.name)}
        onChange={(e) => actions.recolor(tag.name, (e.currentTarget as HTMLInputElement).value)}
      />
      {mode === 'rename' ? (
        <form
          class="tag-edit"
          onSubmit={(e) => {
            e.preventDefault();
            if (name.trim() && name.trim() !== tag.name) actions.rename(tag.name, name.trim());
            setMode('view');
          }}
        >
          <input value={name} aria-label={t('tagNewName', tag.name)} onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} ref={(el) => el?.focus()} />
          <button type="submit" disabled={busy}>{t('save')}</button>
          <button type="button" class="link" onClick={() => setMode('view')}>{t('cancel')}</button>
        </form>
      ) : (
        <a class="tag-name" href={href}>{tag.name}</a>
      )}
      <span class="tag-counts">{t('tagCounts', [String(tag.highlightCount), String(tag.clippingCount)])}</span>
      {mode === 'merge' ? (
        <form
          class="tag-edit"
          onSubmit={(e) => {
            e.preventDefault();
            if (target) actions.merge(tag.name, target);
            setMode('view');
          }}
        >
          <select value={target} aria-label={t('tagMergeTarget', tag.name)} onChange={(e) => setTarget((e.currentTarget as HTMLSelectElement).value)}>
            <option value="">{t('tagChooseTarget')}</option>
            {others.map((o) => <option key={o} value={o}>{o}</option>)}
          </select>
          <button type="submit" disabled={busy || !target}>{t('tagMerge')}</button>
          <button type="button" class="link" onClick={() => setMode('view')}>{t('cancel')}</button>
        </form>
      ) : (
        mode === 'view' && (
          <span class="tag-actions">
            <button type="button" disabled={busy} aria-label={t('tagRenameNamed', tag.name)} onClick={() => { setName(tag.name); setMode('rename'); }}>{t('tagRename')}</button>
            <button type="button" disabled={busy} aria-label={t('tagMergeNamed', tag.name)} onClick={() => setMode('merge')}>{t('tagMerge')}</button>
            <button type="button" disabled={busy} aria-label={t('tagDeleteNamed', tag.name)} onClick={() => actions.remove(tag.name)}>{t('delete')}</button>
          </span>
        )
      )}
    </li>
  );
}
