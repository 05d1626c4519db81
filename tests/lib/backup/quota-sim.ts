/**
 * A disk that fills up, for tests: a DBCore middleware (below Dexie's tables) that, once
 * armed, fails the `failAt`-th and later writes to one table with IndexedDB's QuotaExceededError.
 */
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';

/** Fails the `failAt`-th write to `table` once armed, like a disk that fills up midway. */
export function quotaAfter(table: string, failAt: number): { middleware: Middleware<DBCore>; arm: () => void; disarm: () => void; writes: () => number } {
  let armed = false;
  let writes = 0;
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'quota-simulator',
    create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        return {
          ...t,
          mutate: (req: DBCoreMutateRequest) => {
            if (armed && name === table && ++writes >= failAt) {
              return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
            }
            return t.mutate(req);
          },
        };
      },
    }),
  };
  const disarm = () => {
    armed = false;
    writes = 0;
  };
  return { middleware, arm: () => (armed = true), disarm, writes: () => writes };
}
