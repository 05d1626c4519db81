/**
 * Subscribes a component to a Dexie liveQuery: re-renders whenever the queried tables
 * change, in this page or any other extension page (popup, another library tab).
 */
import { liveQuery } from 'dexie';
import { useLayoutEffect, useState } from 'preact/hooks';

/** The query's latest value, `undefined` while the first result is loading. */
export function useLiveQuery<T>(query: () => Promise<T> | T, deps: unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  // A layout effect: the query starts once the component is in the DOM, not after the next
  // frame has painted (where Preact runs plain effects): its answer is on screen a frame sooner.
  useLayoutEffect(() => {
    const sub = liveQuery(query).subscribe({
      next: (v) => setValue(() => v),
      error: (e) => console.error('liveQuery failed', e),
    });
    return () => sub.unsubscribe();
  }, deps);
  return value;
}
