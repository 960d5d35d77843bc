import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeEngineConformance } from '../engine-conformance.js';
import { DuckDbEngine } from './duckdb-engine.js';

describeEngineConformance('duckdb', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ggm-duckdb-engine-'));
  const engine = await DuckDbEngine.open({ path: join(dir, 'warehouse.duckdb') });
  return { engine, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
});
