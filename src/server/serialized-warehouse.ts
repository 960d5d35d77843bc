// The server's one warehouse connection, shared by concurrent requests: its calls run one at a time (a
// DuckDB connection must not run two statements at once; for PostgreSQL it costs little, the pool of
// sandboxed readers carries the data reads). Closing waits its turn too, so a statement still queued (the
// overview's counts, started as the server starts) never runs on a closed connection.
import type { Engine } from '../engines/engine.js';

const QUEUED = new Set(['query', 'execute', 'listTables', 'describeTable', 'openSandbox', 'close']);

export function serializedWarehouse(engine: Engine): Engine {
  let tail: Promise<unknown> = Promise.resolve();
  return new Proxy(engine, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof property !== 'string' || !QUEUED.has(property) || typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const result = tail.then(() => (value as (...a: unknown[]) => Promise<unknown>).apply(target, args));
        tail = result.catch(() => undefined);
        return result;
      };
    },
  });
}
