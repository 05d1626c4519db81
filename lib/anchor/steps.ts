/**
 * Work split into steps: expensive loops are written as generators that `yield` between
 * bounded units of work, so the same code runs synchronously (runToEnd: the CLI, one target)
 * or spread over event-loop turns (anchorMany in a content script) without duplication.
 */

/** A computation that yields between units of work and returns T. */
export type Steps<T> = Generator<void, T, void>;

/** Drives steps to their result without yielding. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
