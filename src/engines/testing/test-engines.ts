import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Engine } from '../engine.js';

/** An engine of its own for one test: a temp DuckDB file or a fresh PostgreSQL database. */
export interface TestEngine {
  name: string;
  open: (prefix: string) => Promise<{ engine: Engine; close: () => Promise<void> }>;
}

/** Both runtime engines, each on a warehouse nobody else uses; `close` removes it. */
export const TEST_ENGINES: TestEngine[] = [
  {
    name: 'DuckDB',
    open: async (prefix) => {
      const dir = await mkdtemp(join(tmpdir(), `${prefix.replace(/_/g, '-')}-`));
      const { DuckDbEngine } = await import('../duckdb/duckdb-engine.js');
      const engine = await DuckDbEngine.open({ path: join(dir, 'w.duckdb') });
      return {
        engine,
        close: async () => {
          await engine.close();
          await rm(dir, { recursive: true, force: true });
        },
      };
    },
  },
  {
    name: 'PostgreSQL',
    open: async (prefix) => {
      const { createTestDatabase } = await import('../postgres/postgres-test-database.js');
      const { PostgresEngine } = await import('../postgres/postgres-engine.js');
      const db = await createTestDatabase(prefix);
      const engine = await PostgresEngine.open(db.url);
      return {
        engine,
        close: async () => {
          await engine.close();
          await db.drop();
        },
      };
    },
  },
];
