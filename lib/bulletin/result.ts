/**
 * Failures travel as values (STYLE.md habit 3): every operation that can fail for a reason
 * the user should read returns a Result whose error carries a stable code and an i18n key.
 */

/** Stable error codes; each has a message `error_<code>` in public/_locales. */
export type ErrorCode =
  | 'no_article'
  | 'empty_selection'
  | 'empty_input'
  | 'unsupported_input'
  | 'binary_input'
  | 'pdf_no_text'
  | 'too_large'
  | 'storage_full'
  | 'bad_message'
  | 'bad_backup'
  | 'bad_template'
  | 'no_tab'
  | 'restricted_page'
  | 'not_found'
  | 'internal';

export interface AppError {
  code: ErrorCode;
  /** English detail for logs and the CLI; the UI shows the translated `error_<code>`. */
  detail: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** Wraps a value as a success. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Builds a failure. */
export function fail<T = never>(code: ErrorCode, detail: string): Result<T> {
  return { ok: false, error: { code, detail } };
}

/** Thrown inside lib code where unwinding is simpler; converted to a Result at the edge. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    detail: string,
  ) {
    super(detail);
    this.name = 'AppFailure';
  }
}

/** Turns anything thrown into an AppError (quota errors become storage_full). */
export function toAppError(e: unknown): AppError {
  if (e instanceof AppFailure) return { code: e.code, detail: e.message };
  const name = (e as { name?: string } | null)?.name ?? '';
  const inner = (e as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return { code: 'storage_full', detail: String((e as Error).message ?? e) };
  }
  return { code: 'internal', detail: e instanceof Error ? e.message : String(e) };
}
