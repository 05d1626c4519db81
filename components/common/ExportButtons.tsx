/** Markdown export actions (download / copy) with their outcome announced. */
import { useState } from 'preact/hooks';
import type { Result } from '../../lib/bulletin/result';
import { errorText, t } from '../../lib/platform/i18n';

/** Two buttons and a status line. */
export function ExportButtons({ onDownload, onCopy }: { onDownload: () => Promise<Result<true>>; onCopy: () => Promise<Result<true>> }) {
  const [message, setMessage] = useState('');
  async function run(action: () => Promise<Result<true>>, done: string) {
    const res = await action();
    if (!res.ok) console.warn('export failed:', res.error.code, res.error.detail);
    setMessage(res.ok ? done : errorText(res.error));
  }
  return (
    <>
      <button type="button" onClick={() => void run(onDownload, t('exportedMarkdown'))}>
        {t('exportMarkdown')}
      </button>
      <button type="button" onClick={() => void run(onCopy, t('copiedMarkdown'))}>
        {t('copyMarkdown')}
      </button>
      <span class="export-status" role="status">
        {message}
      </span>
    </>
  );
}
