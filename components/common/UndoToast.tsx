/**
 * The undo bar for destructive actions: the action happens at once, and for ten seconds
 * the user can take it back (a button, or Ctrl/Cmd+Z).
 */
import { useEffect } from 'preact/hooks';
import { t } from '../../lib/platform/i18n';

/** One pending undo. */
export interface PendingUndo {
  message: string;
  undo: () => Promise<void> | void;
}

/** Shows `pending` until it is undone, dismissed or times out. */
export function UndoToast({ pending, onClose }: { pending: PendingUndo | null; onClose: () => void }) {
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(onClose, 10_000);
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') {
        e.preventDefault();
        void Promise.resolve(pending.undo()).then(onClose);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('keydown', onKey);
    };
  }, [pending]);
  if (!pending) return null;
  return (
    <div class="toast" role="status" aria-live="polite">
      <span>{pending.message}</span>
      <button type="button" class="undo" onClick={() => void Promise.resolve(pending.undo()).then(onClose)}>
        {t('undo')}
      </button>
      <button type="button" class="link" aria-label={t('dismiss')} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
