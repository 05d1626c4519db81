/**
 * Running an export: render (with progress), then download through the downloads API or
 * copy to the clipboard, announcing the outcome.
 */
import { useState } from 'preact/hooks';
import { toAppError, type AppError } from '../../lib/bulletin/result';
import { copyText, downloadFile } from '../../lib/platform/downloads';
import { buildNotesOutput, type NotesOptions } from './notes-render';
import type { ScopeData } from './notes-scope';

/** Exports longer than this are not offered for the clipboard (pasting them helps nobody). */
export const COPY_LIMIT = 50_000;

/** The state of the latest export action. */
export interface ExportState {
  busy: boolean;
  /** Clippings rendered so far and in all, while busy. */
  progress: { done: number; total: number } | null;
  /** 'downloaded' | 'copied' after success. */
  done: 'downloaded' | 'copied' | null;
  error: AppError | null;
}

/** Export actions and their state. */
export function useNotesExport(): ExportState & {
  download: (data: ScopeData, options: NotesOptions, single: boolean) => Promise<void>;
  copy: (markdown: string) => Promise<void>;
} {
  const [state, setState] = useState<ExportState>({ busy: false, progress: null, done: null, error: null });

  async function download(data: ScopeData, options: NotesOptions, single: boolean) {
    setState({ busy: true, progress: { done: 0, total: data.clippings.length }, done: null, error: null });
    try {
      const out = await buildNotesOutput(data, options, single, new Date(), (done, total) => setState((s) => ({ ...s, progress: { done, total } })));
      if (!out.ok) return setState({ busy: false, progress: null, done: null, error: out.error });
      if (out.value.kind === 'md') await downloadFile(out.value.name, out.value.content, 'text/markdown;charset=utf-8');
      else await downloadFile(out.value.name, out.value.bytes, 'application/zip');
      setState({ busy: false, progress: null, done: 'downloaded', error: null });
    } catch (e) {
      console.warn('notes export failed', e);
      setState({ busy: false, progress: null, done: null, error: toAppError(e) });
    }
  }

  async function copy(markdown: string) {
    try {
      await copyText(markdown);
      setState({ busy: false, progress: null, done: 'copied', error: null });
    } catch (e) {
      setState({ busy: false, progress: null, done: null, error: toAppError(e) });
    }
  }

  return { ...state, download, copy };
}
