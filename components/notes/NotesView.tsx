/**
 * Route '/notes': study-notes export. Choose a scope and a template, see the Markdown live
 * (as text: a <pre>, never rendered HTML), then download one .md, a .zip of one note per
 * clipping with an index, or copy a short export.
 */
import { useMemo, useState } from 'preact/hooks';
import { listClippings } from '../../lib/db/clippings';
import { listTags } from '../../lib/library/tags';
import { t } from '../../lib/platform/i18n';
import { useDb } from '../common/use-db';
import { useLiveQuery } from '../common/use-live-query';
import { NotesActions } from './NotesActions';
import { NotesOptionsForm, type NotesForm } from './NotesOptionsForm';
import { NotesPreview } from './NotesPreview';
import { isAcrossClippings, renderFirstFile, renderNote, type NotesOptions } from './notes-render';
import { scopeFromParams, type NotesScope } from './notes-scope';
import { ScopePicker } from './ScopePicker';
import { useScopeData } from './use-scope-data';
import { STUDY_BUILTIN_ID } from './user-templates';
import { useUserTemplates } from './use-user-templates';

/** The default title of a scope's note. */
function defaultTitle(scope: NotesScope, clippingTitle: string | undefined, count: number): string {
  if (scope.kind === 'clipping') return clippingTitle ?? t('untitled');
  if (scope.kind === 'tag') return t('notesTitleTag', scope.tag);
  if (scope.kind === 'dates') return t('notesTitleDates', [scope.from, scope.to]);
  return t('notesTitlePick', String(count));
}

/** Route '/notes' (optionally ?tag=… or ?clip=…). */
export function NotesView({ params }: { params: URLSearchParams }) {
  const db = useDb();
  const clippings = useLiveQuery(() => listClippings(db), [db]);
  const tags = useLiveQuery(async () => (await listTags(db)).filter((x) => x.highlightCount + x.clippingCount > 0), [db]);
  const { choices } = useUserTemplates();
  const [chosen, setScope] = useState<NotesScope | null>(() => scopeFromParams(params));
  const [form, setForm] = useState<NotesForm>({ templateId: 'study-notes', studyTemplateId: STUDY_BUILTIN_ID, marks: true, noteStyle: 'plain', groupBy: 'clipping', output: 'md' });
  const [customTitle, setCustomTitle] = useState<string | null>(null);
  // Until the user picks, start from the most used tag (the usual 学习笔记), else a clipping.
  const scope: NotesScope | null = chosen ?? (tags?.[0] ? { kind: 'tag', tag: tags[0].name } : clippings?.[0] ? { kind: 'clipping', id: clippings[0].id } : null);
  const data = useScopeData(scope);

  const single = scope?.kind === 'clipping';
  const count = data?.clippings.length ?? 0;
  const across = data ? isAcrossClippings(data, single) : !single;
  const several = count > 1;
  const output = several ? form.output : 'md';
  const template = choices.find((x) => x.id === form.templateId && x.kind === 'clipping') ?? choices[0]!;
  const study = choices.find((x) => x.id === form.studyTemplateId && x.kind === 'study') ?? choices.find((x) => x.id === STUDY_BUILTIN_ID)!;
  const title = customTitle ?? (scope ? defaultTitle(scope, data?.clippings[0]?.title, count) : '');
  const { templateId: _t, studyTemplateId: _s, ...rest } = form;
  const options: NotesOptions = { ...rest, output, title, template: template.source, studyTemplate: study.source };

  const preview = useMemo(() => {
    if (!data || !count) return null;
    const now = new Date();
    if (output === 'zip') {
      const first = renderFirstFile(data, options, now);
      return first.ok ? { ok: true as const, value: first.value?.content ?? '' } : first;
    }
    return renderNote(data, options, single, now);
  }, [data, JSON.stringify(options), single]);

  if (clippings === undefined || tags === undefined) return <p class="status">{t('loading')}</p>;
  if (!clippings.length) {
    return (
      <section class="empty">
        <h2>{t('emptyLibraryTitle')}</h2>
        <p>{t('emptyLibraryHint')}</p>
      </section>
    );
  }
  // With no tags at all the picker already says so.
  const emptyHint = scope?.kind === 'tag' ? (scope.tag ? t('notesEmptyTag', scope.tag) : '') : scope?.kind === 'dates' ? t('notesEmptyDates') : t('notesEmptyPick');
  const noPassages = !!data && count > 0 && across && output === 'md' && data.highlights.length === 0;
  return (
    <section class="notes">
      <h2>{t('notesHeading')}</h2>
      <div class="notes-layout">
        <div class="notes-controls">
          {scope && (
            <ScopePicker
              scope={scope}
              clippings={clippings}
              tags={tags}
              onChange={(s) => {
                setScope(s);
                setCustomTitle(null);
              }}
            />
          )}
          <NotesOptionsForm form={form} templates={choices} title={title} across={across} several={several} onChange={setForm} onTitle={setCustomTitle} />
          {data && count > 0 && (
            <NotesActions data={data} options={options} single={single} markdown={preview?.ok && output === 'md' ? preview.value : null} files={output === 'zip' ? count : 0} />
          )}
        </div>
        <div class="notes-output">
          {data === undefined ? (
            <p class="status">{t('loading')}</p>
          ) : count === 0 ? (
            emptyHint && <p class="empty notes-empty">{emptyHint}</p>
          ) : (
            <>
              {noPassages && <p class="status notes-empty">{scope?.kind === 'tag' ? t('notesEmptyTag', scope.tag) : t('notesNoPassages')}</p>}
              {output === 'zip' && <p class="status">{t('notesZipPreview', [String(count), data.clippings[0]?.title ?? ''])}</p>}
              {preview && <NotesPreview result={preview} source={across && output === 'md' ? study.source : template.source} />}
            </>
          )}
        </div>
      </div>
    </section>
  );
}
