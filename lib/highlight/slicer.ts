/**
 * Cooperative time slicing: long loops call `maybeYield()` between items and give the event
 * loop back once a slice is used up, so the page never blocks for long (the budget is 50 ms;
 * slices are 8 ms by default, leaving room for the item that overruns one).
 */

/** Clock and yield, injectable for tests. */
export interface SliceOptions {
  sliceMs?: number;
  now?: () => number;
  yieldToLoop?: () => Promise<void>;
}

/** A slicer over one piece of work. */
export interface Slicer {
  /** Resolves false at once inside the slice, else true after yielding to the event loop. */
  maybeYield(): Promise<boolean>;
}

/** The default yield: scheduler.yield where available, else a macrotask. */
export function yieldMacrotask(): Promise<void> {
  const sched = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (sched?.yield) return sched.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Starts a slice now. */
export function createSlicer(options: SliceOptions = {}): Slicer {
  const sliceMs = options.sliceMs ?? 8;
  const now = options.now ?? (() => performance.now());
  const pause = options.yieldToLoop ?? yieldMacrotask;
  let start = now();
  return {
    async maybeYield() {
      if (now() - start < sliceMs) return false;
      await pause();
      start = now();
      return true;
    },
  };
}
