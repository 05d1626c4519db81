/**
 * Editing one highlight: colour (with the user's meanings), note and tags, and delete. Used
 * by the reader view and the popup; changes are reported, the caller stores them.
 */
import { useState } from 'preact/hooks';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../lib/bulletin/model';
import { t } from '../../lib/platform/i18n';
import { TagInput } from './TagInput';

/** The editable part of a highlight. */
export interface HighlightFields {
  color: HighlightColor;
  note: string;
  tags: string[];
}

/** Props of HighlightEditor. */
export interface HighlightEditorProps {
  initial: HighlightFields;
  /** The passage, shown as a quote. */
  exact: string;
  labels: Record<HighlightColor, string>;
  suggest: (prefix: string) => Promise<string[]>;
  onSave: (fields: HighlightFields) => void;
  onCancel: () => void;
  onDelete?: () => void;
  idPrefix: string;
}

/** Colour buttons, note, tags; Enter in the note saves with Ctrl/Cmd, Esc cancels. */
export function HighlightEditor({ initial, exact, labels, suggest, onSave, onCancel, onDelete, idPrefix }: HighlightEditorProps) {
  const [fields, setFields] = useState<HighlightFields>(initial);
  return (
    <form
      class="hl-editor"
      aria-label={t('editHighlight')}
      onSubmit={(e) => {
        e.preventDefault();
        onSave(fields);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <blockquote class="hl-quote">{exact.length > 140 ? `${exact.slice(0, 140)}…` : exact}</blockquote>
      <div class="hl-colors" role="radiogroup" aria-label={t('highlightColor')}>
        {HIGHLIGHT_COLORS.map((c) => (
          <button
            key={c}
            type="button"
            role="radio"
            aria-checked={fields.color === c}
            class={`hl-color hl-bg-${c}`}
            onClick={() => setFields({ ...fields, color: c })}
          >
            {labels[c]}
          </button>
        ))}
      </div>
      <label for={`${idPrefix}-note`}>{t('note')}</label>
      <textarea
        id={`${idPrefix}-note`}
        rows={3}
        value={fields.note}
        onInput={(e) => setFields({ ...fields, note: (e.target as HTMLTextAreaElement).value })}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            onSave(fields);
          }
        }}
      />
      <TagInput id={`${idPrefix}-tags`} tags={fields.tags} onChange={(tags) => setFields({ ...fields, tags })} suggest={suggest} />
      <div class="actions">
        <button type="submit" class="primary">
          {t('save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
        {onDelete && (
          <button type="button" class="danger" onClick={onDelete}>
            {t('delete')}
          </button>
        )}
      </div>
    </form>
  );
}

/** The colour meanings in the UI language (users may rename them in settings). */
export function defaultColorLabels(): Record<HighlightColor, string> {
  return { yellow: t('color_yellow'), red: t('color_red'), green: t('color_green'), blue: t('color_blue') };
}
