/** The explicit confirmation before a restore replaces the library: says what will be lost. */
import { useEffect, useRef } from 'preact/hooks';
import type { BackupHeader } from '../../lib/backup/backup';
import { t } from '../../lib/platform/i18n';
import type { LibraryCounts } from './use-backup-state';

/** A modal alert dialog; Cancel has the focus so Enter does not destroy anything. */
export function ConfirmReplaceDialog({ counts, incoming, onCancel, onConfirm }: { counts: LibraryCounts | undefined; incoming: BackupHeader['counts']; onCancel: () => void; onConfirm: () => void }) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div class="modal-backdrop">
      <div class="modal" role="alertdialog" aria-modal="true" aria-labelledby="replace-title" aria-describedby="replace-body" onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
        <h3 id="replace-title">{t('replaceTitle')}</h3>
        <div id="replace-body">
          <p>{t('replaceLoses', [String(counts?.clippings ?? 0), String(counts?.highlights ?? 0), String(counts?.tags ?? 0)])}</p>
          <p>{t('replaceGets', [String(incoming.clippings), String(incoming.highlights), String(incoming.tags)])}</p>
          <p class="status error">{t('replaceAdvice')}</p>
        </div>
        <div class="actions">
          <button type="button" ref={cancel} onClick={onCancel}>
            {t('cancel')}
          </button>
          <button type="button" class="primary danger" onClick={onConfirm}>
            {t('replaceConfirm')}
          </button>
        </div>
      </div>
    </div>
  );
}
