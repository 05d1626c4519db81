/** A template error shown at its line: "第 3 行：…" plus the offending line itself. */
import type { AppError } from '../../lib/bulletin/result';
import { errorText, t } from '../../lib/platform/i18n';

/** Splits renderTemplate's detail "line N: message" into its parts. */
export function parseTemplateError(detail: string): { line: number; message: string } | null {
  const m = /^line (\d+): ([\s\S]*)$/.exec(detail);
  return m ? { line: Number(m[1]), message: m[2]! } : null;
}

/** The error, pointing at the line when the detail names one. */
export function TemplateError({ error, source }: { error: AppError; source?: string }) {
  const at = error.code === 'bad_template' ? parseTemplateError(error.detail) : null;
  const text = at && source !== undefined ? source.split('\n')[at.line - 1] : undefined;
  return (
    <div class="template-error" role="alert">
      <p class="status error">{errorText(error)}</p>
      {at && (
        <p class="template-error-at">
          {t('templateErrorAt', [String(at.line), at.message])}
        </p>
      )}
      {text !== undefined && (
        <pre class="template-error-line">
          <span class="line-no">{at!.line}</span>
          {text}
        </pre>
      )}
    </div>
  );
}
