/** Template and output options of a study-notes export. */
import { t } from '../../lib/platform/i18n';
import { supportsMarks, supportsNoteStyle, type NoteStyle, type NotesOptions } from './notes-render';
import type { TemplateChoice } from './user-templates';

/** What the form edits: the options plus which templates are chosen. */
export interface NotesForm extends Omit<NotesOptions, 'template' | 'studyTemplate' | 'title'> {
  /** The clipping template (one clipping, or each file of a zip). */
  templateId: string;
  /** The study-notes template (one note across clippings). */
  studyTemplateId: string;
}

/**
 * `across` is true when the note spans clippings (学习笔记, grouped); `several` when a zip
 * of one file per clipping makes sense.
 */
export function NotesOptionsForm({ form, templates, title, across, several, onChange, onTitle }: {
  form: NotesForm;
  templates: TemplateChoice[];
  title: string;
  across: boolean;
  several: boolean;
  onChange: (f: NotesForm) => void;
  onTitle: (title: string) => void;
}) {
  // Across clippings in one note a study-notes template applies; otherwise a clipping template.
  const usesTemplate = !across || form.output === 'zip';
  const kind = usesTemplate ? 'clipping' : 'study';
  const chosenId = usesTemplate ? form.templateId : form.studyTemplateId;
  const source = templates.find((x) => x.id === chosenId)?.source ?? '';
  const styleApplies = supportsNoteStyle(source);
  return (
    <fieldset class="notes-options">
      <legend>{t('notesOptions')}</legend>
      <label class="field">
        <span>{t('notesTitleField')}</span>
        <input type="text" value={title} onInput={(e) => onTitle(e.currentTarget.value)} />
      </label>
      {several && (
        <div class="field" role="radiogroup" aria-label={t('notesOutput')}>
          <span>{t('notesOutput')}</span>
          {(['md', 'zip'] as const).map((o) => (
            <label key={o}>
              <input type="radio" name="output" checked={form.output === o} onChange={() => onChange({ ...form, output: o })} />
              {t(`notesOutput_${o}`)}
            </label>
          ))}
        </div>
      )}
      {across && form.output === 'md' && (
        <label class="field">
          <span>{t('notesGroupBy')}</span>
          <select value={form.groupBy} onChange={(e) => onChange({ ...form, groupBy: e.currentTarget.value as NotesForm['groupBy'] })}>
            <option value="clipping">{t('notesGroupBy_clipping')}</option>
            <option value="heading">{t('notesGroupBy_heading')}</option>
          </select>
        </label>
      )}
      <label class="field">
        <span>{t('notesTemplate')}</span>
        <select value={chosenId} onChange={(e) => onChange(usesTemplate ? { ...form, templateId: e.currentTarget.value } : { ...form, studyTemplateId: e.currentTarget.value })}>
          {templates
            .filter((x) => x.kind === kind)
            .map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
        </select>
        <a href="#/notes/templates">{t('notesEditTemplates')}</a>
      </label>
      {usesTemplate && supportsMarks(source) && (
        <label class="field check">
          <input type="checkbox" checked={form.marks} onChange={(e) => onChange({ ...form, marks: e.currentTarget.checked })} />
          {t('notesMarks')}
        </label>
      )}
      {styleApplies && (
        <label class="field">
          <span>{t('notesNoteStyle')}</span>
          <select value={form.noteStyle} onChange={(e) => onChange({ ...form, noteStyle: e.currentTarget.value as NoteStyle })}>
            <option value="plain">{t('notesNoteStyle_plain')}</option>
            <option value="quote">{t('notesNoteStyle_quote')}</option>
            <option value="callout">{t('notesNoteStyle_callout')}</option>
          </select>
        </label>
      )}
    </fieldset>
  );
}
