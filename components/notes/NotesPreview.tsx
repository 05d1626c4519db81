/** The live Markdown preview: plain text in a <pre>, so nothing from a page is ever rendered as HTML. */
import type { Result } from '../../lib/bulletin/result';
import { t } from '../../lib/platform/i18n';
import { TemplateError } from './TemplateError';

/** Shows at most this many characters; the export itself is never cut. */
const PREVIEW_CHARS = 30_000;

/** The rendered Markdown, or the template error at its line. */
export function NotesPreview({ result, source }: { result: Result<string>; source?: string }) {
  if (!result.ok) return <TemplateError error={result.error} source={source} />;
  const text = result.value;
  return (
    <figure class="notes-preview">
      <figcaption>{t('notesPreview', String([...text].length))}</figcaption>
      <pre aria-label={t('notesPreviewLabel')}>{text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}\n…` : text}</pre>
    </figure>
  );
}
